// What the content script hands to the page recognisers: a plain description of what a person
// sees on the page (no DOM types), so recognition stays pure and testable in Node.
import type { StepId } from '../types.ts';

/** The visible cues of one Career Manager page, as extracted by the content script. */
export interface PageDescription {
  url: string;
  title: string;
  /** Text of h1–h4 headings, in document order. */
  headings: string[];
  /** Labels of buttons (button, input[type=submit|button], role=button). */
  buttons: string[];
  /** Text of links that are not tabs. */
  links: string[];
  /** Labels of tabs (role=tab). */
  tabs: string[];
  /** Label of the selected tab, if any. */
  selectedTab: string | null;
  /** Text of form field labels. */
  labels: string[];
  /** Whether something on the page is drawn in Career Manager's orange (the mandatory marker). */
  hasOrangeMarker: boolean;
}

/** Every Career Manager page of the registration path the companion knows. */
export type PageKind =
  | 'launch'
  | 'category-standard'
  | 'category-streamlined'
  | 'checklist'
  | 'role'
  | 'documents'
  | 'panelling'
  | 'validate-unlocked'
  | 'validate-locked'
  | 'supporters'
  | 'submit';

/** A recognition rule: every cue listed must be present, every `without` cue absent. */
export interface PageRule {
  kind: PageKind;
  /** What the page is, in our words (shown in the overlay). */
  name: string;
  /** Where the page sits in the ten steps. */
  step: StepId;
  /** At least one heading matches each pattern. */
  headings: RegExp[];
  /** At least one button matches each pattern. */
  buttons?: RegExp[];
  /** No button matches any of these. */
  withoutButtons?: RegExp[];
  /** At least one link matches each pattern. */
  links?: RegExp[];
  /** At least one field label matches each pattern. */
  labels?: RegExp[];
  /** The selected tab matches this. */
  selectedTab?: RegExp;
  /** The page must show the orange mandatory marker. */
  orangeMarker?: boolean;
}

/** How a checklist or document row reads on the page. */
export type RowStatus = 'complete' | 'incomplete';

/** One row of the Registration Check List or the Supporting Documents list, as shown. */
export interface PageRow {
  title: string;
  mandatory: boolean;
  /** The status text as shown, e.g. "Not started". */
  statusText: string;
}
