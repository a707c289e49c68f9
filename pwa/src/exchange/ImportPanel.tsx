// Importing an exported application (.html/.json) or a workbook backup: read with progress,
// check, show what is wrong and where, ask about clashes, then write all or nothing.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { recordedRulesInForce } from '../../../core/exchange/format.ts';
import type { ExchangeIssue } from '../../../core/exchange/issues.ts';
import { EXCHANGE_LIMITS, fileTooLarge } from '../../../core/exchange/limits.ts';
import type { ParsedFile } from '../../../core/exchange/parse.ts';
import type { ReviewFile } from '../../../core/exchange/review.ts';
import { changedRules } from '../../../core/rules/adjustable.ts';
import { type RuleDifference, ruleDifferences, ruleValueWords } from '../../../core/rules/rule-list.ts';
import type { Application } from '../../../core/types.ts';
import { type ClashChoice, findClashes } from '../db/exchange.ts';
import { importReview, type ReviewImported } from '../db/reviews.ts';
import { describeStorageError, newerVersionElsewhere, WritesStopped } from '../db/status.ts';
import { readApplication } from '../db/store.ts';
import { closeDraft, flushAll } from '../state/draft.ts';
import { hrefFor } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { AttachmentRefused } from './decode.ts';
import { entriesOf, reviewsOf, workbookIsNewer } from './importData.ts';
import { readImport, storeImport } from './importFile.ts';
import { importedWords } from './reviewWords.ts';
import { FilePicker, IssueList, ProgressBar, when } from './ui.tsx';

type Phase =
  | { name: 'idle' }
  | { name: 'review'; file: ReviewFile; app: Application | null; imported: ReviewImported | null }
  | { name: 'reading'; fraction: number }
  | { name: 'checked'; parsed: ParsedFile; warnings: ExchangeIssue[]; clashes: Application[]; differing: RuleDifference[] }
  | { name: 'writing'; fraction: number }
  | { name: 'done'; ids: string[]; names: string[] };

