// The vocabulary of the evidence workspace: passages anchored in a role's text, the competences
// they evidence, suggestions with the words that triggered them, level flags and the coverage
// matrix. Plain, JSON-serialisable shapes; offsets are UTF-16 indices into the text, as a
// textarea's selectionStart/selectionEnd are.
import type { AreaId, CategoryId, CompetenceCode, IsoTime, Provenance } from '../types.ts';

/** A half-open character range [start, end) in a text. */
export interface TextRange {
  start: number;
  end: number;
}

/**
 * Where a passage is, the way the W3C Web Annotation model says it: a TextQuoteSelector (the
 * quoted text with a little context either side) plus the position it had when last anchored,
 * used only as a hint to choose between candidates.
 */
export interface PassageSelector {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offset of `exact` when the selector was made or last refreshed. */
  start: number;
}

/** Where a selector lands in today's text, or that its words are gone (the link is kept, orphaned). */
export type Anchoring =
  | {
      status: 'anchored';
      start: number;
      end: number;
      /** True when the passage was found only approximately (it was edited since). */
      fuzzy: boolean;
    }
  | { status: 'orphaned' };

/** The two texts of a role in which passages live. */
export type RoleField = 'responsibilities' | 'achievements';

/** A passage of a role's text linked to competences by the applicant. */
export interface EvidenceLink {
  id: string;
  roleId: string;
  field: RoleField;
  selector: PassageSelector;
  competences: CompetenceCode[];
}

/** What the applicant decided about their evidence, kept with the application. */
export interface Evidence {
  links: EvidenceLink[];
  /** Suggestions and level flags the applicant dismissed, by key (see dismissKey), with when. */
  dismissed: Record<string, IsoTime>;
}

// ---------------------------------------------------------------- suggestion rules (data)

/**
 * One rule that suggests a competence. It fires on any of its phrases, or on one of its verbs
 * followed within a few words of the same sentence by one of its objects. Words ending in `*`
 * match any word they begin; verbs are written in their base form and matched in every form.
 */
export interface SuggestionRule {
  /** Stable id, shown with the suggestion and used to remember a dismissal. */
  id: string;
  code: CompetenceCode;
  categories: CategoryId[];
  phrases?: string[];
  verbs?: string[];
  objects?: string[];
  /** 2 (default) suggests on its own; 1 needs a second trigger for the same competence. */
  weight?: 1 | 2;
  /** What the matched words show, in a few plain words ("planning how the work is delivered"). */
  shows: string;
  /** public: the words echo the standard's own statement; assumed: our reading of what evidences it. */
  provenance: Provenance;
}

/** The words in the text that fired a rule. */
export interface Trigger extends TextRange {
  ruleId: string;
  /** The matched words, as written. */
  quote: string;
}

/** A competence suggested for one paragraph, with every trigger that supports it. */
export interface Suggestion {
  code: CompetenceCode;
  /** The paragraph the suggestion is for. */
  paragraph: TextRange;
  triggers: Trigger[];
  /** "C1: you wrote “planned the commissioning programme and budget” (planning how the work is delivered)". */
  explanation: string;
}

// ---------------------------------------------------------------- level check

export type LevelFlagKind = 'we' | 'passive' | 'no-outcome' | 'below-level' | 'above-level' | 'acronym' | 'long-sentence';

/** One red-pen mark: what was found, why it matters to a panel, and how to fix it. */
export interface LevelFlag {
  kind: LevelFlagKind;
  /** Id of the vocabulary entry behind a below/above-level flag, or the kind itself. */
  ruleId: string;
  /** The paragraph the flag is in. */
  paragraph: TextRange;
  /** The words flagged (for a paragraph-wide flag, the whole paragraph). */
  ranges: TextRange[];
  quote: string;
  why: string;
  fix: string;
}

/** Words that read below (or above) a category's level, as data. */
export interface LevelWords {
  id: string;
  categories: CategoryId[];
  direction: 'below' | 'above';
  phrases: string[];
  why: string;
  fix: string;
  provenance: Provenance;
}

// ---------------------------------------------------------------- coverage

/** One piece of evidence for the matrix: a passage (or a whole-role tag) claiming competences. */
export interface EvidenceItem {
  id: string;
  roleId: string;
  competences: CompetenceCode[];
  /** A whole-role tag from before passages existed, or a linked passage. */
  kind: 'role' | 'passage';
  /** The passage's words are gone: shown, never counted. */
  orphaned: boolean;
  /** The level check marks the passage as below the category's level. */
  belowLevel: boolean;
}

type CoverageFlagKind = 'none' | 'one-role' | 'below-level-only' | 'thin-area';

export interface CoverageFlag {
  kind: CoverageFlagKind;
  reason: string;
}

interface CoverageCell {
  roleId: string;
  /** Passages (and whole-role tags) that count. */
  count: number;
  /** Ids of the evidence items in this cell, orphaned ones included. */
  items: string[];
  orphaned: number;
}

export interface CoverageRow {
  code: CompetenceCode;
  summary: string;
  cells: CoverageCell[];
  total: number;
  flags: CoverageFlag[];
}

export interface CoverageArea {
  area: AreaId;
  title: string;
  rows: CoverageRow[];
  flags: CoverageFlag[];
}

export interface CoverageMatrix {
  category: CategoryId;
  roles: { id: string; label: string }[];
  areas: CoverageArea[];
  /** The highest cell count, for scaling a heat map. */
  maxCount: number;
}
