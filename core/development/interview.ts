// Interview preparation: a deck of practice questions built from the applicant's own
// application. The templates are our own words; the interview itself is described in facts.ts
// (career history as the agenda, questions probing the competences). Four sections: each role's
// claims, each competence the evidence matrix flags (no evidence, one role only, below level),
// area E always, and general.
import { roleLabel } from '../application/text.ts';
import { COMPETENCES } from '../rules/standards.ts';
import type { Application, AreaId, CategoryId, Competence, CompetenceCode } from '../types.ts';
import { roleClaims, textTag } from './claims.ts';
import type { CoverageInput, CpdEntry, PracticeAnswer } from './types.ts';

export type QuestionSection = 'role' | 'competence' | 'area-e' | 'general';

/** One practice question. `id` is stable while what it was built from stays the same. */
export interface InterviewQuestion {
  id: string;
  section: QuestionSection;
  text: string;
  /** Why it is in the deck, e.g. "Role 2 (Acme): a claim in your achievements". */
  why: string;
  competences: CompetenceCode[];
  roleId?: string;
}

/** What each category is expected to do with work and people (C) and with safe systems (E2). */
const LEVEL: Record<CategoryId, { work: string; safety: string }> = {
  CEng: { work: 'led', safety: 'manage, apply and improve' },
  IEng: { work: 'managed', safety: 'manage, apply and improve' },
  EngTech: { work: 'took personal responsibility for or supervised', safety: 'apply' },
  ICTTech: { work: 'took personal responsibility for or supervised', safety: 'apply' },
};

/** The question templates, as data: {placeholders} are filled from the application. */
const QUESTION_TEMPLATES = {
  roleOverview:
    'Take us through your time as {title} at {employer}: what were you responsible for, who did you report to, and who relied on you?',
  roleClaim: 'You wrote: “{claim}” What exactly did you do yourself, what did others do, and how do you know it worked?',
  roleResult: 'Looking back on your work at {employer}, what would you do differently now, and why?',
  roleCompetence: 'You link your role at {employer} to {code} ({summary}). Give one specific example from that role.',
  competence: {
    A: '{code}: {summary} Describe a time your knowledge fell short of what a task needed. How did you close the gap, and how did it change your work?',
    B: '{code}: {summary} Walk us through a problem you worked on: the options, why you chose as you did, and how you checked the result.',
    C: '{code}: {summary} Tell us about work you {work}: the plan, the people and resources, what went wrong and what you did about it.',
    D: '{code}: {summary} Tell us about a time you had to win over people who did not share your technical background, or disagreed with you.',
    E: '{code}: {summary} Give an example from your own work.',
  } satisfies Record<AreaId, string>,
  competenceNone:
    'You have no evidence for {code} yet. Which part of your career would you use to show it, and what exactly did you do there?',
  competenceBelow:
    'At {category} level, {code} expects work you {work}. Which example shows you working at that level rather than helping someone who was?',
  areaE: {
    E1: 'Which codes of conduct apply to your work? Tell us about a time one of them changed what you did.',
    E2: 'Describe how you {safety} safe systems of work: a hazard you spotted or a risk assessment you took part in, and what changed because of it.',
    E3: 'Where does sustainability show up in your work? Give an example where you weighed environmental or social effects.',
    E4: 'How do you plan your professional development? What have you learned recently, and how have you used it?',
    E5: 'Tell us about an ethical question your work raised, or could raise. How did you, or would you, handle it?',
  } as Record<string, string>,
  areaEEthics: 'And how do you make sure you act ethically in your work? Give an example.',
  cpdRecent: 'Your CPD record includes “{title}”. What did you take from it, and where have you used it since?',
  generalWhy: 'Why are you applying for {category} now, and what will registration mean for your work?',
  generalPlan: 'What are your development plans for the next few years, and how will you know you are on track?',
} as const;

