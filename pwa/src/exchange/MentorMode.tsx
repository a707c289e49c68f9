// Mentor mode: open someone's exported application read-only, comment on its parts, and send
// back a small review file. Reviews live in their own table, apart from one's own applications.
import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { againstOf, sameAnchor } from '../../../core/exchange/anchors.ts';
import { INLINE_IMAGE_TYPES } from '../../../core/exchange/escape.ts';
import { recordedRulesInForce } from '../../../core/exchange/format.ts';
import type { ExchangeIssue } from '../../../core/exchange/issues.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import { serializeReview } from '../../../core/exchange/review.ts';
import type { Anchor, Review } from '../../../core/exchange/review-types.ts';
import { provenanceWords, ruleRows, ruleValueWords } from '../../../core/rules/rule-list.ts';
import type { Application, RulesInForce } from '../../../core/types.ts';
import { deleteReview, liveReview, liveReviews, type ReviewRow, saveReview, startReview } from '../db/reviews.ts';
import { useLive } from '../state/live.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { TextField } from '../ui/fields.tsx';
import { ApplicationReader } from './ApplicationReader.tsx';
import { Composer, type Drafts } from './Composer.tsx';
import { download, readFileText, safeFileName, today } from './files.ts';
import { FilePicker, IssueList, ProgressBar, when } from './ui.tsx';

