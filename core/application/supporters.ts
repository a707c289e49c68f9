// Supporters: added only to a locked application; each has a status and comments. They stay on
// the application through an unlock (see unlock), so they can be removed while a draft too.
import type { Application, IsoTime, Reason, Result, Supporter } from '../types.ts';
import { guarded, READ_ONLY, reason } from './reasons.ts';

export interface SupporterInput {
  /** Optional; a free id is chosen when absent. */
  id?: string;
  name: string;
  relationship: string;
  registration: string;
  email: string;
}

export type SupporterPatch = Partial<Omit<Supporter, 'id'>>;

function lockedOnly(app: Application, doing: string): Reason[] {
  if (app.stage === 'submitted') return [READ_ONLY];
  if (app.stage !== 'locked') {
    return [reason('not-locked', `Lock the application before you ${doing}: only a locked application has supporters.`, 'lock')];
  }
  return [];
}

function freeId(app: Application): string {
  const taken = new Set(app.supporters.map((s) => s.id));
  let n = app.supporters.length + 1;
  while (taken.has(`supporter-${n}`)) n++;
  return `supporter-${n}`;
}

function inputReasons(app: Application, input: SupporterInput): Reason[] {
  const reasons: Reason[] = [];
  if (input.name.trim() === '') reasons.push(reason('supporter-name-missing', 'Give the supporter’s name.', 'supporters'));
  const email = input.email.trim().toLowerCase();
  if (email !== '' && app.supporters.some((s) => s.email.trim().toLowerCase() === email)) {
    reasons.push(reason('supporter-duplicate', 'A supporter with this email address is already on the application.', 'supporters'));
  }
  if (input.id !== undefined && app.supporters.some((s) => s.id === input.id)) {
    reasons.push(reason('supporter-duplicate', 'A supporter with this id is already on the application.', 'supporters'));
  }
  return reasons;
}

/** Adds a supporter (status "invited") to a locked application. */
export function addSupporter(app: Application, input: SupporterInput, now: IsoTime): Result<Application> {
  const gate = lockedOnly(app, 'add supporters');
  return guarded(gate.length > 0 ? gate : inputReasons(app, input), () => {
    const supporter: Supporter = {
      id: input.id ?? freeId(app),
      name: input.name.trim(),
      relationship: input.relationship.trim(),
      registration: input.registration.trim(),
      email: input.email.trim(),
      status: 'invited',
      comments: [],
    };
    return { ...app, supporters: [...app.supporters, supporter], updatedAt: now };
  });
}

function notFound(app: Application, id: string): Reason[] {
  return app.supporters.some((s) => s.id === id)
    ? []
    : [reason('supporter-not-found', 'That supporter is not on this application.', 'supporters')];
}

/** Changes a supporter's details, status or comments (locked applications only). */
export function updateSupporter(app: Application, id: string, patch: SupporterPatch, now: IsoTime): Result<Application> {
  const gate = lockedOnly(app, 'change supporters');
  return guarded(gate.length > 0 ? gate : notFound(app, id), () => ({
    ...app,
    supporters: app.supporters.map((s) => (s.id === id ? { ...s, ...structuredClone(patch), id } : s)),
    updatedAt: now,
  }));
}

/** Removes a supporter; also while a draft, as supporters stay on the application through an unlock. */
export function removeSupporter(app: Application, id: string, now: IsoTime): Result<Application> {
  const gate = app.stage === 'submitted' ? [READ_ONLY] : [];
  return guarded(gate.length > 0 ? gate : notFound(app, id), () => ({
    ...app,
    supporters: app.supporters.filter((s) => s.id !== id),
    updatedAt: now,
  }));
}

/** Supporters who have validated the application. */
export function validatedSupporters(app: Application): Supporter[] {
  return app.supporters.filter((s) => s.status === 'validated');
}

/** What the workbook holds of one supporter's comments: only what the applicant copied into it. */
export interface CommentsKept {
  supporter: Supporter;
  count: number;
  /** When the latest kept comment was added; null with none. */
  latest: IsoTime | null;
  /** They answered (validated or asked for changes) yet nothing they wrote is in the workbook. */
  nothingCopied: boolean;
}

/**
 * Per supporter, what survives an unlock: Career Manager drops their comments, and the workbook
 * keeps only those copied into it (it cannot know what else they wrote there).
 */
export function commentsKept(app: Application): CommentsKept[] {
  return app.supporters.map((supporter) => {
    const count = supporter.comments.length;
    const latest = supporter.comments.reduce<IsoTime | null>((at, c) => (at === null || c.at > at ? c.at : at), null);
    const answered = supporter.status === 'validated' || supporter.status === 'changes-requested';
    return { supporter, count, latest, nothingCopied: answered && count === 0 };
  });
}