/** Fills {placeholders}; unknown ones are left as written so a mistake shows. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (Object.hasOwn(values, name) ? values[name]! : whole));
}

export interface DeckOptions {
  /** How each competence is evidenced: from the evidence matrix (coverage.ts). */
  coverage: readonly CoverageInput[];
  /** The CPD log: its most recent entry gives a personal CPD question. */
  cpd?: readonly CpdEntry[];
  /** Claims quoted per role. */
  claimsPerRole?: number;
}

/** Builds the practice deck: role, competence, area E and general questions, in that order. */
export function interviewDeck(app: Pick<Application, 'category' | 'roles'>, options: DeckOptions): InterviewQuestion[] {
  const competences = COMPETENCES[app.category];
  const level = LEVEL[app.category];
  const byCode = new Map(competences.map((c) => [c.code, c]));
  const deck: InterviewQuestion[] = [];

  app.roles.forEach((role, i) => {
    const label = roleLabel(role, i);
    const values = { title: role.title.trim() || 'your role', employer: role.employer.trim() || 'that employer' };
    deck.push({
      id: `role:${role.id}:overview`,
      section: 'role',
      text: fill(QUESTION_TEMPLATES.roleOverview, values),
      why: `${label}: the interviewers follow your career history`,
      competences: [],
      roleId: role.id,
    });
    for (const claim of roleClaims(role, options.claimsPerRole ?? 2)) {
      deck.push({
        id: `role:${role.id}:claim:${textTag(claim)}`,
        section: 'role',
        text: fill(QUESTION_TEMPLATES.roleClaim, { claim }),
        why: `${label}: a claim in what you wrote`,
        competences: [],
        roleId: role.id,
      });
    }
    for (const code of role.competences.slice(0, 2)) {
      const c = byCode.get(code);
      if (!c) continue;
      deck.push({
        id: `role:${role.id}:competence:${code}`,
        section: 'role',
        text: fill(QUESTION_TEMPLATES.roleCompetence, { ...values, code, summary: lowerFirst(c.summary).replace(/\.$/, '') }),
        why: `${label}: you link it to ${code}`,
        competences: [code],
        roleId: role.id,
      });
    }
    deck.push({
      id: `role:${role.id}:result`,
      section: 'role',
      text: fill(QUESTION_TEMPLATES.roleResult, values),
      why: `${label}: reflection`,
      competences: [],
      roleId: role.id,
    });
  });

  const coverage = new Map(options.coverage.map((c) => [c.code, c]));
  for (const c of competences) {
    if (c.area === 'E') continue;
    const cov = coverage.get(c.code);
    if (!cov || (cov.strength === 'enough' && !cov.belowLevel)) continue;
    const values = { code: c.code, summary: c.summary, work: level.work, category: app.category };
    // The matrix's own reasons (they name the competence); a short stand-in if an input has none.
    const why =
      cov.reasons.length > 0
        ? cov.reasons.join(' ')
        : cov.strength === 'none'
          ? `${c.code}: no evidence yet`
          : cov.strength === 'thin'
            ? `${c.code}: thin evidence`
            : `${c.code}: evidence below the ${app.category} level`;
    deck.push({
      id: `competence:${c.code}`,
      section: 'competence',
      text: fill(QUESTION_TEMPLATES.competence[c.area], values),
      why,
      competences: [c.code],
    });
    if (cov.strength === 'none')
      deck.push({
        id: `competence:${c.code}:none`,
        section: 'competence',
        text: fill(QUESTION_TEMPLATES.competenceNone, values),
        why,
        competences: [c.code],
      });
    if (cov.belowLevel)
      deck.push({
        id: `competence:${c.code}:level`,
        section: 'competence',
        text: fill(QUESTION_TEMPLATES.competenceBelow, values),
        why,
        competences: [c.code],
      });
  }

  deck.push(...areaEQuestions(app.category, competences, options.cpd ?? []));
  deck.push(
    {
      id: 'general:why',
      section: 'general',
      text: fill(QUESTION_TEMPLATES.generalWhy, { category: app.category }),
      why: 'Often asked early on',
      competences: [],
    },
    {
      id: 'general:plan',
      section: 'general',
      text: QUESTION_TEMPLATES.generalPlan,
      why: 'Your Development Action Plan',
      competences: ['E4' as CompetenceCode].filter((c) => byCode.has(c)),
    },
  );
  return deck;
}

