// Pure scoring of the evidence a page description shows for each Career Manager page kind.
import { CHECKLIST_ITEMS } from '../rules/checklist.ts';
import { DOCUMENT_TYPES } from '../rules/documents.ts';
import { STEP_GUIDANCE } from '../rules/guidance.ts';
import { STEP_IDS, STEP_TITLES } from '../rules/steps.ts';
import type { StepId } from '../types.ts';
import { PAGE_RULES, SECTION_TABS, THRESHOLD } from './rules.ts';
import type { Cue, PageDescription, PageKind, PageRule } from './types.ts';

function texts(page: PageDescription, source: Cue['in']): string[] {
  switch (source) {
    case 'title':
      // "Supporting Documents - IET Career Manager": the part before the site's name.
      return [page.title.split(/\s[-–|]\s/)[0] ?? ''];
    case 'heading':
      return page.headings;
    case 'selectedTab':
      return page.selectedTab === null ? [] : [page.selectedTab];
    case 'control':
      return [...page.buttons, ...page.links];
    case 'label':
      return page.labels;
  }
}

const shows = (page: PageDescription, cue: Cue): boolean => texts(page, cue.in).some((t) => cue.match.test(t.trim()));

/**
 * The points a page scores for a rule (0 when a cue against it shows). Where the page is, is not
 * judged here: only Career Manager pages (the default host, or one the applicant added) get the
 * content script, and the background answers only them (extension/background/senders.ts).
 */
function scoreRule(rule: PageRule, page: PageDescription): number {
  if (rule.against?.some((c) => shows(page, c))) return 0;
  let score = rule.cues.reduce((sum, c) => sum + (shows(page, c) ? c.weight : 0), 0);
  // An unread marker (null) counts as absent; verdict() asks for it when it would decide.
  if (rule.marker && page.hasOrangeMarker === true) score += rule.marker;
  if (rule.fileInputs && page.fileInputs > 0) score += rule.fileInputs;
  if (rule.sections && SECTION_TABS.filter((p) => page.tabs.some((t) => p.test(t.trim()))).length >= 3) score += rule.sections;
  return score;
}

/** Whether a page description is taken for one rule's kind (enough evidence, none against). */
function matchesRule(rule: PageRule, page: PageDescription): boolean {
  return scoreRule(rule, page) >= THRESHOLD;
}

/** The rule of a page kind. */
function ruleFor(kind: PageKind): PageRule {
  const rule = PAGE_RULES.find((r) => r.kind === kind);
  if (!rule) throw new Error(`No rule for page kind ${kind}`);
  return rule;
}

/** One recogniser per page kind: a predicate over page descriptions. */
// Pure: left out of the content script, which does not use it.
export const RECOGNISERS: Readonly<Record<PageKind, (page: PageDescription) => boolean>> = /* @__PURE__ */ Object.fromEntries(
  PAGE_RULES.map((rule) => [rule.kind, (page: PageDescription) => matchesRule(rule, page)]),
) as Record<PageKind, (page: PageDescription) => boolean>;

/** What a page was taken for: one kind, several (then only the plain panel shows), or none. */
export interface Recognition {
  /** The kind, when exactly one rule has enough evidence. */
  kind: PageKind | null;
  /** Every kind with enough evidence. */
  matched: PageKind[];
  /** Points per kind, for the page-shape report. */
  scores: Partial<Record<PageKind, number>>;
}

/** Scores a page against every rule. */
export function recognise(page: PageDescription): Recognition {
  const scores: Partial<Record<PageKind, number>> = {};
  const matched: PageKind[] = [];
  for (const rule of PAGE_RULES) {
    const score = scoreRule(rule, page);
    if (score > 0) scores[rule.kind] = score;
    if (score >= THRESHOLD) matched.push(rule.kind);
  }
  // Two kinds at once means the page changed in a way we do not understand: no page feature runs.
  return { kind: matched.length === 1 ? matched[0]! : null, matched, scores };
}

/** The kind of page described, or null when it is not exactly one page we know. */
export function recognisePage(page: PageDescription): PageKind | null {
  return recognise(page).kind;
}

/**
 * Whether the orange marker, not read yet, could change what the page is taken for: then it must
 * be read before anything is claimed about the page.
 */
export function markerDecides(page: PageDescription): boolean {
  if (page.hasOrangeMarker !== null) return false;
  const withIt = recognise({ ...page, hasOrangeMarker: true }).matched;
  const without = recognise({ ...page, hasOrangeMarker: false }).matched;
  return withIt.join() !== without.join();
}

/** What the companion shows for a page: the reading, the panel's header, and the step of the path. */
export interface Verdict extends Recognition {
  /** The panel's header; null when nothing is drawn. */
  header: { step: string; page: string } | null;
  /** The step of the path, when the page is one known kind. */
  step: StepId | null;
  /** What that step is about, in a sentence or two. */
  guidance: string | null;
  /** The hint for each item a list page may show (checklist items or document types); empty elsewhere. */
  items: ItemHint[];
  /** The page's marker was not read and decides the verdict: nothing is claimed until it is read (see markerDecides). */
  needsMarker?: true;
}

/** One item's hint, and the other words a page may use for its title. */
export interface ItemHint {
  title: string;
  guidance: string;
  /** The item's mandatory-ness or wording is our assumption: the hint says to check it. */
  assumed: boolean;
  alsoCalled?: string[];
}

/** The hints of a list page's items: the texts live in the background, not in every page's script. */
function itemHints(kind: PageKind): ItemHint[] {
  const items: readonly { title: string; guidance: string; provenance: string; alsoCalled?: string[] }[] =
    kind === 'checklist' ? CHECKLIST_ITEMS : kind === 'documents' ? DOCUMENT_TYPES : [];
  return items.map((i) => ({ title: i.title, guidance: i.guidance, assumed: i.provenance === 'assumed', alsoCalled: i.alsoCalled }));
}

const stepLine = (step: StepId): string => `Step ${STEP_IDS.indexOf(step) + 1} of ${STEP_IDS.length}: ${STEP_TITLES[step]}`;

/** The verdict on a page: for one that looks like two kinds, the header names both and says nothing else is shown. */
export function verdict(page: PageDescription): Verdict {
  if (markerDecides(page))
    return { kind: null, matched: [], scores: {}, step: null, guidance: null, items: [], header: null, needsMarker: true };
  const seen = recognise(page);
  if (seen.kind) {
    const rule = ruleFor(seen.kind);
    return {
      ...seen,
      step: rule.step,
      guidance: STEP_GUIDANCE[rule.step],
      items: itemHints(seen.kind),
      header: { step: stepLine(rule.step), page: rule.name },
    };
  }
  if (seen.matched.length === 0) return { ...seen, step: null, guidance: null, items: [], header: null };
  const steps = [...new Set(seen.matched.map((k) => stepLine(ruleFor(k).step)))];
  return {
    ...seen,
    step: null,
    guidance: null,
    items: [],
    header: {
      step: steps.length === 1 ? steps[0]! : 'Career Manager application',
      page: `${seen.matched.map((k) => ruleFor(k).name).join(' or ')}? It shows signs of more than one, so the companion adds nothing to it.`,
    },
  };
}
