// The Registration Check List as we model it. Which items exist is partly the guide's, partly
// public and partly ours; which are mandatory is mostly unconfirmed, so those items have a rule
// the applicant can switch (switchable.ts).
import type { ChecklistItem } from '../types.ts';

export const CHECKLIST_ITEMS: ChecklistItem[] = [
  {
    id: 'personal-details',
    title: 'Personal and contact details',
    kind: 'personal',
    guidance: 'Your full name and an email address the IET can reach you at. Check them in Career Manager.',
    mandatory: false,
    applies: true,
    provenance: 'assumed',
  },
  {
    id: 'membership',
    title: 'IET membership',
    kind: 'membership',
    guidance: 'Your IET membership number, as shown in Career Manager.',
    mandatory: false,
    applies: true,
    provenance: 'assumed',
  },
  {
    id: 'qualifications',
    title: 'Qualifications',
    kind: 'qualifications',
    guidance:
      'List the academic and vocational qualifications you have, with institution and year. Not having one that meets the benchmark is not a bar: the IET then assesses your other learning individually, for example through further learning or a technical report. ICTTech applicants may apply without formal qualifications.',
    mandatory: false,
    applies: true,
    provenance: 'public',
  },
  {
    id: 'career-history',
    title: 'Career history',
    kind: 'career',
    guidance:
      'The heart of the application. For each role write your Responsibilities and your Personal Achievements in the first person ("I designed…"), about 3,000 characters a role. Volunteering counts as a role.',
    mandatory: true,
    applies: true,
    provenance: 'public',
  },
  {
    id: 'professional-development',
    title: 'Professional development',
    kind: 'development',
    guidance: 'Training, courses and other CPD, with dates and what you took from them.',
    mandatory: false,
    applies: true,
    provenance: 'assumed',
  },
  {
    id: 'pra-consultation',
    title: 'Draft shared with an adviser (PRA or IR)',
    kind: 'pra',
    guidance:
      'The IET advises sharing a draft, ideally, with a Professional Registration Adviser (PRA) or an Industry Representative (IR) before you lock. Record whether you did, with whom and when. It is advice, not a requirement: it never holds up your application.',
    mandatory: false,
    advisory: true,
    applies: true,
    alsoCalled: ['Professional Registration Adviser consulted'],
    provenance: 'public',
  },
  {
    id: 'development-scheme',
    title: 'Completed professional development scheme',
    kind: 'scheme',
    guidance: 'Only if you have completed a professional development scheme: name it.',
    mandatory: false,
    applies: true,
    provenance: 'seed',
  },
  {
    id: 'competence-evidence',
    title: 'Evidence for every competence',
    kind: 'competences',
    guidance:
      'Optional advice: link each competence of your standard to the roles that show it, so you can see which ones your career history does not cover yet. Evidence from two or three projects is stronger than one example per competence.',
    mandatory: false,
    advisory: true,
    applies: true,
    provenance: 'assumed',
  },
  {
    id: 'apprenticeship',
    title: 'Approved apprenticeship details',
    kind: 'qualifications',
    guidance: 'On the streamlined route, complete the apprenticeship section in Career Manager, then tick it here.',
    mandatory: false,
    applies: { routes: ['streamlined'] },
    completedIn: 'career-manager',
    provenance: 'assumed',
  },
];

/** Who an applicant shared a draft with, in words. */
export const ADVISER_WORDS: Readonly<Record<'pra' | 'ir' | '', string>> = {
  pra: 'a Professional Registration Adviser (PRA)',
  ir: 'an Industry Representative (IR)',
  '': '',
};
