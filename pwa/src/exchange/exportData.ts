// Building the export files from what the workbook stores: each document read, hashed and
// encoded one at a time, the file made as the parts of one Blob (core/exchange/write.ts), and
// read back as an import would before it is offered.
import { exportProblems, verifyWritten } from '../../../core/exchange/export-check.ts';
import type { ExchangeIssue } from '../../../core/exchange/issues.ts';
import { EXCHANGE_LIMITS, fileTooLarge } from '../../../core/exchange/limits.ts';
import {
  type EncodedAttachment,
  encodeAttachment,
  type WrittenFile,
  writeApplicationHtml,
  writeWorkbookJson,
} from '../../../core/exchange/write.ts';
import type { Application, RulesInForce } from '../../../core/types.ts';
import {
  backupContents,
  commentsByApplication,
  developmentByApplication,
  filesFor,
  recordBackup,
  type StoredFile,
} from '../db/exchange.ts';

/** A file ready to save, or what would stop it from being read back (then nothing is saved). */
export type Built = { ok: true; blob: Blob } | { ok: false; problems: (ExchangeIssue & { application?: string })[] };

const sizesOf = (files: ReadonlyMap<string, StoredFile>) => new Map([...files].map(([id, f]) => [id, { name: f.name, size: f.blob.size }]));

/** Every document encoded, one at a time: only one document's bytes are held at once. */
async function encodeAll(files: ReadonlyMap<string, StoredFile>): Promise<Map<string, EncodedAttachment>> {
  const out = new Map<string, EncodedAttachment>();
  for (const [id, file] of files) {
    out.set(id, await encodeAttachment({ name: file.name, mime: file.mime, bytes: new Uint8Array(await file.blob.arrayBuffer()) }));
  }
  return out;
}

/** The written file as a Blob, once it is known to read back; what an import would refuse otherwise. */
function checked(written: WrittenFile, type: string): Built {
  if (written.chars > EXCHANGE_LIMITS.maxFileChars) return { ok: false, problems: [fileTooLarge(written.chars, EXCHANGE_LIMITS)] };
  const errors = verifyWritten(written.text, EXCHANGE_LIMITS, written.known);
  if (errors.length > 0) {
    return { ok: false, problems: errors.map((e) => ({ ...e, message: `${e.message} (found when checking the file before saving it)` })) };
  }
  return { ok: true, blob: new Blob(written.parts as BlobPart[], { type }) };
}

/** Where this workbook is open (for the mentor's instructions in the file); null off the web (e.g. a test page). */
function workbookAddress(): string | null {
  if (typeof location === 'undefined' || !/^https?:$/.test(location.protocol)) return null;
  return location.origin + location.pathname;
}

/** The self-contained .html export of one application, with its mentor comments and the rules in force, checked to read back. */
export async function applicationHtml(app: Application, rules: RulesInForce): Promise<Built> {
  const comments = (await commentsByApplication()).get(app.id) ?? [];
  const files = await filesFor([app]);
  const problems = exportProblems([app], sizesOf(files));
  if (problems.length > 0) return { ok: false, problems };
  const development = (await developmentByApplication()).get(app.id);
  const { exportCoverage } = await import('../evidence/forExport.ts');
  const coverage = exportCoverage(app);
  return checked(
    writeApplicationHtml(app, await encodeAll(files), { rules, comments, development, coverage, workbookUrl: workbookAddress() }),
    'text/html',
  );
}

/**
 * The JSON backup of the whole workbook (applications, their mentor comments, mentor-mode
 * reviews), checked to read back; records when it was taken only if it can be saved.
 */
export async function workbookBackup(now = new Date()): Promise<Built> {
  const { applications: apps, ...extras } = await backupContents();
  const files = await filesFor(apps);
  const problems = exportProblems(apps, sizesOf(files));
  if (problems.length > 0) return { ok: false, problems };
  const built = checked(writeWorkbookJson(apps, await encodeAll(files), now.toISOString(), extras), 'application/json');
  if (built.ok) await recordBackup(now.toISOString());
  return built;
}
