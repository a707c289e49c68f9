// Which rules apply to a category and route.
import type {
  Category,
  CategoryId,
  ChecklistItem,
  Competence,
  DocumentType,
  Route,
  RouteId,
  RulesInForce,
  Scope,
  Standard,
} from '../types.ts';
import { DEFAULT_RULES, mandatoryUnder } from './adjustable.ts';
import { CATEGORIES, ROUTES } from './categories.ts';
import { CHECKLIST_ITEMS } from './checklist.ts';
import { DOCUMENT_TYPES } from './documents.ts';
import { COMPETENCES, STANDARDS } from './standards.ts';

/** Whether a scope covers this category and route. */
export function inScope(scope: Scope, category: CategoryId, route: RouteId): boolean {
  if (typeof scope === 'boolean') return scope;
  if (scope.categories && !scope.categories.includes(category)) return false;
  if (scope.routes && !scope.routes.includes(route)) return false;
  return true;
}

export interface Rules {
  category: Category;
  route: Route;
  standard: Standard;
  competences: Competence[];
  checklist: { item: ChecklistItem; mandatory: boolean }[];
  documents: { type: DocumentType; mandatory: boolean }[];
}

/** Every rule that applies to one category and route, with mandatory-ness as the rules in force say. */
export function rulesFor(category: CategoryId, route: RouteId, rules: RulesInForce = DEFAULT_RULES): Rules {
  const cat = CATEGORIES[category];
  const here = (scope: Scope) => inScope(scope, category, route);
  return {
    category: cat,
    route: ROUTES[route],
    standard: STANDARDS[cat.standard],
    competences: COMPETENCES[category],
    checklist: CHECKLIST_ITEMS.filter((item) => inScope(item.applies, category, route)).map((item) => ({
      item,
      mandatory: mandatoryUnder('checklist', item, here, rules),
    })),
    documents: DOCUMENT_TYPES.filter((type) => inScope(type.applies, category, route)).map((type) => ({
      type,
      mandatory: mandatoryUnder('document', type, here, rules),
    })),
  };
}

/** The competences of a category's standard, in order. */
export function competencesFor(category: CategoryId): Competence[] {
  return COMPETENCES[category];
}
