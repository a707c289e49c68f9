// Gathering an application's bytes from the workbook and building the export files.

import { exportProblems, verifyWritten } from '../../../core/exchange/export-check.ts';
import { type AttachmentBytes, serializeWorkbook } from '../../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import type { ExchangeIssue } from '../../../core/exchange/issues.ts';
import type { Application, Limits } from '../../../core/types.ts';
import { backupContents, bytesFor, commentsByApplication, developmentByApplication, recordBackup } from '../db/exchange.ts';

/** A file ready to save, or what would stop it from being read back (then nothing is saved). */
export type Built = { ok: true; text: string } | { ok: false; problems: (ExchangeIssue & { application?: string })[] };

const sizesOf = (bytes: ReadonlyMap<string, AttachmentBytes>) =>
  new Map([...bytes].map(([id, b]) => [id, { name: b.name, size: b.bytes.length }]));

/** Builds the text, then reads it back as an import would; refuses anything an import would refuse. */
function buildChecked(build: () => string): Built {
  let text: string;
  try {
    text = build();
  } catch (error) {
    // The browser's longest string is about 512 million characters: far beyond the file limit.
    if (error instanceof RangeError)
      return {
        ok: false,
        problems: [
          {
            path: '',
            message:
              'This is too large to be written as one file. Remove documents you no longer need, or export the applications one at a time.',
            detail: error.message,
          },
        ],
      };
    throw error;
  }
  const errors = verifyWritten(text);
  if (errors.length > 0) {
    return { ok: false, problems: errors.map((e) => ({ ...e, message: `${e.message} (found when checking the file before saving it)` })) };
  }
  return { ok: true, text };
}

/** The self-contained .html export of one application, with its mentor comments, checked to read back. */
export async function applicationHtml(app: Application, limits: Limits): Promise<Built> {
  const comments = (await commentsByApplication()).get(app.id) ?? [];
  const bytes = await bytesFor([app]);
  const problems = exportProblems([app], sizesOf(bytes));
  if (problems.length > 0) return { ok: false, problems };
  const development = (await developmentByApplication()).get(app.id);
  return buildChecked(() => renderApplicationHtml(app, bytes, { limits, comments, development }));
}

/**
 * The JSON backup of the whole workbook (applications, their mentor comments, mentor-mode
 * reviews), checked to read back; records when it was taken only if it can be saved.
 */
export async function workbookBackup(now = new Date()): Promise<Built> {
  const { applications: apps, ...extras } = await backupContents();
  const bytes = await bytesFor(apps);
  const problems = exportProblems(apps, sizesOf(bytes));
  if (problems.length > 0) return { ok: false, problems };
  const built = buildChecked(() => JSON.stringify(serializeWorkbook(apps, bytes, now.toISOString(), extras)));
  if (built.ok) await recordBackup(now.toISOString());
  return built;
}