function areaEQuestions(category: CategoryId, competences: readonly Competence[], cpd: readonly CpdEntry[]): InterviewQuestion[] {
  const hasEthics = competences.some((c) => c.code === 'E5');
  const questions: InterviewQuestion[] = [];
  for (const c of competences.filter((x) => x.area === 'E')) {
    const template = QUESTION_TEMPLATES.areaE[c.code] ?? QUESTION_TEMPLATES.competence.E;
    let text = fill(template, { safety: LEVEL[category].safety, code: c.code, summary: c.summary });
    // A standard without its own ethics competence folds ethics into another (ICTTech E3, assumed).
    if (!hasEthics && /ethic/i.test(c.summary)) text = `${text} ${QUESTION_TEMPLATES.areaEEthics}`;
    questions.push({ id: `e:${c.code}`, section: 'area-e', text, why: `${c.code} is always asked about`, competences: [c.code] });
    if (c.code === 'E4') {
      const recent = [...cpd].filter((e) => e.title.trim() || e.did.trim()).sort((a, b) => b.date.localeCompare(a.date))[0];
      if (recent) {
        const title = (recent.title.trim() || recent.did.trim()).slice(0, 120);
        questions.push({
          id: `e:E4:cpd:${textTag(title)}`,
          section: 'area-e',
          text: fill(QUESTION_TEMPLATES.cpdRecent, { title }),
          why: 'Your most recent CPD activity',
          competences: [c.code],
        });
      }
    }
  }
  return questions;
}

const lowerFirst = (s: string): string => s.charAt(0).toLowerCase() + s.slice(1);

/** Seconds a spoken answer might take before it gets long (our suggestion, for the practice timer). */
export const SUGGESTED_ANSWER_SECONDS = 180;

/** Questions to revisit: marked so, or rated 1 or 2. Unpractised questions are not in it. */
export function revisitList(deck: readonly InterviewQuestion[], answers: readonly PracticeAnswer[]): InterviewQuestion[] {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  return deck.filter((q) => {
    const a = byId.get(q.id);
    return a !== undefined && (a.revisit || (a.rating !== null && a.rating <= 2));
  });
}

/** How practice is going: questions practised (rated or with notes), and per section. */
export function practiceSummary(
  deck: readonly InterviewQuestion[],
  answers: readonly PracticeAnswer[],
): { practised: number; total: number; bySection: Record<QuestionSection, { practised: number; total: number }> } {
  const byId = new Map(answers.map((a) => [a.questionId, a]));
  const bySection: Record<QuestionSection, { practised: number; total: number }> = {
    role: { practised: 0, total: 0 },
    competence: { practised: 0, total: 0 },
    'area-e': { practised: 0, total: 0 },
    general: { practised: 0, total: 0 },
  };
  let practised = 0;
  for (const q of deck) {
    const a = byId.get(q.id);
    const done = a !== undefined && (a.rating !== null || a.notes.trim() !== '');
    bySection[q.section].total++;
    if (done) {
      bySection[q.section].practised++;
      practised++;
    }
  }
  return { practised, total: deck.length, bySection };
}

/** Answers whose question is no longer in the deck (the role or claim changed): kept, but shown apart. */
export function orphanAnswers(deck: readonly InterviewQuestion[], answers: readonly PracticeAnswer[]): PracticeAnswer[] {
  const ids = new Set(deck.map((q) => q.id));
  return answers.filter((a) => !ids.has(a.questionId));
}
