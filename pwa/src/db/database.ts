import Dexie, { type EntityTable } from 'dexie';
import type { Application } from '../../../core/types.ts';

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

/** A mentor comment imported into the applicant's workbook. */
export interface StoredComment {
  id: string;
  applicationId: string;
  /** Shape owned by core/exchange. */
  data: unknown;
}

export interface StoredSetting {
  key: string;
  value: unknown;
}

export const DB_NAME = 'proreg-workbook';

/** The workbook's IndexedDB. Every schema version stays listed so old databases migrate. */
export class WorkbookDB extends Dexie {
  applications!: EntityTable<Application, 'id'>;
  blobs!: EntityTable<StoredBlob, 'id'>;
  observations!: EntityTable<StoredObservation, 'id'>;
  settings!: EntityTable<StoredSetting, 'key'>;
  reviews!: EntityTable<StoredReview, 'id'>;
  comments!: EntityTable<StoredComment, 'id'>;

  constructor(name = DB_NAME) {
    super(name);
    this.version(1).stores({
      applications: 'id, updatedAt',
      blobs: 'id',
      observations: 'id, applicationId, kind, at',
      settings: 'key',
      reviews: 'id, updatedAt',
      comments: 'id, applicationId',
    });
  }
}

export const db = new WorkbookDB();
