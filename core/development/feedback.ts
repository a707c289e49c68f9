// From panel feedback to a plan: each competence the panel asked to develop becomes a DAP goal
// with suggested actions and CPD ideas, in our own words; the applicant edits them from there.
// Also: which competences the evidence matrix flags (offered when adding a goal), and whether a
// draft kept for reapplication has gone stale.
import { isCalendarDate } from '../application/dates.ts';
import { COMPETENCES } from '../rules/standards.ts';
import type { AreaId, CategoryId, CompetenceCode, IsoDate, IsoTime } from '../types.ts';
import { STALE_DRAFT_YEARS } from './constants.ts';
import type { CoverageInput, CpdActivityType, DapGoal, DevelopmentPlan, PanelFeedback } from './types.ts';

interface Suggestion {
  action: string;
  evidence: string;
  cpd: { type: CpdActivityType; idea: string };
}

const BY_AREA: Record<AreaId, Suggestion> = {
  A: {
    action:
      'Agree with your mentor or manager where your knowledge falls short for this competence, then close the gap with a course or structured study.',
    evidence: 'A course record or study notes, and a piece of work where you used what you learned.',
    cpd: { type: 'training', idea: 'A course, module or structured reading that deepens the knowledge behind your work.' },
  },
  B: {
    action: 'Take on a design, investigation or problem-solving task you can own from the requirement to the result.',
    evidence: 'A design record, test report or problem report that shows your own reasoning and its outcome.',
    cpd: { type: 'work-experience', idea: 'A stretch task at work: own one design or investigation from start to finish.' },
  },
  C: {
    action: 'Ask to plan and run a piece of work: a work package, a budget, a supplier, or a small team.',
    evidence: 'A plan, budget or team you can name, with what you decided and how it turned out.',
    cpd: { type: 'work-experience', idea: 'Plan and lead a work package, or shadow someone who does and then take part of it on.' },
  },
  D: {
    action: 'Present your work to people outside your specialism, and lead a technical review or discussion.',
    evidence: 'A presentation, report or review you led, and what came of it.',
    cpd: { type: 'events', idea: 'Give a talk at a team briefing, an IET local network event or a school visit.' },
  },
  E: {
    action: 'Find a real situation in your work where this competence mattered, act on it, and write down what you did and why.',
    evidence: 'A written reflection on a real case from your work.',
    cpd: { type: 'self-study', idea: 'Read the relevant code or guidance and reflect on how it applies to your own work.' },
  },
};

// Area E competences differ enough to deserve their own suggestions.
const BY_E: Partial<Record<CompetenceCode, Suggestion>> = {
  E1: {
    action: 'Read the codes of conduct that apply to you and find where your work already follows them, or should.',
    evidence: 'A note linking parts of your work to the code, with one case you handled.',
    cpd: { type: 'self-study', idea: 'Study the IET Rules of Conduct and your employer’s code, and note where they touched your work.' },
  },
  E2: {
    action: 'Take part in, or lead, a risk assessment or safety review of work you do.',
    evidence: 'A risk assessment or safety review you contributed to, and what changed because of it.',
    cpd: { type: 'training', idea: 'A health and safety or risk assessment course relevant to your work.' },
  },
  E3: {
    action: 'Look at the environmental and social effects of a project you work on and propose one improvement.',
    evidence: 'A proposal or change with its effect on energy, materials, waste or people.',
    cpd: { type: 'training', idea: 'A course or talk on sustainable design in your field.' },
  },
  E4: {
    action: 'Plan your CPD for the coming year against your gaps, record it as you go and review it at the end.',
    evidence: 'Your CPD log with reflections, and this plan reviewed.',
    cpd: { type: 'self-study', idea: 'Set a yearly CPD target and review your log each quarter.' },
  },
  E5: {
    action: 'Think through an ethical question your work raised, or could raise, and how you acted or would act.',
    evidence: 'A written reflection on an ethical dilemma from your work.',
    cpd: { type: 'events', idea: 'An ethics talk or workshop, such as one run by a professional body.' },
  },
};

function suggestionFor(code: CompetenceCode): Suggestion {
  return BY_E[code] ?? BY_AREA[code.charAt(0) as AreaId];
}

/** A CPD idea aimed at a competence the panel asked to develop. */
interface CpdSuggestion {
  competence: CompetenceCode;
  type: CpdActivityType;
  idea: string;
}

/** What panel feedback turns into: new goals (competences already in a live goal are skipped) and CPD ideas. */
export interface FeedbackPlan {
  goals: DapGoal[];
  cpd: CpdSuggestion[];
  /** Competences left out because a live goal already covers them. */
  alreadyPlanned: CompetenceCode[];
  /** Codes the feedback names that this category does not have. */
  unknown: string[];
}

/** Turns the panel's feedback into DAP goals (one per competence) and CPD suggestions. */
export function planFromFeedback(
  feedback: PanelFeedback,
  category: CategoryId,
  plan: DevelopmentPlan,
  makeId: (n: number) => string,
): FeedbackPlan {
  const competences = COMPETENCES[category];
  const finished = (g: DapGoal) => g.actions.length > 0 && g.actions.every((a) => a.status === 'done');
  const planned = new Set(plan.goals.filter((g) => !g.dropped && !finished(g)).flatMap((g) => g.competences));
  const goals: DapGoal[] = [];
  const cpd: CpdSuggestion[] = [];
  const alreadyPlanned: CompetenceCode[] = [];
  const unknown: string[] = [];
  let n = 0;
  for (const code of [...new Set(feedback.competences)]) {
    const competence = competences.find((c) => c.code === code);
    if (!competence) {
      unknown.push(code);
      continue;
    }
    const s = suggestionFor(code);
    cpd.push({ competence: code, type: s.cpd.type, idea: s.cpd.idea });
    if (planned.has(code)) {
      alreadyPlanned.push(code);
      continue;
    }
    goals.push({
      id: makeId(n++),
      title: `Develop ${code}: ${competence.summary}`,
      competences: [code],
      actions: [{ id: makeId(n++), what: s.action, targetDate: '', evidence: s.evidence, status: 'not-started', doneOn: '' }],
      dropped: false,
      source: { kind: 'feedback', feedbackId: feedback.id },
    });
  }
  return { goals, cpd, alreadyPlanned, unknown };
}

/** Competences with no or thin evidence, or evidence only below the level, with their reasons: offered first when adding a goal. */
export function thinCompetences(coverage: readonly CoverageInput[]): CoverageInput[] {
  return coverage.filter((c) => c.strength !== 'enough' || c.belowLevel);
}

/** Whether a draft kept for reapplication is stale: last changed more than two years before `today`. */
export function staleDraft(updatedAt: IsoTime, today: IsoDate): { stale: boolean; lastChanged: IsoDate } {
  const lastChanged = updatedAt.slice(0, 10);
  if (!isCalendarDate(lastChanged) || !isCalendarDate(today)) return { stale: false, lastChanged };
  const [y, m, d] = today.split('-');
  // Two years back from today; 29 February falls back to 28 February.
  let cutoff = `${String(Number(y) - STALE_DRAFT_YEARS).padStart(4, '0')}-${m}-${d}`;
  if (!isCalendarDate(cutoff)) cutoff = `${cutoff.slice(0, 8)}28`;
  return { stale: lastChanged < cutoff, lastChanged };
}
