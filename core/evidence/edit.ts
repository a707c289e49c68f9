// Changes to an application's evidence as pure functions: each returns the new Evidence, for the
// workbook to save through editApplication. A link is never dropped by an edit of the text; only
// the applicant removes one.
import type { Application, CompetenceCode, IsoTime } from '../types.ts';
import { anchorPassage, selectPassage } from './anchor.ts';
import type { Evidence, EvidenceLink, RoleField, TextRange } from './types.ts';

/** No links, nothing dismissed. */
const NO_EVIDENCE: Evidence = { links: [], dismissed: {} };

/** The application's evidence, or none when an old record lacks it (repaired, never trusted). */
export function evidenceOf(app: Pick<Application, 'evidence'>): Evidence {
  const e = app.evidence as Evidence | undefined;
  if (!e || !Array.isArray(e.links) || e.dismissed === null || typeof e.dismissed !== 'object') return NO_EVIDENCE;
  return e;
}

/** The longest a dismissal key may be (the exchange format's identifier limit). */
const KEY_CHARS = 200;

/** A stable key for a dismissed suggestion or flag of one role's field. */
export function dismissKey(roleId: string, field: RoleField, what: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are not allowed in keys
  const clean = what.replace(/[\u0000-\u001f\s]+/g, ' ').trim();
  return `${roleId}|${field}|${clean}`.slice(0, KEY_CHARS);
}

/**
 * Links `range` of a role's text to competences. When a link already covers exactly those
 * words, the codes are added to it rather than making a second link.
 */
export function addLink(
  evidence: Evidence,
  link: { id: string; roleId: string; field: RoleField; text: string; range: TextRange; competences: CompetenceCode[] },
): Evidence {
  const selector = selectPassage(link.text, link.range);
  if (selector.exact.trim() === '' || link.competences.length === 0) return evidence;
  const same = evidence.links.find((l) => {
    if (l.roleId !== link.roleId || l.field !== link.field) return false;
    const a = anchorPassage(link.text, l.selector);
    return a.status === 'anchored' && a.start === selector.start && a.end === selector.start + selector.exact.length;
  });
  if (same) {
    const competences = [...new Set([...same.competences, ...link.competences])].sort();
    return { ...evidence, links: evidence.links.map((l) => (l === same ? { ...l, competences, selector } : l)) };
  }
  const added: EvidenceLink = { id: link.id, roleId: link.roleId, field: link.field, selector, competences: [...link.competences].sort() };
  return { ...evidence, links: [...evidence.links, added] };
}

/** Removes one link. */
export function removeLink(evidence: Evidence, linkId: string): Evidence {
  return { ...evidence, links: evidence.links.filter((l) => l.id !== linkId) };
}

/** Remembers that the applicant dismissed something. */
export function dismiss(evidence: Evidence, key: string, now: IsoTime): Evidence {
  return { ...evidence, dismissed: { ...evidence.dismissed, [key]: now } };
}

/** Forgets the dismissals whose keys start with `prefix` (e.g. every flag of one role's field). */
export function undismiss(evidence: Evidence, prefix: string): Evidence {
  const dismissed = Object.fromEntries(Object.entries(evidence.dismissed).filter(([k]) => !k.startsWith(prefix)));
  return { ...evidence, dismissed };
}
