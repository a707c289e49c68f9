// What the development part of the workbook relies on, each fact with where it comes from:
// public = Engineering Council or IET material; assumed = our own reading, shown as
// "check this" and adjustable by the applicant.
import type { DevelopmentFact } from './types.ts';

/** The facts behind the CPD log, the plan and interview preparation, in our own words. */
export const DEVELOPMENT_FACTS: readonly DevelopmentFact[] = [
  {
    id: 'cpd-code',
    text: 'The Engineering Council asks registrants to plan, do, record, reflect on, evaluate and review their development, and to support the learning of others. It sets no minimum number of hours.',
    provenance: 'public',
  },
  {
    id: 'cpd-hours',
    text: 'The IET suggests about 30 hours of CPD a year, mixing planned and unplanned activity.',
    provenance: 'public',
  },
  {
    id: 'cpd-sampling',
    text: 'The IET asks a random sample of members for their CPD records every year; no certificates are needed.',
    provenance: 'public',
  },
  {
    id: 'cpd-types',
    text: 'Career Manager records CPD under six activity types: training, work experience, academic study, volunteering, events and self-study, each with hours and a reflection.',
    provenance: 'public',
  },
  {
    id: 'cpd-review',
    text: 'Reviewers of a CPD record look at its link to the plan, the hours, the mix of activity types, technical and professional skills, and how well you reflect.',
    provenance: 'public',
  },
  {
    id: 'cpd-year',
    text: 'The workbook counts CPD by calendar year unless you choose another starting month. Check which year your own records are asked for.',
    provenance: 'assumed',
  },
  {
    id: 'dap-sections',
    text: 'A Development Action Plan has two parts: what you achieved since your last plan, then the actions you will take, by competence area, with a timescale.',
    provenance: 'public',
  },
  {
    id: 'interview-shape',
    text: 'The professional review interview lasts about an hour with two trained interviewers. It opens with your presentation of about 15 minutes; your career history sets the agenda and the questions probe the competences.',
    provenance: 'public',
  },
  {
    id: 'interview-who',
    text: 'CEng and IEng applicants are always interviewed; EngTech and ICTTech applicants only if invited.',
    provenance: 'public',
  },
  {
    id: 'interview-remote',
    text: 'Interviews may be held online; the presentation is then uploaded beforehand.',
    provenance: 'public',
  },
  {
    id: 'feedback',
    text: 'An unsuccessful application comes back with the competences to develop; you then plan the gap and apply again.',
    provenance: 'public',
  },
  {
    id: 'stale-draft',
    text: 'The workbook flags drafts last changed more than two years ago: evidence that old may no longer show your current level. This is our rule of thumb, not an IET rule.',
    provenance: 'assumed',
  },
];
