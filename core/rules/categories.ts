// Registration categories and routes, as data.
import type { Category, CategoryId, Route, RouteId } from '../types.ts';

/** The four categories, with the qualification benchmark shown as guidance (never a gate). */
export const CATEGORIES: Record<CategoryId, Category> = {
  CEng: {
    id: 'CEng',
    title: 'Chartered Engineer (CEng)',
    standard: 'UK-SPEC-4',
    interviewRequired: true,
    benchmark:
      'An accredited MEng, or an accredited BEng(Hons) plus a Masters or equivalent further learning. Other routes are assessed individually.',
    provenance: 'public',
  },
  IEng: {
    id: 'IEng',
    title: 'Incorporated Engineer (IEng)',
    standard: 'UK-SPEC-4',
    interviewRequired: true,
    benchmark: 'An accredited Bachelors degree, or an HNC/HND plus further learning. Other routes are assessed individually.',
    provenance: 'public',
  },
  EngTech: {
    id: 'EngTech',
    title: 'Engineering Technician (EngTech)',
    standard: 'UK-SPEC-4',
    interviewRequired: false,
    benchmark: 'A Level 3 engineering qualification or an approved apprenticeship. Other routes are assessed individually.',
    provenance: 'public',
  },
  ICTTech: {
    id: 'ICTTech',
    title: 'ICT Technician (ICTTech)',
    standard: 'ICTTech-3',
    interviewRequired: false,
    benchmark: 'A Level 3 ICT qualification or an approved apprenticeship. Other routes are assessed individually.',
    provenance: 'public',
  },
};

/** The two routes; they are separate tabs in Career Manager. */
export const ROUTES: Record<RouteId, Route> = {
  standard: {
    id: 'standard',
    title: 'Standard route',
    summary: 'The route most applicants take.',
    provenance: 'seed',
  },
  streamlined: {
    id: 'streamlined',
    title: 'Streamlined route',
    summary: 'Only if you have been told you are on it, for example when applying under an approved apprentice scheme.',
    provenance: 'seed',
  },
};

/** Category ids in the order Career Manager lists them. */
export const CATEGORY_IDS: CategoryId[] = ['CEng', 'IEng', 'EngTech', 'ICTTech'];

/** Route ids in tab order. */
export const ROUTE_IDS: RouteId[] = ['standard', 'streamlined'];