export function ImportPanel() {
  const phase = useSignal<Phase>({ name: 'idle' });
  const errors = useSignal<ExchangeIssue[]>([]);
  const choice = useSignal<ClashChoice>('keep-both');
  // Whether the rules a backup records become the workbook's own (asked only when they differ).
  const adoptRules = useSignal(false);
  // The Import and Cancel buttons go away when pressed: focus moves to what follows (the outcome) or back to the picker.
  const section = useRef<HTMLElement>(null);
  const outcome = useRef<HTMLDivElement>(null);
  const focusNext = useRef<'outcome' | 'picker' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'outcome') outcome.current?.focus();
    if (focusNext.current === 'picker') section.current?.querySelector<HTMLElement>('input[type="file"]')?.focus();
    focusNext.current = null;
  });
  const cancel = () => {
    phase.value = { name: 'idle' };
    focusNext.current = 'picker';
  };

  const choose = async (file: File) => {
    errors.value = [];
    // A UTF-8 file has at most 3 bytes a character: beyond 3 × the limit it cannot fit, so say so before reading it.
    if (file.size > 3 * EXCHANGE_LIMITS.maxFileChars) {
      errors.value = [fileTooLarge(file.size, EXCHANGE_LIMITS)];
      return;
    }
    phase.value = { name: 'reading', fraction: 0 };
    try {
      const read = await readImport(file, (fraction) => (phase.value = { name: 'reading', fraction }));
      if ('review' in read) {
        // A mentor's review chosen here: offer to import it into the application it is about.
        const app = (await readApplication(read.review.review.application.id)) ?? null;
        phase.value = { name: 'review', file: read.review, app, imported: null };
        return;
      }
      if (!read.ok) {
        errors.value = read.errors;
        phase.value = { name: 'idle' };
        return;
      }
      const differing = backupRules(read.parsed) ? ruleDifferences(backupRules(read.parsed)!, rules.value) : [];
      // Restoring into a workbook whose rules were never changed (a new device): take the backup's; otherwise ask.
      const untouched = Object.keys(changedRules(rules.value).switches).length + Object.keys(changedRules(rules.value).limits).length === 0;
      adoptRules.value = differing.length > 0 && untouched;
      phase.value = {
        name: 'checked',
        parsed: read.parsed,
        warnings: read.warnings,
        clashes: await findClashes(entriesOf(read.parsed)),
        differing,
      };
    } catch (error) {
      errors.value = [
        {
          path: '',
          message:
            'The file could not be read. Nothing was changed. Try choosing it again; if it still fails, take a fresh copy of the file.',
          detail: error instanceof Error ? error.message : String(error),
        },
      ];
      phase.value = { name: 'idle' };
    }
  };

  const confirm = async () => {
    const current = phase.value;
    if (current.name !== 'checked') return;
    const entries = entriesOf(current.parsed);
    if (newerVersionElsewhere.value) {
      errors.value = [{ path: '', message: new WritesStopped().message }];
      return;
    }
    focusNext.current = 'outcome';
    try {
      await flushAll();
      phase.value = { name: 'writing', fraction: 0 };
      const recorded = adoptRules.value && current.differing.length > 0 ? backupRules(current.parsed) : undefined;
      const outcome = await storeImport(
        current.parsed,
        choice.value,
        (fraction) => (phase.value = { name: 'writing', fraction }),
        recorded && changedRules(recorded),
      );
      if (choice.value === 'replace') for (const app of current.clashes) closeDraft(app.id);
      phase.value = { name: 'done', ids: outcome.ids, names: entries.map((e) => e.application.name) };
    } catch (error) {
      if (error instanceof AttachmentRefused) {
        errors.value = [{ ...error.issue, message: `${error.issue.message} Nothing was changed in your workbook.` }];
      } else {
        // Our own refusals are plain Errors; storage failures get the workbook's usual explanation.
        const reason = error instanceof Error && error.name === 'Error' ? error.message : describeStorageError(error);
        errors.value = [{ path: '', message: `${reason} Nothing was changed in your workbook.` }];
      }
      phase.value = { name: 'idle' };
    }
  };

  const importReviewHere = async (file: ReviewFile, app: Application) => {
    focusNext.current = 'outcome';
    try {
      phase.value = { name: 'review', file, app, imported: await importReview(file, app) };
    } catch (error) {
      errors.value = [{ path: '', message: `${describeStorageError(error)} Nothing was changed in your workbook.` }];
    }
  };

  const p = phase.value;
  return (
    <section aria-labelledby="xc-import" ref={section}>
      <h3 id="xc-import">Import an application or a backup</h3>
      <p>
        Choose an application you exported (.html or .json) or a workbook backup (.json). The file is checked first; nothing in it runs, and
        nothing changes unless the whole file can be imported.
      </p>
      <FilePicker
        label="Choose a file to import"
        accept=".html,.htm,.json,text/html,application/json"
        onFile={choose}
        disabled={p.name === 'reading' || p.name === 'writing'}
      />
      {p.name === 'reading' && <ProgressBar label="Reading the file" fraction={p.fraction} />}
      <div ref={outcome} tabIndex={-1}>
        {p.name === 'writing' && <ProgressBar label="Importing the documents" fraction={p.fraction} />}
        <IssueList issues={errors.value} title="This file was not imported. What is wrong, and where:" tone="error" />
        {p.name === 'checked' && (
          // biome-ignore lint/a11y/useSemanticElements: a card with a heading and buttons, named by its heading; a fieldset would need a legend in place of the heading
          <div class="card" role="group" aria-labelledby="xc-import-summary">
            <h4 id="xc-import-summary">Ready to import</h4>
            {p.parsed.migratedFrom < p.parsed.file.version && (
              <p class="note">This file was made by an earlier version of ProReg Companion; it has been updated to the current format.</p>
            )}
            <ul>
              {entriesOf(p.parsed).map((e) => (
                <li key={e.application.id}>
                  {e.application.name} ({e.application.category}): {e.application.roles.length} role
                  {e.application.roles.length === 1 ? '' : 's'}, {Object.keys(e.application.documents).length} document
                  {Object.keys(e.application.documents).length === 1 ? '' : 's'}
                  {e.comments?.length ? `, ${e.comments.length} mentor comment${e.comments.length === 1 ? '' : 's'}` : ''}, last changed{' '}
                  {when(e.application.updatedAt)}
                </li>
              ))}
              {reviewsOf(p.parsed).length > 0 && <li>{reviewsOf(p.parsed).length} review(s) you made in mentor mode</li>}
            </ul>
            <IssueList issues={p.warnings} title="Please look at these before importing:" tone="warning" />
            {p.clashes.length > 0 && (
              <fieldset>
                <legend>
                  Already in your workbook: {p.clashes.map((a) => `${a.name} (last changed ${when(a.updatedAt)})`).join('; ')}
                </legend>
                {p.clashes
                  .map((a) => ({ stored: a, incoming: entriesOf(p.parsed).find((e) => e.application.id === a.id)!.application }))
                  .filter(({ stored, incoming }) => workbookIsNewer(stored, incoming))
                  .map(({ stored, incoming }) => (
                    <p class="problem" key={stored.id}>
                      Your workbook's copy of {stored.name} is newer than the one in this file: yours was last changed{' '}
                      {when(stored.updatedAt)}, the file's {when(incoming.updatedAt)}. Replacing it would overwrite your later changes;
                      choose Keep both unless you mean to go back to the file's version.
                    </p>
                  ))}
                <div class="field check">
                  <input
                    type="radio"
                    id="xc-clash-replace"
                    name="xc-clash"
                    checked={choice.value === 'replace'}
                    onChange={() => (choice.value = 'replace')}
                  />
                  <label for="xc-clash-replace">Replace it with the file's version</label>
                </div>
                <div class="field check">
                  <input
                    type="radio"
                    id="xc-clash-keep"
                    name="xc-clash"
                    checked={choice.value === 'keep-both'}
                    onChange={() => (choice.value = 'keep-both')}
                  />
                  <label for="xc-clash-keep">Keep both (the imported one is added as a copy)</label>
                </div>
              </fieldset>
            )}
            {p.differing.length > 0 && (
              <BackupRulesChoice differing={p.differing} adopt={adoptRules.value} onAdopt={(on) => (adoptRules.value = on)} />
            )}
            <button type="button" onClick={() => void confirm()}>
              {p.warnings.length > 0 ? 'Import anyway' : 'Import'}
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        )}
        {p.name === 'review' && (
          <ReviewChosen
            file={p.file}
            app={p.app}
            imported={p.imported}
            onImport={(app) => void importReviewHere(p.file, app)}
            onCancel={cancel}
          />
        )}
        {p.name === 'done' && (
          <div class="update" role="status">
            <p>Imported:</p>
            <ul>
              {p.ids.map((id, i) => (
                <li key={id}>
                  <a href={hrefFor({ name: 'app', id, screen: 'overview' })}>Open {p.names[i]}</a>
                </li>
              ))}
            </ul>
          </div>
        )}
      </div>
    </section>
  );
}

