// "Reviews": where a mentor opens an applicant's file and finds the reviews in progress, the ones
// with comments the applicant has not been sent first.
import { useSignal } from '@preact/signals';
import type { Tone } from '../../../core/design/vocabulary.ts';
import type { ExchangeIssue } from '../../../core/exchange/issues.ts';
import { MENTOR_WORDS } from '../../../core/exchange/mentor-words.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import { notDownloaded, type ReviewStatus, typingSomething } from '../db/reviewSummary.ts';
import { deleteReview, liveReviewList, type OpenedReview, openReview } from '../db/reviews.ts';
import { guardedWrite } from '../db/status.ts';
import { readFileText } from '../exchange/files.ts';
import { FilePicker, IssueList, ProgressBar, when } from '../exchange/ui.tsx';
import { useLive } from '../state/live.ts';
import { hrefFor, navigate } from '../state/route.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { Tag } from '../ui/Tag.tsx';
import { reopened } from './reopened.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function ReviewsList() {
  const reading = useSignal<number | null>(null);
  const errors = useSignal<ExchangeIssue[]>([]);
  const list = useLive(() => liveReviewList(), [], null as ReviewStatus[] | null);

  const open = async (file: File) => {
    errors.value = [];
    reading.value = 0;
    try {
      const text = await readFileText(file, (f) => (reading.value = f));
      // The same checks as an import: only a file that passes them is kept, as they return it.
      const parsed = parseExchangeFile(text);
      if (!parsed.ok) {
        errors.value = parsed.errors;
        return;
      }
      if (parsed.value.kind !== 'application') {
        errors.value = [
          {
            path: '',
            message: 'This is a backup of a whole workbook. Ask for the export of the one application you are to review (an .html file).',
          },
        ];
        return;
      }
      const source = parsed.value.file;
      const opened: OpenedReview = { id: '', already: false };
      if (await guardedWrite(async () => Object.assign(opened, await openReview(source)))) {
        // The same file again: its review, comments and all, never a second copy.
        if (opened.already) reopened.value = opened.id;
        navigate({ name: 'review', id: opened.id });
      }
    } catch (error) {
      errors.value = [
        {
          path: '',
          message: 'The file could not be opened. Try choosing it again; if it still fails, ask for a fresh copy of the file.',
          detail: error instanceof Error ? error.message : String(error),
        },
      ];
    } finally {
      reading.value = null;
    }
  };

  const reviews = list.value;
  const waiting = reviews?.filter(notDownloaded).length ?? 0;
  return (
    <section aria-labelledby="screen-title" class="mentor">
      <h2 id="screen-title" tabIndex={-1}>
        {MENTOR_WORDS.nav}
      </h2>
      <p>
        Review an application someone sent you as their mentor. It opens read-only, kept in this browser apart from any applications of your
        own, and your comments are saved as you type. When you are done, download the review and send it back.
      </p>
      <FilePicker
        label={MENTOR_WORDS.open}
        hint="The exported application the applicant sent you (.html or .json)."
        accept=".html,.htm,.json,text/html,application/json"
        onFile={open}
        disabled={reading.value !== null}
      />
      {reading.value !== null && <ProgressBar label="Reading the file" fraction={reading.value} />}
      <IssueList issues={errors.value} title="This file cannot be reviewed:" tone="error" />

      <h3 id="reviews-in-progress">{MENTOR_WORDS.inProgress}</h3>
      {reviews === null ? (
        <p class="loading">Loading…</p>
      ) : reviews.length === 0 ? (
        <p>None yet. Open an application above to start one.</p>
      ) : (
        <>
          <p>
            {plural(reviews.length, 'review')}
            {waiting > 0
              ? `; ${waiting} with changes the applicant has not been sent (listed first).`
              : '; every one downloaded since its last change.'}
          </p>
          <ul class="review-list" aria-labelledby="reviews-in-progress">
            {reviews.map((s) => (
              <ReviewItem key={s.id} status={s} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

/** Where the review stands, in a few words. */
function standing(s: ReviewStatus): { text: string; tone: Tone } {
  if (notDownloaded(s)) return { text: s.downloadedAt ? 'Changed since you downloaded it' : 'Not downloaded yet', tone: 'missing' };
  if (typingSomething(s)) return { text: 'A comment is not saved yet', tone: 'todo' };
  if (s.downloadedAt) return { text: `Downloaded ${when(s.downloadedAt)}`, tone: 'done' };
  return { text: 'No comments yet', tone: 'neutral' };
}

function ReviewItem({ status }: { status: ReviewStatus }) {
  const confirming = useSignal(false);
  const title = `${status.name || 'Untitled application'} (${status.category})`;
  const state = standing(status);
  return (
    <li class="review-item">
      <a href={hrefFor({ name: 'review', id: status.id })}>{title}</a>
      <Tag tone={state.tone}>{state.text}</Tag>
      <span class="hint">
        {status.applicant ? `${status.applicant} · ` : ''}
        {status.exportedAt ? `exported ${when(status.exportedAt)} · ` : ''}
        {plural(status.comments, 'comment')} · last changed {when(status.updatedAt)}
      </span>
      <button type="button" class="danger review-delete" aria-label={`Delete review of ${title}`} onClick={() => (confirming.value = true)}>
        Delete
      </button>
      {confirming.value && (
        <ConfirmDialog
          title={`Delete the review of ${title}?`}
          confirmLabel="Delete review"
          onConfirm={() => void guardedWrite(() => deleteReview(status.id))}
          onCancel={() => (confirming.value = false)}
        >
          <p>
            {notDownloaded(status)
              ? 'It has comments you have not downloaded: they are lost. '
              : 'Your comments in it are removed from this device. '}
            The applicant's file is not affected.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}
