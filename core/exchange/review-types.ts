// The shapes of a mentor review: what a comment is anchored to, the comment, the review, and a
// comment as the applicant's workbook keeps it.
import type { Application, ChecklistItemId, CompetenceCode, DocumentTypeId, IsoTime } from '../types.ts';

/** The format name of a mentor's review file. */
export const REVIEW_FORMAT = 'proreg-companion/review';

/** The most of the anchored text a comment carries to show what it was written against. */
export const EXCERPT_CHARS = 10_000;

export const ROLE_FIELDS = ['employer', 'title', 'dates', 'responsibilities', 'achievements', 'competences'] as const;
export type RoleField = (typeof ROLE_FIELDS)[number];

/** What a comment is about. */
export type Anchor =
  | { kind: 'application' }
  | { kind: 'role'; roleId: string; field: RoleField }
  | { kind: 'checklist'; itemId: ChecklistItemId }
  | { kind: 'competence'; code: CompetenceCode }
  | { kind: 'document'; typeId: DocumentTypeId }
  // The development record (format 3 on): a CPD activity, a goal of the action plan, a practised interview answer.
  | { kind: 'cpd'; entryId: string }
  | { kind: 'goal'; goalId: string }
  | { kind: 'answer'; questionId: string }
  /** One cell of the coverage matrix: a competence in one role (added within review format 1, like the three above). */
  | { kind: 'coverage'; code: CompetenceCode; roleId: string };

export interface ReviewComment {
  id: string;
  anchor: Anchor;
  text: string;
  at: IsoTime;
  /** The anchored text when the comment was written: its hash, and the text itself (cut at EXCERPT_CHARS). */
  against: { sha256: string; excerpt: string };
}

export interface Review {
  id: string;
  mentor: string;
  createdAt: IsoTime;
  application: { id: string; name: string; category: Application['category']; route: Application['route'] };
  comments: ReviewComment[];
}

/** A mentor comment as the applicant's workbook keeps it (the comments table's data). */
export interface ImportedComment {
  reviewId: string;
  mentor: string;
  exportedAt: IsoTime;
  comment: ReviewComment;
  resolvedAt: IsoTime | null;
}
