// Mentor comments on one part of an application, for any workbook screen to show beside that
// part (e.g. under a role's Personal Achievements on the career history screen).

import type { Signal } from '@preact/signals';
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useRef } from 'preact/hooks';
import { sameAnchor } from '../../../core/exchange/anchors.ts';
import type { Anchor } from '../../../core/exchange/review-types.ts';
import type { Application } from '../../../core/types.ts';
import { type CommentRow, liveComments } from '../db/reviews.ts';
import { useLive } from '../state/live.ts';
import { AnchorComments } from './CommentItems.tsx';
import './exchange.css';

// A screen that shows many anchors reads the comments once and shares them (one query, not one per field).
const SharedComments = createContext<Signal<CommentRow[]> | null>(null);

/** Reads an application's mentor comments once for every CommentsFor inside it. */
export function CommentsProvider({ applicationId, children }: { applicationId: string; children: ComponentChildren }) {
  const rows = useLive(() => liveComments(applicationId), [applicationId], [] as CommentRow[]);
  return <SharedComments.Provider value={rows}>{children}</SharedComments.Provider>;
}

/** Every mentor comment row of the application, as read once by CommentsProvider ([] outside one). */
export function useSharedComments(): CommentRow[] {
  return useContext(SharedComments)?.value ?? NO_ROWS;
}
const NO_ROWS: CommentRow[] = [];

/** The open mentor comments on one anchor of the application (and those just resolved here); nothing when there are none. */
export function CommentsFor({ app, anchor }: { app: Application; anchor: Anchor }) {
  const shared = useContext(SharedComments);
  return shared ? <CommentList app={app} anchor={anchor} rows={shared.value} /> : <LiveCommentsFor app={app} anchor={anchor} />;
}

function LiveCommentsFor({ app, anchor }: { app: Application; anchor: Anchor }) {
  const rows = useLive(() => liveComments(app.id), [app.id], [] as CommentRow[]);
  return <CommentList app={app} anchor={anchor} rows={rows.value} />;
}

function CommentList({ app, anchor, rows }: { app: Application; anchor: Anchor; rows: CommentRow[] }) {
  // A comment resolved here stays (marked resolved, with Reopen) until the screen is left, so
  // focus stays on its button and a mistaken click can be undone.
  const seenOpen = useRef(new Set<string>()).current;
  const mine = rows.filter((r) => sameAnchor(r.data.comment.anchor, anchor));
  for (const r of mine) if (r.data.resolvedAt === null) seenOpen.add(r.id);
  return <AnchorComments app={app} anchor={anchor} rows={mine.filter((r) => seenOpen.has(r.id))} />;
}