export function MentorMode() {
  const openId = useSignal<string | null>(null);
  const reading = useSignal<number | null>(null);
  const errors = useSignal<ExchangeIssue[]>([]);
  const reviews = useLive(() => liveReviews(), [], [] as ReviewRow[]);

  const open = async (file: File) => {
    errors.value = [];
    reading.value = 0;
    try {
      const text = await readFileText(file, (f) => (reading.value = f));
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
      // The name given in the latest review is the likeliest; it can be changed in the review.
      openId.value = await startReview(parsed.value.file, reviews.value[0]?.data.review.mentor ?? '');
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

  if (openId.value) return <MentorReview id={openId.value} onClose={() => (openId.value = null)} />;
  return (
    <section aria-labelledby="xc-mentor">
      <h3 id="xc-mentor">Mentor mode: review someone else's application</h3>
      <p>
        Open the file an applicant sent you. It opens read-only and is kept apart from your own applications. Add your comments, then send
        back the small review file.
      </p>
      <FilePicker
        label="Open an application to review"
        hint="An exported application (.html or .json)."
        accept=".html,.htm,.json,text/html,application/json"
        onFile={open}
        disabled={reading.value !== null}
      />
      {reading.value !== null && <ProgressBar label="Reading the file" fraction={reading.value} />}
      <IssueList issues={errors.value} title="This file cannot be reviewed:" tone="error" />
      {reviews.value.length > 0 && (
        <>
          <h4>Your reviews</h4>
          <ul>
            {reviews.value.map((row) => (
              <ReviewItem key={row.id} row={row} onOpen={() => (openId.value = row.id)} />
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function ReviewItem({ row, onOpen }: { row: ReviewRow; onOpen(): void }) {
  const confirming = useSignal(false);
  const { review } = row.data;
  const title = `${review.application.name} (${review.application.category})`;
  return (
    <li>
      Review of {title}: {review.comments.length} comment{review.comments.length === 1 ? '' : 's'}, last changed {when(row.updatedAt)}{' '}
      <button type="button" aria-label={`Open review of ${title}`} onClick={onOpen}>
        Open
      </button>
      <button type="button" aria-label={`Delete review of ${title}`} onClick={() => (confirming.value = true)}>
        Delete
      </button>
      {confirming.value && (
        <ConfirmDialog
          title={`Delete the review of ${title}?`}
          confirmLabel="Delete review"
          onConfirm={() => void deleteReview(row.id)}
          onCancel={() => (confirming.value = false)}
        >
          <p>Your comments in it are removed from this device. The applicant's file is not affected.</p>
        </ConfirmDialog>
      )}
    </li>
  );
}

function MentorReview({ id, onClose }: { id: string; onClose(): void }) {
  const row = useLive(() => liveReview(id), [id], undefined as ReviewRow | null | undefined);
  const notice = useSignal('');
  const blocked = useSignal('');
  const drafts = useRef<Drafts>(new Map()).current;
  // The name is typed here and saved as typed; the field shows what was typed, not the stored echo.
  const name = useSignal<string | null>(null);
  const current = row.value;
  if (current === undefined) return <p>Loading…</p>;
  if (current === null) {
    return (
      <p>
        This review is no longer here.{' '}
        <button type="button" onClick={onClose}>
          Back to mentor mode
        </button>
      </p>
    );
  }
  const { source, review } = current.data;
  const app = source.application;
  const update = (next: Review) => saveReview(current, { ...next, mentor: name.value ?? next.mentor });
  const add = async (anchor: Anchor, text: string) => {
    await update({
      ...review,
      comments: [
        ...review.comments,
        { id: crypto.randomUUID(), anchor, text, at: new Date().toISOString(), against: againstOf(app, anchor, source.development) },
      ],
    });
  };
  // A comment still being written is neither sent nor thrown away: say so and take the mentor to it.
  const unsavedDraft = (then: string) => {
    const [first] = drafts;
    if (!first) return false;
    const [section, draft] = first;
    notice.value = '';
    blocked.value = `Your comment about ${section} is not saved yet: save or cancel it first, then ${then}.`;
    draft.focus();
    return true;
  };
  const close = () => {
    if (!unsavedDraft('close the review')) onClose();
  };
  const exportReview = () => {
    if (unsavedDraft('download the review file')) return;
    blocked.value = '';
    const mentor = name.value ?? review.mentor;
    if (!mentor.trim()) {
      notice.value = 'Add your name first: the applicant sees it with every comment.';
      return;
    }
    download(
      JSON.stringify(serializeReview({ ...review, mentor }), null, 1),
      `review-${safeFileName(app.name, 'application')}-${today()}.json`,
      'application/json',
    );
    notice.value = `Review file downloaded with ${review.comments.length} comment${review.comments.length === 1 ? '' : 's'}. Send it to the applicant.`;
  };
  const imageFor = (ref: { blobId: string; mime: string }) => {
    const att = source.attachments[ref.blobId];
    return att && INLINE_IMAGE_TYPES.has(att.mime) ? `data:${att.mime};base64,${att.base64}` : null;
  };
  return (
    <section aria-labelledby="xc-review-title">
      <h3 id="xc-review-title">Reviewing: {app.name || 'Untitled application'}</h3>
      <p class="note">Read-only: you are looking at the applicant's exported file. Only your comments are saved, in this review.</p>
      <TextField
        label="Your name, as the applicant will see it"
        value={name.value ?? review.mentor}
        onValue={(v) => {
          name.value = v;
          void update(review);
        }}
        autoComplete="name"
      />
      <p>
        <button type="button" onClick={exportReview}>
          Download the review file
        </button>
        <button type="button" onClick={close}>
          Close the review
        </button>
      </p>
      <p role="status">{notice.value}</p>
      {blocked.value && (
        <p class="problem" role="alert">
          {blocked.value}
        </p>
      )}
      <RulesNote rules={recordedRulesInForce(source.rules)} app={app} recorded={source.rules !== undefined} />
      <ApplicationReader
        app={app}
        development={source.development}
        rules={recordedRulesInForce(source.rules)}
        imageFor={imageFor}
        comments={(anchor) => {
          const mine = review.comments.filter((c) => sameAnchor(c.anchor, anchor));
          if (mine.length === 0) return null;
          return (
            <ul class="xc-comments" aria-label="Your comments here">
              {mine.map((c) => (
                <li key={c.id}>
                  <p class="xc-prose">{c.text}</p>
                  <p class="hint">
                    {(name.value ?? review.mentor) || 'You'}, {when(c.at)}{' '}
                    <button
                      type="button"
                      aria-label={`Delete comment: ${c.text.slice(0, 40)}`}
                      onClick={() => void update({ ...review, comments: review.comments.filter((x) => x.id !== c.id) })}
                    >
                      Delete
                    </button>
                  </p>
                </li>
              ))}
            </ul>
          );
        }}
        composer={(section, options) => (
          <Composer section={section} options={options} onAdd={add} drafts={drafts} onClose={() => (blocked.value = '')} />
        )}
      />
    </section>
  );
}

/** Which of the assumed rules the applicant had changed when exporting: the mandatory marks below follow them. */
function RulesNote({ rules, app, recorded }: { rules: RulesInForce; app: Application; recorded: boolean }) {
  if (!recorded) {
    return (
      <p class="note">
        This file is from an older version that did not record the applicant's rules: the marks below follow your workbook's defaults.
      </p>
    );
  }
  const changed = ruleRows(rules, { where: { category: app.category, route: app.route } }).filter((r) => r.changed);
  if (changed.length === 0) {
    return <p class="note">The applicant kept the workbook's default rules: the marks below follow them.</p>;
  }
  return (
    <div class="note">
      <p>The applicant changed these rules, and the mandatory marks below follow them:</p>
      <ul>
        {changed.map((r) => (
          <li key={r.id}>
            {r.title}: {ruleValueWords(r)} ({provenanceWords(r)})
          </li>
        ))}
      </ul>
    </div>
  );
}
