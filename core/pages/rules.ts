// Recognition rules for the Career Manager pages of the registration path, as data. Paths of
// the real pages are not public, so rules rest on what a person sees: the title, headings, the
// selected tab, button, link and field labels, file inputs and the orange mandatory marker —
// never generated class names. Each rule adds up independent evidence (see PageRule).
import type { Cue, PageRule } from './types.ts';

const cue = (source: Cue['in'], match: RegExp, weight: number): Cue => ({ in: source, match, weight });
const heading = (match: RegExp) => cue('heading', match, 2);
// The window title is worth less: it may lag behind a page replaced in place.
const title = (match: RegExp) => cue('title', match, 1);
const tab = (match: RegExp) => cue('selectedTab', match, 2);

const validate = /validate\s*\/?\s*verify/i;
const category = /select (a|your) registration category/i;
const categoryCues = [
  heading(category),
  title(category),
  cue('label', /registration category/i, 1),
  cue('label', /chartered engineer|incorporated engineer|engineering technician|ict technician/i, 1),
];

/** Points a page needs to be taken for a kind. */
export const THRESHOLD = 5;

/** The rules, one per page kind. */
export const PAGE_RULES: readonly PageRule[] = [
  {
    kind: 'launch',
    name: 'Professional Registration launch',
    step: 'category',
    cues: [
      heading(/^professional registration$/i),
      title(/^professional registration\b/i),
      cue('control', /apply for ceng,?\s*ieng,?\s*engtech,?\s*(or|and)\s*icttech/i, 3),
    ],
  },
  {
    kind: 'category-standard',
    name: 'Registration category, Standard route',
    step: 'category',
    cues: [...categoryCues, tab(/standard/i)],
    against: [cue('selectedTab', /streamline/i, 0)],
  },
  {
    kind: 'category-streamlined',
    name: 'Registration category, Streamlined route',
    step: 'route',
    cues: [...categoryCues, tab(/streamline/i)],
    against: [cue('selectedTab', /standard/i, 0)],
  },
  {
    kind: 'checklist',
    name: 'Registration Check List',
    step: 'checklist',
    cues: [heading(/registration check\s*list/i), title(/registration check\s*list/i), tab(/check\s*list/i)],
    marker: 1,
    sections: 1,
  },
  {
    kind: 'role',
    name: 'Career history role',
    step: 'checklist',
    cues: [
      heading(/career history/i),
      title(/career history/i),
      cue('heading', /\b(edit|add|new) role\b/i, 1),
      cue('label', /responsibilities/i, 1),
      cue('label', /personal achievements/i, 1),
    ],
    sections: 1,
  },
  {
    kind: 'documents',
    name: 'Supporting Documents',
    step: 'documents',
    cues: [heading(/supporting documents/i), title(/supporting documents/i), tab(/supporting documents/i), cue('control', /upload/i, 1)],
    fileInputs: 1,
    sections: 1,
  },
  {
    kind: 'panelling',
    name: 'Panelling Information and Interview location',
    step: 'panelling',
    cues: [
      heading(/panelling information/i),
      title(/panelling information/i),
      tab(/panelling/i),
      cue('label', /sector/i, 1),
      cue('label', /interview location/i, 1),
    ],
    sections: 1,
  },
  {
    kind: 'validate-unlocked',
    name: 'Validate / Verify (not locked)',
    step: 'lock',
    cues: [heading(validate), title(validate), tab(validate), cue('control', /\block\b/i, 1)],
    sections: 1,
    against: [cue('control', /\bunlock\b/i, 0)],
  },
  {
    kind: 'validate-locked',
    name: 'Validate / Verify (locked)',
    step: 'validation',
    cues: [heading(validate), title(validate), tab(validate), cue('control', /\bunlock\b/i, 1)],
    sections: 1,
    against: [cue('control', /\block\b/i, 0)],
  },
  {
    kind: 'supporters',
    name: 'Add Supporters',
    step: 'supporters',
    cues: [
      heading(/^add supporters?$/i),
      title(/add supporters?/i),
      tab(/supporters/i),
      cue('control', /add (a )?supporter/i, 1),
      cue('label', /supporter('s)? (name|email)/i, 1),
    ],
    sections: 1,
  },
  {
    kind: 'submit',
    name: 'Submit your application',
    step: 'submit',
    cues: [heading(/submit your application/i), title(/submit your application/i), tab(/^submit/i), cue('control', /^submit/i, 1)],
    sections: 1,
  },
];

/** Labels of the application's section tabs; a page showing three or more of them is inside the application. */
export const SECTION_TABS: readonly RegExp[] = [
  /check\s*list/i,
  /supporting documents/i,
  /panelling/i,
  validate,
  /supporters/i,
  /^submit/i,
];
