// SHA-256 of canonical JSON, so a lock snapshot can be checked byte for byte later.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import type { Application, SnapshotContent } from '../types.ts';
import { canonicalJson } from './canonical.ts';

/** Hex SHA-256 of a text's UTF-8 bytes. */
export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** A deep copy of the parts of an application a lock snapshot keeps. */
export function snapshotContent(app: Application): SnapshotContent {
  return structuredClone({
    category: app.category,
    route: app.route,
    personal: app.personal,
    checklist: app.checklist,
    qualifications: app.qualifications,
    roles: app.roles,
    development: app.development,
    pra: app.pra,
    scheme: app.scheme,
    documents: app.documents,
    panelling: app.panelling,
  });
}

/** Whether a snapshot's recorded hash still matches its content. */
export function snapshotIntact(snapshot: { sha256: string; content: SnapshotContent }): boolean {
  return sha256Hex(canonicalJson(snapshot.content)) === snapshot.sha256;
}
