// One review: the applicant's file read-only, the mentor's comments beside the parts they are
// about (kept as typed), the documents viewable, and a download bar that stays in sight.
import { useSignal } from '@preact/signals';
import { useRef, useState } from 'preact/hooks';
import { againstOf, sameAnchor } from '../../../core/exchange/anchors.ts';
import { base64ToBytes } from '../../../core/exchange/base64.ts';
import { INLINE_IMAGE_TYPES } from '../../../core/exchange/escape.ts';
import { recordedRulesInForce } from '../../../core/exchange/format.ts';
import { downloadLabel, MENTOR_WORDS } from '../../../core/exchange/mentor-words.ts';
import { serializeReview } from '../../../core/exchange/review.ts';
import type { Anchor, ReviewComment } from '../../../core/exchange/review-types.ts';
import type { DocumentRef } from '../../../core/types.ts';
import { notDownloaded, type ReviewStatus } from '../db/reviewSummary.ts';
import { liveReview, liveReviewStatus, markDownloaded, type ReviewRow, saveComments, saveMentorName, saveTyping } from '../db/reviews.ts';
import { guardedWrite } from '../db/status.ts';
import { ApplicationReader } from '../exchange/ApplicationReader.tsx';
import { Composer, type Drafts } from '../exchange/Composer.tsx';
import { download, safeFileName, today } from '../exchange/files.ts';
import { when } from '../exchange/ui.tsx';
import { previewBytes } from '../screens/openFile.ts';
import { useLive } from '../state/live.ts';
import { hrefFor, navigate } from '../state/route.ts';
import { TextField } from '../ui/fields.tsx';
import { LeaveWarning } from './LeaveWarning.tsx';
import { RulesNote } from './RulesNote.tsx';
import { takeReopened } from './reopened.ts';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 's'}`;

export function ReviewPage({ id }: { id: string }) {
  const row = useLive(() => liveReview(id), [id], undefined as ReviewRow | null | undefined);
  const status = useLive(() => liveReviewStatus(id), [id], undefined as ReviewStatus | null | undefined);
  if (row.value === undefined || status.value === undefined) return <p class="loading">Loading…</p>;
  if (row.value === null || status.value === null) {
    return (
      <section aria-labelledby="screen-title">
        <h2 id="screen-title" tabIndex={-1}>
          Review not found
        </h2>
        <p>
          This review is not in this browser (it may have been deleted, or made in another browser).{' '}
          <a href={hrefFor({ name: 'reviews' })}>Back to {MENTOR_WORDS.inProgress}</a>
        </p>
      </section>
    );
  }
  return <Review row={row.value} status={status.value} />;
}

function Review({ row, status }: { row: ReviewRow; status: ReviewStatus }) {
  const notice = useSignal('');
  // Said once, on arriving from the same file opened again.
  const [again] = useState(() => takeReopened(row.id));
  const blocked = useSignal('');
  const drafts = useRef<Drafts>(new Map()).current;
  // The field shows what was typed, not the stored echo (which arrives a moment later).
  const name = useSignal<string | null>(null);
  const { source, review } = row.data;
  const app = source.application;
  const mentor = name.value ?? review.mentor;
  const comments = review.comments;
  const unsent = notDownloaded(status);
  // The mandatory marks follow the applicant's rules as the file records them.
  const rules = recordedRulesInForce(source.rules);

  const add = async (anchor: Anchor, text: string, section: string) => {
    const comment: ReviewComment = {
      id: crypto.randomUUID(),
      anchor,
      text,
      at: new Date().toISOString(),
      against: againstOf(app, anchor, source.development),
    };
    notice.value = '';
    await guardedWrite(() => saveComments(row.id, [...comments, comment], { typedIn: section }));
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
  const exportReview = async () => {
    if (unsavedDraft('download the review file')) return;
    blocked.value = '';
    if (!mentor.trim()) {
      notice.value = 'Add your name first: the applicant sees it with every comment.';
      return;
    }
    download(
      JSON.stringify(serializeReview({ ...review, mentor }), null, 1),
      `review-${safeFileName(app.name, 'application')}-${today()}.json`,
      'application/json',
    );
    if (await guardedWrite(() => markDownloaded(row.id))) {
      notice.value = `Review file downloaded with ${plural(comments.length, 'comment')}. Send it to the applicant.`;
    }
  };
  const imageFor = (ref: { blobId: string; mime: string }) => {
    const att = source.attachments[ref.blobId];
    return att && INLINE_IMAGE_TYPES.has(att.mime) ? `data:${att.mime};base64,${att.base64}` : null;
  };
  // Shown only as what its bytes are (PDF, PNG or JPEG), never as a page of the workbook; anything else downloads.
  const viewDocument = async (ref: DocumentRef) => {
    const att = source.attachments[ref.blobId];
    if (!att) {
      notice.value = `The file “${ref.name}” is not in the file you are reviewing.`;
      return;
    }
    notice.value = await previewBytes(new Blob([base64ToBytes(att.base64) as BlobPart]), ref.name);
  };
  const newSince = status.downloadedAt ? comments.filter((c) => c.at > status.downloadedAt!).length : comments.length;
  const barText = unsent
    ? status.downloadedAt
      ? newSince > 0
        ? `${plural(newSince, 'new comment')} since you downloaded it ${when(status.downloadedAt)}: download it again and send it.`
        : `Changed since you downloaded it ${when(status.downloadedAt)}: download it again and send it.`
      : `${plural(comments.length, 'comment')} not downloaded yet.`
    : status.downloadedAt
      ? `Downloaded ${when(status.downloadedAt)}, with every comment.`
      : 'No comments yet.';

  return (
    <section aria-labelledby="screen-title" class="mentor">
      <p>
        <a href={hrefFor({ name: 'reviews' })}>{MENTOR_WORDS.inProgress}</a>
      </p>
      <h2 id="screen-title" tabIndex={-1}>
        Reviewing: {app.name || 'Untitled application'}
      </h2>
      {again && (
        <p class="note" role="status">
          You already have a review of this file (exported {when(source.exportedAt)}): opened it, with your comments as you left them. A
          newer export of this application opens as a review of its own.
        </p>
      )}
      <p class="note">
        Read-only: you are looking at the applicant's exported file{app.personal.fullName ? ` (${app.personal.fullName})` : ''}. Your
        comments are saved in this browser as you type.
      </p>
      <TextField
        label="Your name, as the applicant will see it"
        value={mentor}
        onValue={(v) => {
          name.value = v;
          void guardedWrite(() => saveMentorName(row.id, v));
        }}
        autoComplete="name"
      />
      <h3>The applicant's file, with your comments</h3>
      <RulesNote rules={rules} app={app} recorded={source.rules !== undefined} />
      <ApplicationReader
        app={app}
        development={source.development}
        rules={rules}
        imageFor={imageFor}
        viewDocument={(ref) => void viewDocument(ref)}
        comments={(anchor) => {
          const mine = comments.filter((c) => sameAnchor(c.anchor, anchor));
          if (mine.length === 0) return null;
          return (
            <ul class="xc-comments" aria-label="Your comments here">
              {mine.map((c) => (
                <li key={c.id}>
                  <p class="xc-prose">{c.text}</p>
                  <p class="hint">
                    {mentor || 'You'}, {when(c.at)}{' '}
                    <button
                      type="button"
                      class="btn-quiet"
                      aria-label={`Delete comment: ${c.text.slice(0, 40)}`}
                      onClick={() =>
                        void guardedWrite(() =>
                          saveComments(
                            row.id,
                            comments.filter((x) => x.id !== c.id),
                          ),
                        )
                      }
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
          <Composer
            section={section}
            options={options}
            onAdd={(anchor, text) => add(anchor, text, section)}
            drafts={drafts}
            onClose={() => (blocked.value = '')}
            saved={status.typing[section] ?? null}
            onTyping={(typed) => void guardedWrite(() => saveTyping(row.id, section, typed))}
          />
        )}
      />
      <section class="review-bar" aria-label="Download the review">
        <p class={unsent ? 'review-unsent' : undefined}>{barText}</p>
        {blocked.value && (
          <p class="problem" role="alert">
            {blocked.value}
          </p>
        )}
        <p role="status">{notice.value}</p>
        <p class="actions">
          <button type="button" class="btn-primary" onClick={() => void exportReview()}>
            {downloadLabel(comments.length)}
          </button>
          <button type="button" onClick={() => navigate({ name: 'reviews' })}>
            Close the review
          </button>
        </p>
      </section>
      <LeaveWarning
        unsent={unsent}
        what={`${plural(comments.length, 'comment')} in this review ${comments.length === 1 ? 'is' : 'are'} not in a downloaded review file yet.`}
      />
    </section>
  );
}
