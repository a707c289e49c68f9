// A labelled paragraph for measuring suggestions: written by us (never copied), in the first
// person as an applicant would write a role, with the competences a reviewer would tag.
import type { CategoryId, CompetenceCode } from '../../../../core/types.ts';

export interface Sample {
  id: string;
  category: CategoryId;
  text: string;
  /** What a reviewer would tag; empty for a paragraph that evidences nothing. */
  codes: CompetenceCode[];
}
