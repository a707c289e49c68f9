// What the content script hands to the page recognisers: a plain description of what a person
// sees on the page (no DOM types), so recognition stays pure and testable in Node.
import type { StepId } from '../types.ts';
import type { RowStatus } from './status.ts';

/** The visible cues of one Career Manager page, as extracted by the content script. */
export interface PageDescription {
  url: string;
  title: string;
  /** Text of headings (h1–h6 and role=heading), in document order. */
  headings: string[];
  /** Labels of buttons (button, input[type=submit|button], role=button). */
  buttons: string[];
  /** Text of links that are not tabs or buttons. */
  links: string[];
  /** Labels of tabs (role=tab, or links marked aria-current in a navigation). */
  tabs: string[];
  /** Label of the selected tab, if any. */
  selectedTab: string | null;
  /** Text of form field labels and legends. */
  labels: string[];
  /** How many file inputs the page shows. */
  fileInputs: number;
  /**
   * Whether something on the page is drawn in Career Manager's orange (the mandatory marker); null
   * when not read (reading colours is costly, so it is read only when it could change the verdict).
   */
  hasOrangeMarker: boolean | null;
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

/** Where on the page a cue is looked for ('control' is buttons and links alike). */
type CueSource = 'title' | 'heading' | 'selectedTab' | 'control' | 'label';

/** One piece of evidence for a page kind: a text pattern in one place, worth `weight` points. */
export interface Cue {
  in: CueSource;
  match: RegExp;
  weight: number;
}

/**
 * A recognition rule: evidence for one page kind. The page's score is the sum of the weights of
 * the cues it shows; it is that kind when the score reaches the threshold and no `against` cue
 * shows. No single cue reaches the threshold: it takes several independent ones.
 */
export interface PageRule {
  kind: PageKind;
  /** What the page is, in our words (shown in the overlay). */
  name: string;
  /** Where the page sits in the ten steps. */
  step: StepId;
  cues: Cue[];
  /** Points for the orange mandatory marker. */
  marker?: number;
  /** Points for file inputs on the page. */
  fileInputs?: number;
  /** Points for the tab bar of the application's sections (a page inside the application). */
  sections?: number;
  /** Any of these rules the kind out (e.g. an Unlock button on the not-locked page). */
  against?: Cue[];
}

/** One row of the Registration Check List or the Supporting Documents list, as read. */
export interface PageRow {
  title: string;
  mandatory: boolean;
  /** What the row shows as its status, in words (e.g. "Not started", an icon's text, "ticked"); empty when nothing. */
  statusText: string;
  /** What the companion understood of it. */
  status: RowStatus;
}
