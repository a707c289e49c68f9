// The shapes of the part of the workbook that carries an applicant from draft to interview and
// beyond: the CPD log, the Development Action Plan, the advice log, panel feedback and interview
// practice. Plain JSON, like everything in core/types.ts; none of it is in an Application yet.
import type { CompetenceCode, IsoDate, IsoTime, Provenance } from '../types.ts';

/** The six activity types of Career Manager's CPD records. */
export type CpdActivityType = 'training' | 'work-experience' | 'academic-study' | 'volunteering' | 'events' | 'self-study';

/** One CPD activity, with the reflection the Engineering Council's code asks for. */
export interface CpdEntry {
  id: string;
  date: IsoDate;
  /** Hours spent, a positive number (quarter hours and the like are fine). */
  hours: number;
  type: CpdActivityType;
  planned: boolean;
  /** A short name for the activity. */
  title: string;
  /** What I did. */
  did: string;
  /** What I learned. */
  learned: string;
  /** How I will use it. */
  apply: string;
  /** Competences it develops. */
  competences: CompetenceCode[];
}

/** The applicant's own CPD settings. */
export interface CpdSettings {
  /** Hours a year the applicant aims for (default: the IET's suggested 30). */
  targetHours: number;
  /** Month (1–12) a CPD year starts in; 1 = the calendar year. */
  yearStartMonth: number;
}

export type ActionStatus = 'not-started' | 'in-progress' | 'done';

/** One step towards a development goal. */
export interface DapAction {
  id: string;
  what: string;
  /** When it should be done by; '' when not set. */
  targetDate: IsoDate | '';
  /** The evidence it will produce (a report, a certificate, a role you can write about). */
  evidence: string;
  status: ActionStatus;
  /** When it was done; '' when not done or not recorded. */
  doneOn: IsoDate | '';
}

/** Where a goal came from. */
export type GoalSource = { kind: 'own' } | { kind: 'feedback'; feedbackId: string };

/** A development goal, linked to the competences it builds. */
export interface DapGoal {
  id: string;
  title: string;
  competences: CompetenceCode[];
  actions: DapAction[];
  /** Set by hand: a goal dropped on purpose stays in the plan for the record. */
  dropped: boolean;
  source: GoalSource;
}

/** The Development Action Plan: section 1 (achievements since the last plan) and section 2 (goals). */
export interface DevelopmentPlan {
  /** Since when section 1 counts achievements (the date of the last plan); '' when there was none. */
  since: IsoDate | '';
  achievements: string;
  goals: DapGoal[];
}

/** Who gave a piece of advice. */
export type AdviserKind = 'adviser' | 'industry-representative' | 'mentor' | 'supporter' | 'panel';

/** Which version of the application a piece of advice was about. */
export type AdviceVersion = { kind: 'export'; date: IsoDate } | { kind: 'lock'; sha256: string } | { kind: 'unknown' };

/** One piece of advice and what the applicant did about it. */
export interface AdviceEntry {
  id: string;
  who: AdviserKind;
  name: string;
  date: IsoDate;
  advice: string;
  version: AdviceVersion;
  /** What I did about it; '' while undecided. */
  response: string;
  /** Where it came from: typed in, or a mentor review comment (kept in step with it). */
  source: { kind: 'manual' } | { kind: 'review'; reviewId: string; commentId: string };
}

/** What an assessment panel sent back after an unsuccessful application. */
export interface PanelFeedback {
  id: string;
  date: IsoDate;
  /** Competences the panel asked the applicant to develop. */
  competences: CompetenceCode[];
  /** The panel's words, as the applicant received them. */
  text: string;
}

/** How one competence is evidenced (see coverage.ts): the small input goals and interview preparation need. */
export interface CoverageInput {
  code: CompetenceCode;
  /** none: no evidence; thin: evidence from fewer roles than panels like; enough: otherwise. */
  strength: 'none' | 'thin' | 'enough';
  /** Every passage that evidences it reads below the category's level. */
  belowLevel: boolean;
  /** Why it is not enough, in the evidence matrix's words; empty when it is. */
  reasons: string[];
}

/** The applicant's practice of one interview question. */
export interface PracticeAnswer {
  questionId: string;
  /** The question as it read when last practised (the deck changes with the application). */
  question: string;
  /** Notes on how to answer. */
  notes: string;
  /** Self-rating 1 (poor) – 4 (confident); null before rating. */
  rating: 1 | 2 | 3 | 4 | null;
  /** Marked to come back to. */
  revisit: boolean;
  /** How long the last spoken answer took, in seconds; null when untimed. */
  seconds: number | null;
  practisedAt: IsoTime;
}

/** A fact this part of the workbook relies on, with where it comes from. */
export interface DevelopmentFact {
  id: string;
  text: string;
  provenance: Provenance;
}
