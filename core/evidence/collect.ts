// From an application's roles and passage links to the evidence the matrix counts: whole-role
// tags as they are, each link anchored in today's text (orphaned if its words are gone) and
// marked below level when the level check flags words inside it.
import type { CategoryId, CompetenceCode, Role } from '../types.ts';
import { anchorPassage } from './anchor.ts';
import { checkLevel, isBelowLevel } from './level.ts';
import type { Anchoring, EvidenceItem, EvidenceLink, LevelFlag } from './types.ts';

/** One link with where it landed today. */
export interface AnchoredLink {
  link: EvidenceLink;
  anchoring: Anchoring;
}

/** Anchors every link in its role's text; a link whose role is gone is orphaned too. */
export function anchorLinks(roles: readonly Role[], links: readonly EvidenceLink[]): AnchoredLink[] {
  const byId = new Map(roles.map((r) => [r.id, r]));
  return links.map((link) => {
    const role = byId.get(link.roleId);
    return { link, anchoring: role ? anchorPassage(role[link.field], link.selector) : { status: 'orphaned' } };
  });
}

/**
 * The evidence items of an application: anchored passage links, and whole-role tags for the
 * competences no passage of that role evidences yet (a tag and a passage are not counted twice).
 */
export function collectEvidence(category: CategoryId, roles: readonly Role[], links: readonly EvidenceLink[]): EvidenceItem[] {
  const flags = new Map<string, LevelFlag[]>();
  const flagsOf = (text: string) => {
    let f = flags.get(text);
    if (f === undefined) {
      f = checkLevel(text, category);
      flags.set(text, f);
    }
    return f;
  };
  const byId = new Map(roles.map((r) => [r.id, r]));
  const passages: EvidenceItem[] = [];
  for (const { link, anchoring } of anchorLinks(roles, links)) {
    const role = byId.get(link.roleId);
    const orphaned = anchoring.status === 'orphaned' || role === undefined;
    const belowLevel = !orphaned && anchoring.status === 'anchored' && isBelowLevel(flagsOf(role[link.field]), anchoring);
    passages.push({ id: link.id, roleId: link.roleId, competences: link.competences, kind: 'passage', orphaned, belowLevel });
  }
  const tags: EvidenceItem[] = [];
  for (const role of roles) {
    const shown = new Set(passages.filter((p) => p.roleId === role.id && !p.orphaned).flatMap((p) => p.competences));
    const competences = role.competences.filter((c) => !shown.has(c));
    if (competences.length > 0)
      tags.push({ id: `role:${role.id}`, roleId: role.id, competences, kind: 'role', orphaned: false, belowLevel: false });
  }
  return [...tags, ...passages];
}

/** For each competence, the ids of the roles that evidence it: by a tag, or by a passage still found in the text. */
export function rolesEvidencing(roles: readonly Role[], links: readonly EvidenceLink[]): Map<CompetenceCode, Set<string>> {
  const out = new Map<CompetenceCode, Set<string>>();
  const add = (code: CompetenceCode, roleId: string) => {
    const set = out.get(code) ?? new Set<string>();
    set.add(roleId);
    out.set(code, set);
  };
  for (const r of roles) for (const c of r.competences) add(c, r.id);
  for (const { link, anchoring } of anchorLinks(roles, links)) {
    if (anchoring.status === 'anchored') for (const c of link.competences) add(c, link.roleId);
  }
  return out;
}
