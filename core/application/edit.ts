// Editing an application's content, category, route, panelling and documents.
import { CATEGORIES } from '../rules/categories.ts';
import { DOCUMENT_TYPES } from '../rules/documents.ts';
import { NOT_APPLICABLE } from '../rules/steps.ts';
import type {
  Application,
  CategoryId,
  DocumentRef,
  DocumentTypeId,
  IsoTime,
  Panelling,
  Reason,
  Result,
  RouteId,
  RulesInForce,
} from '../types.ts';
import { defaultInterviewLocation } from './create.ts';
import { latestPastDate } from './dates.ts';
import { panellingGate } from './gates.ts';
import { guarded, ok, READ_ONLY, reason, refused } from './reasons.ts';

/** The content an applicant edits directly (category, route and panelling have their own setters). */
export type EditableContent = Pick<
  Application,
  'name' | 'personal' | 'checklist' | 'qualifications' | 'roles' | 'development' | 'pra' | 'scheme' | 'documents' | 'evidence'
>;

const EDITABLE_KEYS: (keyof EditableContent)[] = [
  'name',
  'personal',
  'checklist',
  'qualifications',
  'roles',
  'development',
  'pra',
  'scheme',
  'documents',
  'evidence',
];

/** Whether the application has been submitted and is read-only. */
export function isReadOnly(app: Application): boolean {
  return app.stage === 'submitted';
}

const LISTS = [
  ['roles', 'roles'],
  ['qualifications', 'qualifications'],
  ['development', 'development records'],
] as const;

/** Ids must be present and unique within each list: changes since the lock are tracked by id. */
function patchReasons(patch: Partial<EditableContent>): Reason[] {
  const reasons: Reason[] = [];
  for (const [key, noun] of LISTS) {
    const ids = patch[key]?.map((item) => item.id);
    if (ids && (ids.some((id) => id.trim() === '') || new Set(ids).size !== ids.length)) {
      reasons.push(reason('duplicate-id', `Two ${noun} share an id (or one has none); nothing was changed.`, 'checklist'));
    }
  }
  for (const [key, ref] of Object.entries(patch.documents ?? {})) {
    if (ref.typeId !== key) {
      reasons.push(
        reason('document-key-mismatch', `A file filed under “${key}” says it is a “${ref.typeId}”; nothing was changed.`, 'documents'),
      );
    }
  }
  return reasons;
}

/**
 * A copy of a patched value that the caller can no longer change. Items of a list that the
 * application already holds are kept as they are: copying every role's long texts again on each
 * key typed in one of them cost more than the rest of the edit.
 */
function owned<T>(value: T, current: unknown): T {
  if (!Array.isArray(value) || !Array.isArray(current)) return structuredClone(value);
  const held = new Set<unknown>(current);
  return value.map((item: unknown) => (held.has(item) ? item : structuredClone(item))) as T;
}

/** Applies edits to the content; refused once submitted. Edits after a lock show in changesSinceLock. */
export function editApplication(app: Application, patch: Partial<EditableContent>, now: IsoTime): Result<Application> {
  if (isReadOnly(app)) return refused([READ_ONLY]);
  const problems = patchReasons(patch);
  if (problems.length > 0) return refused(problems);
  const picked: Partial<EditableContent> = {};
  for (const key of EDITABLE_KEYS) {
    if (patch[key] !== undefined) Object.assign(picked, { [key]: owned(patch[key], app[key]) });
  }
  return { ok: true, value: { ...app, ...picked, updatedAt: now } };
}

function draftOnly(app: Application, what: string): Reason[] {
  if (app.stage === 'submitted') return [READ_ONLY];
  if (app.stage === 'locked') {
    return [reason('locked-unlock-first', `The application is locked: unlock it before changing the ${what}.`, 'lock')];
  }
  return [];
}

/** Ticks (or unticks) a checklist item that is completed in Career Manager, with an optional note. */
export function setChecklistEntry(
  app: Application,
  itemId: string,
  entry: { done: boolean; note?: string },
  now: IsoTime,
): Result<Application> {
  const note = entry.note ?? app.checklist[itemId]?.note ?? '';
  return editApplication(app, { checklist: { ...app.checklist, [itemId]: { done: entry.done, note } } }, now);
}

/** Changes the category while in draft; the interview location follows the new category's rule. */
export function setCategory(app: Application, category: CategoryId, now: IsoTime): Result<Application> {
  return guarded(draftOnly(app, 'registration category'), () => {
    if (category === app.category) return app;
    const keepLocation = CATEGORIES[category].interviewRequired && app.panelling.interviewLocation !== NOT_APPLICABLE;
    const interviewLocation = keepLocation ? app.panelling.interviewLocation : defaultInterviewLocation(category);
    return { ...app, category, panelling: { ...app.panelling, interviewLocation }, updatedAt: now };
  });
}

/** Changes the route while in draft. */
export function setRoute(app: Application, route: RouteId, now: IsoTime): Result<Application> {
  return guarded(draftOnly(app, 'route'), () => (route === app.route ? app : { ...app, route, updatedAt: now }));
}

/** Tidies panelling input: trimmed, no empty or repeated specialisms, the location fixed where it must be. */
function normalisePanelling(category: CategoryId, input: Panelling): Panelling {
  const specialisms = [...new Set(input.specialisms.map((s) => s.trim()).filter((s) => s !== ''))];
  const interviewLocation = CATEGORIES[category].interviewRequired ? input.interviewLocation.trim() : NOT_APPLICABLE;
  return { sector: input.sector.trim(), specialisms, interviewLocation };
}

/** Sets sector, specialisms and interview location, once every mandatory checklist item and document is complete. */
export function setPanelling(app: Application, panelling: Panelling, rules: RulesInForce, now: IsoTime): Result<Application> {
  if (isReadOnly(app)) return refused([READ_ONLY]);
  const gate = panellingGate(app, rules, latestPastDate(undefined, now));
  if (gate.length > 0) return refused(gate);
  // A half-filled choice is kept (it is the applicant's work in progress); what is still missing
  // is reported by panellingReasons and blocks the lock, not the save.
  return ok({ ...app, panelling: normalisePanelling(app.category, panelling), updatedAt: now });
}

/** Keeps one file for a document type, replacing any earlier file of that type. */
export function setDocument(app: Application, ref: DocumentRef, now: IsoTime): Result<Application> {
  if (isReadOnly(app)) return refused([READ_ONLY]);
  if (!DOCUMENT_TYPES.some((t) => t.id === ref.typeId)) {
    return refused([reason('document-type-unknown', 'That is not one of the supporting document types.', 'documents')]);
  }
  return editApplication(app, { documents: { ...app.documents, [ref.typeId]: ref } }, now);
}

/** Removes the file kept for a document type. */
export function removeDocument(app: Application, typeId: DocumentTypeId, now: IsoTime): Result<Application> {
  if (isReadOnly(app)) return refused([READ_ONLY]);
  const { [typeId]: _removed, ...rest } = app.documents;
  return editApplication(app, { documents: rest }, now);
}
