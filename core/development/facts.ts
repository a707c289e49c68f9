// What the development part of the workbook relies on, each fact with where it comes from:
// public = Engineering Council or IET material; assumed = our own reading, shown as
// "check this" and adjustable by the applicant.
import type { Provenance } from '../types.ts';
import type { AdviserKind, CpdActivityType, CpdSettings, DevelopmentFact } from './types.ts';

/** Career Manager's six CPD activity types, in its order, with their labels. */
export const CPD_ACTIVITY_TYPES: readonly { id: CpdActivityType; label: string; provenance: Provenance }[] = [
  { id: 'training', label: 'Training', provenance: 'public' },
  { id: 'work-experience', label: 'Work experience', provenance: 'public' },
  { id: 'academic-study', label: 'Academic study', provenance: 'public' },
  { id: 'volunteering', label: 'Volunteering', provenance: 'public' },
  { id: 'events', label: 'Events', provenance: 'public' },
  { id: 'self-study', label: 'Self-study', provenance: 'public' },
];

/** The label of an activity type, e.g. "Self-study". */
export function activityLabel(type: CpdActivityType): string {
  return CPD_ACTIVITY_TYPES.find((t) => t.id === type)?.label ?? type;
}

/** The IET's suggestion: about 30 hours a year. The Engineering Council sets no minimum. */
export const SUGGESTED_CPD_HOURS = 30;

/** Defaults: the IET's suggested hours, counted by calendar year (1 January to 31 December). */
export const DEFAULT_CPD_SETTINGS: CpdSettings = { targetHours: SUGGESTED_CPD_HOURS, yearStartMonth: 1 };

/** How long a draft may rest before we flag it as stale for a reapplication (our assumption). */
export const STALE_DRAFT_YEARS = 2;

/** The professional review interview's presentation length, in minutes. */
export const PRESENTATION_MINUTES = 15;

/** Who can give advice, with labels. */
export const ADVISER_KINDS: readonly { id: AdviserKind; label: string }[] = [
  { id: 'adviser', label: 'Professional Registration Adviser' },
  { id: 'industry-representative', label: 'Industry Representative' },
  { id: 'mentor', label: 'Mentor' },
  { id: 'supporter', label: 'Supporter' },
  { id: 'panel', label: 'Assessment panel' },
];

/** The label of an adviser kind, e.g. "Industry Representative". */
export function adviserLabel(kind: AdviserKind): string {
  return ADVISER_KINDS.find((k) => k.id === kind)?.label ?? kind;
}

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
