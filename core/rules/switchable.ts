// Which checklist items and document types the applicant can switch between mandatory and not,
// where our sources are unsure or disagree: the rule's scope, its default and how sure we are.
// Kept apart from the items themselves, so what only shows an item (the companion's hints on
// Career Manager pages) does not carry the switches (see adjustable.ts for the rules in force).
import type { Adjustable, SwitchId } from '../types.ts';

/** Every switchable rule, by switch id (`checklist:<item id>` or `document:<document type id>`). */
export const SWITCHABLE: Readonly<Record<SwitchId, Adjustable>> = {
  'checklist:personal-details': {
    scope: true,
    default: true,
    provenance: 'assumed',
  },
  'checklist:membership': {
    scope: true,
    default: true,
    provenance: 'assumed',
  },
  'checklist:qualifications': {
    // The Engineering Council accepts ICTTech applicants without formal qualifications: never switchable there.
    scope: { categories: ['CEng', 'IEng', 'EngTech'] },
    default: false,
    provenance: 'public',
    disputed: true,
  },
  'checklist:professional-development': {
    scope: true,
    default: true,
    provenance: 'assumed',
  },
  'checklist:competence-evidence': {
    scope: true,
    default: false,
    provenance: 'assumed',
  },
  'checklist:apprenticeship': {
    scope: { routes: ['streamlined'] },
    default: true,
    provenance: 'assumed',
  },
  'document:accountability-diagram': {
    scope: { categories: ['CEng', 'IEng'] },
    default: false,
    provenance: 'assumed',
    disputed: true,
  },
  'document:education-certificates': {
    // On the streamlined route the apprenticeship transcript and certificate take their place.
    scope: { categories: ['CEng', 'IEng', 'EngTech'], routes: ['standard'] },
    default: false,
    provenance: 'public',
    disputed: true,
  },
  'document:apprenticeship-transcript': {
    scope: { routes: ['streamlined'] },
    default: true,
    provenance: 'assumed',
  },
  'document:apprenticeship-certificate': {
    scope: { routes: ['streamlined'] },
    default: true,
    provenance: 'assumed',
  },
  'document:development-action-plan': {
    scope: true,
    default: true,
    provenance: 'assumed',
    disputed: true,
  },
};

/** The switchable rule of a checklist item or document type, if it has one. */
export function adjustableOf(subject: 'checklist' | 'document', id: string): Adjustable | undefined {
  return SWITCHABLE[`${subject}:${id}`];
}
