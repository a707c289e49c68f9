// What changing the category or route does to an application, said before it happens, and the
// documents that are kept but no longer apply (they stay visible so they can be removed).

import { DEFAULT_RULES } from '../rules/adjustable.ts';
import { CATEGORIES, ROUTES } from '../rules/categories.ts';
import { DOCUMENT_TYPES } from '../rules/documents.ts';
import { type Rules, rulesFor } from '../rules/scope.ts';
import { NOT_APPLICABLE } from '../rules/steps.ts';
import type { Application, CategoryId, DocumentRef, RouteId, RulesInForce } from '../types.ts';
import { roleLabel } from './text.ts';

/** A file kept for a document type that the application's category and route do not use. */
export interface StrayDocument {
  typeId: string;
  /** The type's title (its id when the type is unknown, e.g. from an older file). */
  title: string;
  ref: DocumentRef;
  /** Why it is listed apart, in plain words. */
  message: string;
}

function where(category: CategoryId, route: RouteId): string {
  return `${category} on the ${ROUTES[route].title.toLowerCase()}`;
}

function typeTitle(typeId: string): string {
  return DOCUMENT_TYPES.find((t) => t.id === typeId)?.title ?? typeId;
}

/** Files kept for document types that do not apply to the application's category and route. */
export function strayDocuments(app: Application): StrayDocument[] {
  const applies = new Set(rulesFor(app.category, app.route).documents.map((d) => d.type.id));
  return Object.entries(app.documents)
    .filter(([typeId]) => !applies.has(typeId))
    .map(([typeId, ref]) => ({
      typeId,
      title: typeTitle(typeId),
      ref,
      message: `Not used for ${where(app.category, app.route)}, so it is not part of the application. Remove it, or keep it in case you change back.`,
    }));
}

function documentEffects(app: Application, before: Rules, after: Rules, target: string): string[] {
  const effects: string[] = [];
  const old = new Map(before.documents.map((d) => [d.type.id, d.mandatory]));
  const next = new Map(after.documents.map((d) => [d.type.id, d.mandatory]));
  for (const [typeId, ref] of Object.entries(app.documents)) {
    if (old.has(typeId) && !next.has(typeId)) {
      effects.push(
        `Your ${typeTitle(typeId)} (${ref.name}) is not used for ${target}: it stays under Supporting documents, where you can remove it, but is no longer part of the application.`,
      );
    }
  }
  for (const { type, mandatory } of after.documents) {
    const was = old.get(type.id);
    if (mandatory && was !== true)
      effects.push(`${type.title} becomes required${app.documents[type.id] ? '' : ' (you have no file for it yet)'}.`);
    else if (!mandatory && was === true) effects.push(`${type.title} becomes optional.`);
  }
  for (const { type } of before.documents) {
    if (!next.has(type.id) && !app.documents[type.id]) effects.push(`${type.title} is no longer asked for.`);
  }
  return effects;
}

function checklistEffects(before: Rules, after: Rules): string[] {
  const effects: string[] = [];
  const old = new Map(before.checklist.map((c) => [c.item.id, c.mandatory]));
  const next = new Set(after.checklist.map((c) => c.item.id));
  for (const { item, mandatory } of after.checklist) {
    const was = old.get(item.id);
    if (was === undefined) effects.push(`Checklist: “${item.title}” is added${mandatory ? ' (mandatory)' : ''}.`);
    else if (mandatory !== was) effects.push(`Checklist: “${item.title}” becomes ${mandatory ? 'mandatory' : 'optional'}.`);
  }
  for (const { item } of before.checklist) {
    if (!next.has(item.id)) effects.push(`Checklist: “${item.title}” no longer applies.`);
  }
  return effects;
}

function interviewEffects(app: Application, category: CategoryId): string[] {
  const wasRequired = CATEGORIES[app.category].interviewRequired;
  const required = CATEGORIES[category].interviewRequired;
  const location = app.panelling.interviewLocation.trim();
  if (wasRequired && !required && location !== '' && location !== NOT_APPLICABLE) {
    return [`Interview location: “${location}” is replaced by “${NOT_APPLICABLE}” (${category} applicants do not choose one).`];
  }
  if (!wasRequired && required) return [`Interview location: becomes required for ${category}; choose one under Panelling.`];
  return [];
}

function competenceEffects(app: Application, category: CategoryId, after: Rules): string[] {
  if (category === app.category) return [];
  const codes = new Set(after.competences.map((c) => c.code));
  const lost = app.roles.flatMap((role, i) =>
    role.competences.filter((code) => !codes.has(code)).map((code) => `${code} (${roleLabel(role, i)})`),
  );
  const effects = [`Competences: described at the ${category} level (${after.standard.title}); check your evidence against them.`];
  if (lost.length > 0) {
    effects.push(`Competences you linked that the ${category} standard does not have, so they no longer count: ${lost.join(', ')}.`);
  }
  return effects;
}

/** What changing to this category and route would change under the rules in force, in plain words (empty when nothing would). */
export function categoryChangeEffects(
  app: Application,
  category: CategoryId,
  route: RouteId,
  rules: RulesInForce = DEFAULT_RULES,
): string[] {
  if (category === app.category && route === app.route) return [];
  const before = rulesFor(app.category, app.route, rules);
  const after = rulesFor(category, route, rules);
  return [
    ...documentEffects(app, before, after, where(category, route)),
    ...interviewEffects(app, category),
    ...competenceEffects(app, category, after),
    ...checklistEffects(before, after),
  ];
}
