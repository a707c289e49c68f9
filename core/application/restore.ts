// Bringing applications stored or exported by earlier versions up to today's shape, in the
// manner of Excalidraw's `restore`: never trust stored data, repair what is known to have
// changed, leave everything else exactly as it was. Idempotent: a current application comes back
// unchanged. Used when the workbook's database upgrades and when older exchange files are read.
import { NOT_APPLICABLE } from '../rules/steps.ts';
import { canonicalJson } from './canonical.ts';
import { sha256Hex } from './hashing.ts';

type Json = Record<string, unknown>;

const isObject = (x: unknown): x is Json => x !== null && typeof x === 'object' && !Array.isArray(x);

/** The interview location earlier versions wrote for EngTech and ICTTech (not the guide's capitals). */
const OLD_NOT_APPLICABLE = 'Not applicable';

/**
 * Earlier versions kept `{consulted: boolean, date, adviser}` and called only PRAs advisers.
 * A tick meant "yes, a PRA"; no tick was never an answer, so it becomes unanswered.
 */
function restorePra(pra: unknown): unknown {
  if (!isObject(pra) || !('consulted' in pra) || 'answer' in pra) return pra;
  const { consulted, ...rest } = pra;
  const yes = consulted === true;
  return { ...rest, answer: yes ? 'yes' : '', who: yes ? 'pra' : '' };
}

function restorePanelling(panelling: unknown): unknown {
  if (!isObject(panelling) || panelling.interviewLocation !== OLD_NOT_APPLICABLE) return panelling;
  return { ...panelling, interviewLocation: NOT_APPLICABLE };
}

/** The content of an application or a snapshot, restored. */
function restoreContent(content: Json): Json {
  const next = { ...content };
  if ('pra' in content) next.pra = restorePra(content.pra);
  if ('panelling' in content) next.panelling = restorePanelling(content.panelling);
  return next;
}

const hashOf = (content: unknown): string => sha256Hex(canonicalJson(content));

/**
 * A snapshot with its content restored. When its recorded hash matched the old content, it is
 * recomputed for the new content (and noted in `rehashed`); a hash that did not match stays as
 * it was, so an altered snapshot is still reported as altered.
 */
function restoreSnapshot(snapshot: unknown, rehashed: Map<string, string>): unknown {
  if (!isObject(snapshot) || !isObject(snapshot.content)) return snapshot;
  const content = restoreContent(snapshot.content);
  if (canonicalJson(content) === canonicalJson(snapshot.content)) return snapshot;
  const intact = typeof snapshot.sha256 === 'string' && hashOf(snapshot.content) === snapshot.sha256;
  if (!intact) return { ...snapshot, content };
  const sha256 = hashOf(content);
  rehashed.set(snapshot.sha256 as string, sha256);
  return { ...snapshot, content, sha256 };
}

/** An application (as stored or read from a file) brought up to today's shape; anything else is returned as it is. */
export function restoreApplication<T>(raw: T): T {
  if (!isObject(raw)) return raw;
  const rehashed = new Map<string, string>();
  const app = restoreContent(raw);
  if ('lock' in raw) app.lock = raw.lock === null ? null : restoreSnapshot(raw.lock, rehashed);
  if (Array.isArray(raw.history)) {
    const history = raw.history.map((event: unknown) =>
      isObject(event) && event.type === 'unlocked' ? { ...event, snapshot: restoreSnapshot(event.snapshot, rehashed) } : event,
    );
    // The lock and submission events name the snapshot by its hash: follow it when it was recomputed.
    app.history = history.map((event: unknown) =>
      isObject(event) && typeof event.sha256 === 'string' && rehashed.has(event.sha256)
        ? { ...event, sha256: rehashed.get(event.sha256) }
        : event,
    );
  }
  return app as T;
}
