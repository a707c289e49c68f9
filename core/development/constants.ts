// The small names and numbers of the development part (activity types, who advises, defaults),
// apart from the longer facts in facts.ts so the export and the screens can take just these.
import type { Provenance } from '../types.ts';
import type { AdviserKind, CpdActivityType, CpdSettings } from './types.ts';

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

/** The IET's suggestion: about 30 hours a year. The Engineering Council sets no minimum. */
export const SUGGESTED_CPD_HOURS = 30;

/** Defaults: the IET's suggested hours, counted by calendar year (1 January to 31 December). */
export const DEFAULT_CPD_SETTINGS: CpdSettings = { targetHours: SUGGESTED_CPD_HOURS, yearStartMonth: 1 };

/** How long a draft may rest before we flag it as stale for a reapplication (our assumption). */
export const STALE_DRAFT_YEARS = 2;

/** The professional review interview's presentation length, in minutes. */
export const PRESENTATION_MINUTES = 15;
