// What changed since the lock, with labels a person can read ("Role 2 (Acme Ltd): Personal Achievements").

import { CATEGORIES, ROUTES } from '../rules/categories.ts';
import { CHECKLIST_ITEMS } from '../rules/checklist.ts';
import { DOCUMENT_TYPES } from '../rules/documents.ts';
import type { Application, SnapshotContent } from '../types.ts';
import { canonicalJson } from './canonical.ts';
import { snapshotContent } from './hashing.ts';
import { roleLabel } from './text.ts';

export interface Change {
  /** Dotted path into the content; list items are addressed by id. */
  path: string;
  label: string;
}

const same = (a: unknown, b: unknown): boolean => canonicalJson(a) === canonicalJson(b);

const PERSONAL = { fullName: 'Full name', email: 'Email address', membershipNumber: 'Membership number' };
const ROLE = {
  employer: 'Employer',
  title: 'Job title',
  start: 'Start date',
  end: 'End date',
  current: 'Current role',
  responsibilities: 'Responsibilities',
  achievements: 'Personal Achievements',
  competences: 'Competences evidenced',
};
const QUALIFICATION = { title: 'Title', institution: 'Institution', year: 'Year', accredited: 'Accredited' };
const DEVELOPMENT = { date: 'Date', title: 'Title', notes: 'Notes' };
const PRA = { answer: 'Answer', who: 'Adviser or Industry Representative', date: 'Date', adviser: 'Name' };
const SCHEME = { completed: 'Completed', name: 'Scheme name' };
const PANELLING = { sector: 'Sector', specialisms: 'Specialisms', interviewLocation: 'Interview location' };

/** Field-by-field changes of one object, with labels. */
function fieldChanges<T extends object>(before: T, after: T, labels: Record<string, string>, path: string, prefix: string): Change[] {
  return Object.keys(labels)
    .filter((key) => !same((before as Record<string, unknown>)[key], (after as Record<string, unknown>)[key]))
    .map((key) => ({ path: `${path}.${key}`, label: `${prefix}: ${labels[key]}` }));
}

/** Changes to a list of items with ids: added, removed, edited and reordered. */
function listChanges<T extends { id: string }>(
  before: T[],
  after: T[],
  path: string,
  labels: Record<string, string>,
  describe: (item: T, index: number) => string,
  noun: string,
): Change[] {
  const changes: Change[] = [];
  const beforeById = new Map(before.map((item) => [item.id, item]));
  const afterIds = new Set(after.map((item) => item.id));
  after.forEach((item, i) => {
    const old = beforeById.get(item.id);
    const label = describe(item, i);
    if (!old) changes.push({ path: `${path}.${item.id}`, label: `${label}: added` });
    else changes.push(...fieldChanges(old, item, labels, `${path}.${item.id}`, label));
  });
  before.forEach((item, i) => {
    if (!afterIds.has(item.id)) changes.push({ path: `${path}.${item.id}`, label: `${describe(item, i)}: removed` });
  });
  const kept = before.map((x) => x.id).filter((id) => afterIds.has(id));
  const keptAfter = after.map((x) => x.id).filter((id) => beforeById.has(id));
  if (!same(kept, keptAfter)) changes.push({ path, label: `${noun}: order changed` });
  return changes;
}

function titled(title: string, fallback: string): string {
  return title.trim() ? `${fallback} (${title.trim()})` : fallback;
}

/** Every difference between two snapshot contents. */
function diffContent(before: SnapshotContent, after: SnapshotContent): Change[] {
  const changes: Change[] = [];
  if (before.category !== after.category) {
    changes.push({ path: 'category', label: `Registration category: now ${CATEGORIES[after.category].title}` });
  }
  if (before.route !== after.route) changes.push({ path: 'route', label: `Route: now ${ROUTES[after.route].title}` });
  changes.push(...fieldChanges(before.personal, after.personal, PERSONAL, 'personal', 'Personal details'));
  const ids = new Set([...Object.keys(before.checklist), ...Object.keys(after.checklist)]);
  for (const id of [...ids].sort()) {
    if (!same(before.checklist[id], after.checklist[id])) {
      const title = CHECKLIST_ITEMS.find((item) => item.id === id)?.title ?? id;
      changes.push({ path: `checklist.${id}`, label: `Checklist: ${title}` });
    }
  }
  changes.push(
    ...listChanges(
      before.qualifications,
      after.qualifications,
      'qualifications',
      QUALIFICATION,
      (q, i) => titled(q.title, `Qualification ${i + 1}`),
      'Qualifications',
    ),
    ...listChanges(before.roles, after.roles, 'roles', ROLE, roleLabel, 'Career history'),
    ...listChanges(
      before.development,
      after.development,
      'development',
      DEVELOPMENT,
      (d, i) => titled(d.title, `Development record ${i + 1}`),
      'Professional development',
    ),
    ...fieldChanges(before.pra, after.pra, PRA, 'pra', 'Draft shared with an adviser'),
    ...fieldChanges(before.scheme, after.scheme, SCHEME, 'scheme', 'Professional development scheme'),
  );
  const docIds = new Set([...Object.keys(before.documents), ...Object.keys(after.documents)]);
  for (const id of [...docIds].sort()) {
    if (!same(before.documents[id], after.documents[id])) {
      const title = DOCUMENT_TYPES.find((t) => t.id === id)?.title ?? id;
      changes.push({ path: `documents.${id}`, label: `Supporting documents: ${title}` });
    }
  }
  changes.push(...fieldChanges(before.panelling, after.panelling, PANELLING, 'panelling', 'Panelling'));
  return changes;
}

/** Edits made since the lock that the snapshot does not contain (empty when not locked). */
export function changesSinceLock(app: Application): Change[] {
  if (app.lock === null) return [];
  return diffContent(app.lock.content, snapshotContent(app));
}
