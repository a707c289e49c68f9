// A checklist for an interview held online. That interviews may be online and that the
// presentation is then uploaded beforehand is public; the rest is our practical advice, and
// anything about the IET's own arrangements says "check your invitation".
import type { Provenance } from '../types.ts';

export interface RemoteCheck {
  id: string;
  when: 'before' | 'day-before' | 'on-the-day';
  text: string;
  provenance: Provenance;
}

/** The remote-interview checklist, in the order to work through it. */
export const REMOTE_CHECKLIST: readonly RemoteCheck[] = [
  {
    id: 'upload',
    when: 'before',
    text: 'Upload your presentation by the date your invitation gives; online, the interviewers work from that copy.',
    provenance: 'public',
  },
  {
    id: 'invitation',
    when: 'before',
    text: 'Read your invitation for the platform, the joining link and anything you must have to hand; check it rather than assume.',
    provenance: 'assumed',
  },
  {
    id: 'test-call',
    when: 'before',
    text: 'Do a test call on the same device, room and connection you will use: camera, microphone, speakers, screen sharing.',
    provenance: 'assumed',
  },
  {
    id: 'application-copy',
    when: 'day-before',
    text: 'Have a copy of your application as submitted, and your notes, where you can see them without leaving the call.',
    provenance: 'assumed',
  },
  {
    id: 'room',
    when: 'day-before',
    text: 'Book a quiet room with a plain background and light on your face; tell others not to disturb you.',
    provenance: 'assumed',
  },
  {
    id: 'power',
    when: 'day-before',
    text: 'Plug in the charger and turn off notifications and updates on the device.',
    provenance: 'assumed',
  },
  {
    id: 'fallback',
    when: 'day-before',
    text: 'Keep a phone number or email for the interview organiser in case the connection fails.',
    provenance: 'assumed',
  },
  {
    id: 'join-early',
    when: 'on-the-day',
    text: 'Join ten minutes early with the presentation open and water to hand.',
    provenance: 'assumed',
  },
  {
    id: 'camera',
    when: 'on-the-day',
    text: 'Look at the camera when you answer, and pause to let a question finish: there is a small delay online.',
    provenance: 'assumed',
  },
];
