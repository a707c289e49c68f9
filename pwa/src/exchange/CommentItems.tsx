// Mentor comments as the applicant sees them: who wrote each, where it belongs, whether the text
// has changed since, and a button to resolve (or reopen) it.
import { useContext } from 'preact/hooks';
import { anchorLabel, isOutdated } from '../../../core/exchange/anchors.ts';
import type { Anchor } from '../../../core/exchange/review-types.ts';
import type { Application } from '../../../core/types.ts';
import { type CommentRow, setResolved } from '../db/reviews.ts';
import { formatDateTime as when } from '../ui/format.ts';
import { DevelopmentContext } from './developmentContext.ts';

/** The given comments on one anchor, as a list named for that part; nothing when there are none. */
export function AnchorComments({ app, anchor, rows }: { app: Application; anchor: Anchor; rows: CommentRow[] }) {
  const development = useContext(DevelopmentContext);
  if (rows.length === 0) return null;
  return (
    <ul class="xc-comments" aria-label={`Mentor comments on ${anchorLabel(app, anchor, development)}`}>
      {rows.map((r) => (
        <CommentItem key={r.id} row={r} app={app} />
      ))}
    </ul>
  );
}

export function CommentItem({ row, app }: { row: CommentRow; app: Application }) {
  const { comment, mentor, resolvedAt } = row.data;
  const development = useContext(DevelopmentContext);
  const outdated = isOutdated(app, comment, development);
  return (
    <li class={`xc-comment${outdated ? ' outdated' : ''}${resolvedAt ? ' resolved' : ''}`}>
      <p class="hint">
        {mentor || 'Mentor'}, {when(comment.at)} · {anchorLabel(app, comment.anchor, development)}
        {outdated && <strong class="xc-flag"> · Outdated: the text has changed since this comment was written</strong>}
        {resolvedAt && <span> · Resolved {when(resolvedAt)}</span>}
      </p>
      <p class="xc-prose">{comment.text}</p>
      {outdated && (
        <details>
          <summary>The text it was written against</summary>
          <p class="xc-prose xc-against">{comment.against.excerpt || '(empty)'}</p>
        </details>
      )}
      <button
        type="button"
        aria-label={`${resolvedAt ? 'Reopen' : 'Resolve'} comment: ${comment.text.slice(0, 40)}`}
        onClick={() => void setResolved(row, resolvedAt === null)}
      >
        {resolvedAt ? 'Reopen' : 'Resolve'}
      </button>
    </li>
  );
}
