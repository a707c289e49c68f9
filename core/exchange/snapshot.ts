// The lock snapshot's hash as core defines it: SHA-256 of the canonical JSON of its content.

import { canonicalJson } from '../application/canonical.ts';
import { sha256Hex } from '../application/hashing.ts';
import type { SnapshotContent } from '../types.ts';

/** Hex SHA-256 of canonicalJson(content), the value LockSnapshot.sha256 must hold. */
export function snapshotHash(content: SnapshotContent): string {
  return sha256Hex(canonicalJson(content));
}
