// The drafts mirror as the popup and options read it (validated; the content script has its own
// lighter reader so that it ships no schema library).
import { type Mirror, readMirror } from '../../core/bridge/schema.ts';
import { api } from './api.ts';
import { KEYS } from './settings.ts';

/** The drafts mirror, or null before the workbook was first paired and opened. */
export async function readStoredMirror(): Promise<Mirror | null> {
  return readMirror((await api.storage.local.get(KEYS.mirror))[KEYS.mirror]);
}
