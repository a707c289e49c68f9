// Mentor comments on one part of an application, for any workbook screen to show beside that
// part (e.g. under a role's Personal Achievements on the career history screen).
import type { Application } from '../../../core/types.ts';
import { anchorLabel, sameAnchor, type Anchor } from '../../../core/exchange/index.ts';
import { useLive } from '../state/live.ts';
import { CommentItem } from './ApplicantReview.tsx';
import { liveComments, type CommentRow } from './reviews.ts';
import './exchange.css';

/** The open mentor comments on one anchor of the application; nothing when there are none. */
export function CommentsFor({ app, anchor }: { app: Application; anchor: Anchor }) {
  const rows = useLive(() => liveComments(app.id), [app.id], [] as CommentRow[]);
  const here = rows.value.filter((r) => r.data.resolvedAt === null && sameAnchor(r.data.comment.anchor, anchor));
  if (here.length === 0) return null;
  return (
    <ul class="xc-comments" aria-label={`Mentor comments on ${anchorLabel(app, anchor)}`}>
      {here.map((r) => (
        <CommentItem key={r.id} row={r} app={app} />
      ))}
    </ul>
  );
}
