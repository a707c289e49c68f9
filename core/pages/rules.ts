// Recognition rules for the Career Manager pages of the registration path, as data. Paths of
// the real pages are not public, so rules rest on what a person sees: headings, button, link
// and tab labels, field labels and the orange mandatory marker — never generated class names.
import type { PageRule } from './types.ts';

const validateHeading = /validate\s*\/?\s*verify/i;

/** The rules, one per page kind; they are mutually exclusive on the pages we know. */
export const PAGE_RULES: readonly PageRule[] = [
  {
    kind: 'launch',
    name: 'Professional Registration launch',
    step: 'category',
    headings: [/^professional registration$/i],
    links: [/apply for ceng,?\s*ieng,?\s*engtech\s*(or|and)\s*icttech/i],
  },
  {
    kind: 'category-standard',
    name: 'Registration category, Standard route',
    step: 'category',
    headings: [/select (a|your) registration category/i],
    selectedTab: /standard/i,
  },
  {
    kind: 'category-streamlined',
    name: 'Registration category, Streamlined route',
    step: 'route',
    headings: [/select (a|your) registration category/i],
    selectedTab: /streamline/i,
  },
  {
    kind: 'checklist',
    name: 'Registration Check List',
    step: 'checklist',
    headings: [/registration check\s*list/i],
    orangeMarker: true,
  },
  {
    kind: 'role',
    name: 'Career history role',
    step: 'checklist',
    headings: [/career history/i],
    labels: [/responsibilities/i, /personal achievements/i],
  },
  {
    kind: 'documents',
    name: 'Supporting Documents',
    step: 'documents',
    headings: [/supporting documents/i],
    buttons: [/upload/i],
  },
  {
    kind: 'panelling',
    name: 'Panelling Information and Interview location',
    step: 'panelling',
    headings: [/panelling information/i],
    labels: [/sector/i, /interview location/i],
  },
  {
    kind: 'validate-unlocked',
    name: 'Validate / Verify (not locked)',
    step: 'lock',
    headings: [validateHeading],
    buttons: [/\block\b/i],
    withoutButtons: [/\bunlock\b/i],
  },
  {
    kind: 'validate-locked',
    name: 'Validate / Verify (locked)',
    step: 'validation',
    headings: [validateHeading],
    buttons: [/\bunlock\b/i],
  },
  {
    kind: 'supporters',
    name: 'Add Supporters',
    step: 'supporters',
    headings: [/^add supporters?$/i],
    buttons: [/add (a )?supporter/i],
  },
  {
    kind: 'submit',
    name: 'Submit your application',
    step: 'submit',
    headings: [/submit your application/i],
    buttons: [/^submit/i],
  },
];
