// Pure predicates that decide which Career Manager page a description shows.
import { PAGE_RULES } from './rules.ts';
import type { PageDescription, PageKind, PageRule } from './types.ts';

/** Whether the URL belongs to the IET (the Career Manager host is under theiet.org; paths are not public). */
export function isIetUrl(url: string): boolean {
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'https:' && (hostname === 'theiet.org' || hostname.endsWith('.theiet.org'));
  } catch {
    return false;
  }
}

const some = (texts: string[], pattern: RegExp): boolean => texts.some((t) => pattern.test(t.trim()));

/** Whether a page description satisfies one rule. */
export function matchesRule(rule: PageRule, page: PageDescription): boolean {
  if (!isIetUrl(page.url)) return false;
  if (!rule.headings.every((p) => some(page.headings, p))) return false;
  if (rule.buttons && !rule.buttons.every((p) => some(page.buttons, p))) return false;
  if (rule.withoutButtons?.some((p) => some(page.buttons, p))) return false;
  if (rule.links && !rule.links.every((p) => some(page.links, p))) return false;
  if (rule.labels && !rule.labels.every((p) => some(page.labels, p))) return false;
  if (rule.selectedTab && !(page.selectedTab !== null && rule.selectedTab.test(page.selectedTab))) return false;
  if (rule.orangeMarker && !page.hasOrangeMarker) return false;
  return true;
}

/** The rule of a page kind. */
export function ruleFor(kind: PageKind): PageRule {
  const rule = PAGE_RULES.find((r) => r.kind === kind);
  if (!rule) throw new Error(`No rule for page kind ${kind}`);
  return rule;
}

/** One recogniser per page kind: a predicate over page descriptions. */
export const RECOGNISERS: Readonly<Record<PageKind, (page: PageDescription) => boolean>> = Object.fromEntries(
  PAGE_RULES.map((rule) => [rule.kind, (page: PageDescription) => matchesRule(rule, page)]),
) as Record<PageKind, (page: PageDescription) => boolean>;

/** The kind of page described, or null when it is not a page we know (then nothing is shown). */
export function recognisePage(page: PageDescription): PageKind | null {
  const matched = PAGE_RULES.filter((rule) => matchesRule(rule, page));
  // Two matches means the page changed in a way we do not understand: stay quiet.
  return matched.length === 1 ? matched[0]!.kind : null;
}
