// What a mentor comment on the development record points at: a CPD activity, a goal of the
// action plan, or a practised interview answer. The text is what the comment's hash is taken
// of, so a later change to that part marks the comment as written against an earlier text.

import { formatDay } from '../design/dates.ts';
import { activityLabel } from './constants.ts';
import type { DevelopmentData } from './data.ts';

type DevelopmentAnchor = { kind: 'cpd'; entryId: string } | { kind: 'goal'; goalId: string } | { kind: 'answer'; questionId: string };

/** The text of the part an anchor points at, or null when it is gone (or the record is not at hand). */
export function developmentAnchorText(anchor: DevelopmentAnchor, development: DevelopmentData | undefined): string | null {
  // Dates as stored: this is what comments' hashes were taken of, so its wording never changes.
  return partText(anchor, development, (date) => date);
}

/** The same part as a reader sees it, its dates written as the product writes them ("1 March 2026"). */
export function developmentReadText(anchor: DevelopmentAnchor, development: DevelopmentData | undefined): string | null {
  return partText(anchor, development, formatDay);
}

function partText(anchor: DevelopmentAnchor, development: DevelopmentData | undefined, day: (date: string) => string): string | null {
  if (!development) return null;
  switch (anchor.kind) {
    case 'cpd': {
      const e = development.cpd.find((x) => x.id === anchor.entryId);
      if (!e) return null;
      return [
        `${day(e.date)}, ${e.hours} h, ${activityLabel(e.type)}, ${e.planned ? 'planned' : 'unplanned'}: ${e.title}`,
        e.did,
        e.learned,
        e.apply,
        e.competences.join(', '),
      ]
        .filter(Boolean)
        .join('\n');
    }
    case 'goal': {
      const g = development.plan.goals.find((x) => x.id === anchor.goalId);
      if (!g) return null;
      return [
        `${g.title} (${g.competences.join(', ')})`,
        ...g.actions.map((a) => `${a.what}; by ${a.targetDate ? day(a.targetDate) : 'no date'}; evidence: ${a.evidence}; ${a.status}`),
      ].join('\n');
    }
    case 'answer': {
      const a = development.practice.find((x) => x.questionId === anchor.questionId);
      return a ? a.notes : null;
    }
  }
}

/** A short label for a development anchor, e.g. "CPD activity: Arc flash course (1 March 2025)". */
export function developmentAnchorLabel(anchor: DevelopmentAnchor, development: DevelopmentData | undefined): string {
  switch (anchor.kind) {
    case 'cpd': {
      const e = development?.cpd.find((x) => x.id === anchor.entryId);
      return e ? `CPD activity: ${e.title || e.did.slice(0, 60)} (${formatDay(e.date)})` : 'A CPD activity';
    }
    case 'goal': {
      const g = development?.plan.goals.find((x) => x.id === anchor.goalId);
      return g ? `Action plan goal: ${g.title}` : 'A goal of the action plan';
    }
    case 'answer': {
      const text = development?.practice.find((a) => a.questionId === anchor.questionId)?.question;
      return text ? `Interview answer notes: ${text.length > 80 ? `${text.slice(0, 79)}…` : text}` : 'Interview answer notes';
    }
  }
}
