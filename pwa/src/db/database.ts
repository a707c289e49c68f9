import Dexie, { type EntityTable, type Transaction } from 'dexie';
import type { Application } from '../../../core/types.ts';
import { DB_NAME } from './name.ts';
import { summarise } from './reviewSummary.ts';
import type { MentorReviewData } from './reviews.ts';

/** Bytes of one supporting document; DocumentRef.blobId points here. */
export interface StoredBlob {
  id: string;
  blob: Blob;
}

/** Something the extension saw in Career Manager, with when it saw it. */
export interface StoredObservation {
  id: string;
  /** Workbook application it was linked to when observed, if any. */
  applicationId: string | null;
  kind: string;
  at: string;
  data: unknown;
}

/** A mentor's review of someone else's exported application (mentor mode; never mixed with own applications). */
export interface StoredReview {
  id: string;
  updatedAt: string;
  /** Shape owned by core/exchange. */
  data: unknown;
}

/** What the list of reviews shows of one review, kept beside it (the review row carries the whole file). */
export interface StoredReviewStatus {
  /** The review's id. */
  id: string;
  /** The application's name and category, and the applicant's name, as the file gave them. */
  name: string;
  category: string;
  applicant: string;
  mentor: string;
  /**
   * Which export this review is of: the application's id and when that file was exported (both
   * carried by every export). Empty in statuses written before they were kept (repaired on read).
   */
  applicationId?: string;
  exportedAt?: string;
  comments: number;
  openedAt: string;
  /** When comments were last added or deleted; null before the first. */
  changedAt: string | null;
  /** When the review file was last downloaded; null if never. */
  downloadedAt: string | null;
  updatedAt: string;
  /** Comments being written, by the part of the file they are about (shape in reviewSummary.ts). */
  typing: unknown;
}

/** A mentor comment imported into the applicant's workbook. */
export interface StoredComment {
  id: string;
  applicationId: string;
  /** Shape owned by core/exchange. */
  data: unknown;
}

/** The development record of one application (CPD log, plan, advice, interview practice). */
export interface StoredDevelopment {
  applicationId: string;
  /** Shape owned by core/development (repaired on read). */
  data: unknown;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

/** One schema version: its stores and, from v2 on, how data from the version before moves over. */
export interface SchemaVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void> | void;
}

/**
 * Every schema version the workbook has ever had, oldest first. Never edit a released entry:
 * add a new one (with an upgrade function when data must move) and a test in
 * tests/pwa/db-migrations.test.ts that opens a database made by the version before.
 */
export const SCHEMA: readonly SchemaVersion[] = [
  {
    version: 1,
    stores: {
      applications: 'id, updatedAt',
      blobs: 'id',
      observations: 'id, applicationId, kind, at',
      settings: 'key',
      reviews: 'id, updatedAt',
      comments: 'id, applicationId',
    },
  },
  {
    // The development record of each application: a new table, nothing to move.
    version: 2,
    stores: { development: 'applicationId' },
  },
  {
    // Evidence links (format version 4): every application, and every application a mentor
    // keeps in a review, starts with none; role-level competence tags stay as they were.
    version: 3,
    stores: {},
    upgrade: async (tx) => {
      const fill = (app: unknown) => {
        if (app !== null && typeof app === 'object' && !('evidence' in app)) Object.assign(app, { evidence: { links: [], dismissed: {} } });
      };
      await tx.table('applications').toCollection().modify(fill);
      await tx
        .table('reviews')
        .toCollection()
        .modify((row: { data?: { source?: { application?: unknown; version?: number } } }) => {
          const source = row.data?.source;
          if (source && typeof source === 'object') {
            fill(source.application);
            if (typeof source.version === 'number' && source.version < 4) source.version = 4;
          }
        });
    },
  },
  {
    // The adviser question became an answer (yes/no, PRA or Industry Representative) and the
    // interview location "Not Applicable" takes the guide's capitals (format version 5): stored
    // applications, the files kept in mentor reviews and closed tabs' unsaved records are
    // restored to the new shape (core's restore).
    version: 4,
    stores: {},
    // The restoring code loads only for this upgrade (it is not on the start path); waitFor keeps
    // the upgrade transaction open while it loads.
    upgrade: async (tx) => {
      const { restoreStored } = await Dexie.waitFor(import('./restore-v4.ts'));
      await restoreStored(tx);
    },
  },
  {
    // Each mentor review's status for the list (and the comments being typed), built from the
    // reviews kept so far (their files as version 4 restored them).
    version: 5,
    stores: { reviewStatus: 'id' },
    upgrade: async (tx) => {
      const rows = (await tx.table('reviews').toArray()) as StoredReview[];
      const statuses = rows.flatMap((row) => {
        try {
          return [summarise(row.id, row.updatedAt, row.data as MentorReviewData)];
        } catch {
          // A row this version cannot read: the list builds what it can when it shows it.
          return [];
        }
      });
      await tx.table('reviewStatus').bulkPut(statuses);
    },
  },
];

export const LATEST_VERSION = SCHEMA[SCHEMA.length - 1]!.version;

/** The workbook's IndexedDB. Every schema version stays listed so old databases migrate. */
export class WorkbookDB extends Dexie {
  applications!: EntityTable<Application, 'id'>;
  blobs!: EntityTable<StoredBlob, 'id'>;
  observations!: EntityTable<StoredObservation, 'id'>;
  settings!: EntityTable<StoredSetting, 'key'>;
  reviews!: EntityTable<StoredReview, 'id'>;
  comments!: EntityTable<StoredComment, 'id'>;
  development!: EntityTable<StoredDevelopment, 'applicationId'>;
  reviewStatus!: EntityTable<StoredReviewStatus, 'id'>;

  /** `upTo` opens the database as an older release did (migration tests only). */
  constructor(name = DB_NAME, upTo = LATEST_VERSION) {
    super(name);
    for (const v of SCHEMA) {
      if (v.version > upTo) break;
      const declared = this.version(v.version).stores(v.stores);
      if (v.upgrade) declared.upgrade(v.upgrade);
    }
  }
}

export const db = new WorkbookDB();
