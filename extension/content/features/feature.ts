// The shape of one Career Manager page feature: what it applies to and what it does there.
import type { Observation, ObservationKind } from '../../../core/bridge/schema.ts';
import type { ItemHint } from '../../../core/pages/recognise.ts';
import type { PageDescription, PageKind } from '../../../core/pages/types.ts';
import type { Limits, StepId } from '../../../core/types.ts';
import type { Settings } from '../../shared/settings.ts';
import type { Panel } from '../overlay/panel.ts';
import type { RowOnPage } from '../rows.ts';
import type { App } from '../store.ts';

/** The background's answer to an observation. */
export interface Kept {
  stored: true;
  paired: boolean;
}

/** What a feature is given when its page shows. */
export interface FeatureContext {
  doc: Document;
  kind: PageKind;
  /** Where the page sits in the ten steps. */
  step: StepId;
  /** What that step is about (the background sends it with the page's kind, so the texts are not in every page). */
  guidance: string;
  /** The hints of the page's list items (sent by the background with the page's kind). */
  items: readonly ItemHint[];
  page: PageDescription;
  /** The rows of a checklist or documents page, read once before anything was drawn; empty on other pages. */
  rows: readonly RowOnPage[];
  panel: Panel;
  settings: Settings;
  /** The limits in force: the workbook's (with its Settings overrides), or the defaults. */
  limits: Limits;
  /** The workbook application linked to Career Manager, if the workbook was ever opened. */
  linked: App | null;
  /** Row titles the applicant marked "I've done this" on this page kind. */
  marks: string[];
  /** Keeps the applicant's marks for this page kind. */
  mark: (titles: string[]) => void;
  /**
   * Records what the page shows (kept by the background; reaches the paired workbook when open).
   * Says whether it was kept, and whether a workbook is paired to receive it; null when the
   * background did not answer or refused it.
   */
  observe: <K extends ObservationKind>(kind: K, data: Extract<Observation, { kind: K }>['data']) => Promise<Kept | null>;
  /**
   * Puts a companion element (hint, counter, button) into the page, in a closed shadow root;
   * removed on teardown. 'below' gives it a line of its own: placed after a field, it cannot
   * move the field.
   */
  place: (anchor: Element, position: InsertPosition, layout?: 'inline' | 'below') => HTMLElement;
  /** Intercepts clicks on page controls that match; the handler decides whether the page's action goes ahead. */
  intercept: (matches: (el: Element) => boolean, handler: (el: HTMLElement, proceed: () => void) => void) => void;
}

/** One Career Manager page feature (the Refined GitHub pattern: one file each, registered by page kind). */
export interface Feature {
  id: string;
  pages: readonly PageKind[] | 'all';
  /** Whether it is one of the optional hints the user can turn off. */
  hint?: boolean;
  /** Sets the feature up; may return a cleanup function. */
  run: (ctx: FeatureContext) => undefined | (() => void);
}