/** A mentor's review chosen in the main import box: say so, and import it into its application if that is in the workbook. */
function ReviewChosen({
  file,
  app,
  imported,
  onImport,
  onCancel,
}: {
  file: ReviewFile;
  app: Application | null;
  imported: ReviewImported | null;
  onImport(app: Application): void;
  onCancel(): void;
}) {
  const { review } = file;
  const n = review.comments.length;
  const about = `${review.application.name} (${review.application.category})`;
  const from = review.mentor || 'a mentor';
  if (imported !== null && app) {
    return (
      <div class="update" role="status">
        <p>
          {importedWords(imported, from, app.name)}{' '}
          <a href={hrefFor({ name: 'app', id: app.id, screen: 'exchange' })}>See the comments for {app.name}</a>
        </p>
      </div>
    );
  }
  return (
    // biome-ignore lint/a11y/useSemanticElements: a card with a heading and buttons, named by its heading; a fieldset would need a legend in place of the heading
    <div class="card" role="group" aria-labelledby="xc-review-chosen">
      <h4 id="xc-review-chosen">This is a mentor's review, not an application</h4>
      <p>
        {from} wrote {n} comment{n === 1 ? '' : 's'} on {about}. Reviews are imported into the application they are about, under its Export
        and review screen.
      </p>
      {app ? (
        <>
          <button type="button" onClick={() => onImport(app)}>
            Import the {n} comment{n === 1 ? '' : 's'} into {app.name}
          </button>
          <button type="button" onClick={onCancel}>
            Cancel
          </button>
        </>
      ) : (
        <p class="problem">
          That application is not in this workbook. Import the application (or restore your backup) first, then import the review again.
        </p>
      )}
    </div>
  );
}

/** The rules a backup records (files older than version 5 record none; a single application's are only for reading it). */
function backupRules(parsed: ParsedFile) {
  return parsed.kind === 'workbook' && parsed.file.rules ? recordedRulesInForce(parsed.file.rules) : undefined;
}

/** A backup whose rules differ from the workbook's: what differs, and whether to take the backup's. */
function BackupRulesChoice({ differing, adopt, onAdopt }: { differing: RuleDifference[]; adopt: boolean; onAdopt(on: boolean): void }) {
  return (
    <fieldset>
      <legend>This backup records rules that differ from your workbook's</legend>
      <ul>
        {differing.map(({ theirs, ours }) => (
          <li key={theirs.id}>
            {theirs.title}: {ruleValueWords(theirs)} in the backup, {ruleValueWords(ours)} in your workbook
          </li>
        ))}
      </ul>
      <div class="field check">
        <input
          type="checkbox"
          id="xc-adopt-rules"
          checked={adopt}
          onChange={(e) => onAdopt((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for="xc-adopt-rules">Use the backup's rules in this workbook (you can change them again on the Rules screen)</label>
      </div>
    </fieldset>
  );
}
