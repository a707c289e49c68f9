// A new, empty application.
import { CATEGORIES } from '../rules/categories.ts';
import { NOT_APPLICABLE } from '../rules/steps.ts';
import type { Application, CategoryId, IsoTime, RouteId } from '../types.ts';

export interface NewApplicationInput {
  id: string;
  name: string;
  category: CategoryId;
  route: RouteId;
  now: IsoTime;
}

/** The interview location a category starts with: blank to choose, or fixed to Not Applicable. */
export function defaultInterviewLocation(category: CategoryId): string {
  return CATEGORIES[category].interviewRequired ? '' : NOT_APPLICABLE;
}

/** A fresh draft application for a category and route. */
export function newApplication({ id, name, category, route, now }: NewApplicationInput): Application {
  return {
    id,
    name,
    category,
    route,
    createdAt: now,
    updatedAt: now,
    stage: 'draft',
    personal: { fullName: '', email: '', membershipNumber: '' },
    checklist: {},
    qualifications: [],
    roles: [],
    development: [],
    pra: { answer: '', who: '', date: '', adviser: '' },
    scheme: { completed: false, name: '' },
    documents: {},
    panelling: { sector: '', specialisms: [], interviewLocation: defaultInterviewLocation(category) },
    lock: null,
    supporters: [],
    submittedAt: null,
    postSubmission: [],
    history: [{ type: 'created', at: now }],
    evidence: { links: [], dismissed: {} },
  };
}
