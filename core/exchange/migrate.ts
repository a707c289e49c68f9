// Migrations from older format versions, applied to the raw (limit-checked) data before
// validation, one version step at a time.
import { restoreApplication } from '../application/restore.ts';

/** Version 1 (the first release) had no history or post-submission log, and kept specialisms as one comma-separated string. */
function applicationV1toV2(app: unknown): unknown {
  if (app === null || typeof app !== 'object' || Array.isArray(app)) return app;
  const old = app as Record<string, unknown>;
  const next: Record<string, unknown> = { ...old };
  if (!('history' in old)) {
    next.history = typeof old.createdAt === 'string' ? [{ type: 'created', at: old.createdAt }] : [];
  }
  if (!('postSubmission' in old)) next.postSubmission = [];
  const panelling = old.panelling;
  if (panelling !== null && typeof panelling === 'object' && !Array.isArray(panelling)) {
    const p = panelling as Record<string, unknown>;
    if (typeof p.specialisms === 'string') {
      next.panelling = {
        ...p,
        specialisms: p.specialisms
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0),
      };
    }
  }
  return next;
}

function entryV1toV2(entry: unknown): unknown {
  if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) return entry;
  const e = entry as Record<string, unknown>;
  return 'application' in e ? { ...e, application: applicationV1toV2(e.application) } : e;
}

/** Raw file data of version 1 rewritten as version 2. */
function migrateV1toV2(file: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...file, version: 2 };
  if ('application' in file) next.application = applicationV1toV2(file.application);
  if (Array.isArray(file.applications)) next.applications = file.applications.map(entryV1toV2);
  return next;
}

/**
 * Version 3 added the development record (CPD log, action plan, advice, interview practice) to
 * each application entry. It is optional, and a version 2 entry has none: only the number moves.
 */
function migrateV2toV3(file: Record<string, unknown>): Record<string, unknown> {
  return { ...file, version: 3 };
}

/** Version 3 had no evidence links: every application starts with none, its role-level tags kept as they were. */
function applicationV3toV4(app: unknown): unknown {
  if (app === null || typeof app !== 'object' || Array.isArray(app)) return app;
  const old = app as Record<string, unknown>;
  return 'evidence' in old ? old : { ...old, evidence: { links: [], dismissed: {} } };
}

/** Raw file data of version 3 rewritten as version 4. */
function migrateV3toV4(file: Record<string, unknown>): Record<string, unknown> {
  const next: Record<string, unknown> = { ...file, version: 4 };
  const entry = (e: unknown) =>
    e !== null && typeof e === 'object' && !Array.isArray(e) && 'application' in e
      ? { ...(e as Record<string, unknown>), application: applicationV3toV4((e as Record<string, unknown>).application) }
      : e;
  if ('application' in file) next.application = applicationV3toV4(file.application);
  if (Array.isArray(file.applications)) next.applications = file.applications.map(entry);
  // A mentor's stored review keeps the file it opened: that file is migrated too.
  if (Array.isArray(file.reviews)) {
    next.reviews = file.reviews.map((r) => {
      if (r === null || typeof r !== 'object' || Array.isArray(r)) return r;
      const review = r as Record<string, unknown>;
      const source = review.source;
      if (source === null || typeof source !== 'object' || Array.isArray(source)) return review;
      const s = source as Record<string, unknown>;
      return { ...review, source: { ...s, version: 4, application: applicationV3toV4(s.application) } };
    });
  }
  return next;
}

type Raw = Record<string, unknown>;
const isRaw = (x: unknown): x is Raw => x !== null && typeof x === 'object' && !Array.isArray(x);

function entryV4toV5(entry: unknown): unknown {
  return isRaw(entry) && 'application' in entry ? { ...entry, application: restoreApplication(entry.application) } : entry;
}

/** A review kept in a backup holds the other person's application file as it was opened: it moves up too. */
function reviewV4toV5(review: unknown): unknown {
  if (!isRaw(review) || !isRaw(review.source)) return review;
  const source = review.source;
  return {
    ...review,
    source: typeof source.version === 'number' && source.version >= 1 && source.version < 5 ? migrate(source, source.version, 5) : source,
  };
}

/**
 * Versions up to 4 recorded the adviser question as a tick (`pra.consulted`) and wrote the interview
 * location as "Not applicable"; they recorded no rules. Applications are restored to today's shape
 * (restoreApplication, which also re-hashes intact lock snapshots); `rules` stays absent, and a
 * reader then applies its own defaults.
 */
function migrateV4toV5(file: Raw): Raw {
  const next: Raw = { ...file, version: 5 };
  if ('application' in file) next.application = restoreApplication(file.application);
  if (Array.isArray(file.applications)) next.applications = file.applications.map(entryV4toV5);
  if (Array.isArray(file.reviews)) next.reviews = file.reviews.map(reviewV4toV5);
  return next;
}

/**
 * Version 6 added an optional `built` to documents (the sources a document was built from). A
 * version 5 file has none, so only the version numbers change (the file's, and that of the file a
 * mentor's stored review keeps); a version 5 reader refuses version 6 files as newer rather than
 * failing on the unknown field.
 */
function migrateV5toV6(file: Raw): Raw {
  const next: Raw = { ...file, version: 6 };
  if (Array.isArray(file.reviews)) {
    next.reviews = file.reviews.map((review) =>
      isRaw(review) && isRaw(review.source) && typeof review.source.version === 'number' && review.source.version < 6
        ? { ...review, source: migrate(review.source, review.source.version, 6) }
        : review,
    );
  }
  return next;
}

const STEPS: Record<number, (file: Record<string, unknown>) => Record<string, unknown>> = {
  1: migrateV1toV2,
  2: migrateV2toV3,
  3: migrateV3toV4,
  4: migrateV4toV5,
  5: migrateV5toV6,
};

/** Brings raw file data of any known older version up to `target`. */
export function migrate(file: Record<string, unknown>, from: number, target: number): Record<string, unknown> {
  let data = file;
  for (let version = from; version < target; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`No migration from format version ${version}.`);
    data = step(data);
  }
  return data;
}
