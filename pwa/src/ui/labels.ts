// Words that several screens use for the same things: categories and routes.
import { CATEGORIES, ROUTES } from '../../../core/rules/categories.ts';
import type { Category, Route, RouteId } from '../../../core/types.ts';

export const categoryList = (): Category[] => Object.values(CATEGORIES) as Category[];
export const routeList = (): Route[] => Object.values(ROUTES) as Route[];
export const routeTitle = (id: RouteId): string => ROUTES[id]?.title ?? id;
