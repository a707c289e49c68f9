// The exact field to work on next: the first gap of the current step, named so the workbook can
// take the applicant straight to it (Continue). Walks the same checks, in the same order, as
// status.ts and the gates, so "next" always points at something those checks count as missing.
import { CATEGORIES } from '../rules/categories.ts';
import { NOT_APPLICABLE, POST_SUBMISSION_STAGES } from '../rules/steps.ts';
import type { Application, FieldTarget, IsoDate, PartId, RulesInForce, StepId } from '../types.ts';
import { developmentDateProblems, latestDateFor, praDateProblems, roleDateProblems } from './dates.ts';
import { checklistStatus, documentStatus } from './status.ts';
import { canSubmit, latestStageIndex } from './submit.ts';

/** Where each step of the path is worked on. */
export const STEP_PART: Readonly<Record<StepId, PartId>> = {
  category: 'overview',
  route: 'overview',
  checklist: 'checklist',
  documents: 'documents',
  panelling: 'panelling',
  lock: 'validate',
  supporters: 'validate',
  validation: 'validate',
  submit: 'validate',
  'after-submission': 'validate',
};

const blank = (text: string) => text.trim() === '';
const at = (part: PartId, field: string, label: string, inCareerManager = false): FieldTarget => ({ part, field, label, inCareerManager });

function personalTarget(app: Application): FieldTarget | null {
  if (blank(app.personal.fullName)) return at('checklist', 'personal.fullName', 'Full name');
  if (blank(app.personal.email) || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(app.personal.email.trim())) {
    return at('checklist', 'personal.email', 'Email address');
  }
  return null;
}

function qualificationTarget(app: Application): FieldTarget | null {
  if (app.qualifications.length === 0) return at('checklist', 'qualifications.add', 'Add a qualification');
  for (const [i, q] of app.qualifications.entries()) {
    const n = `Qualification ${i + 1}`;
    if (blank(q.title)) return at('checklist', `qualifications.${q.id}.title`, `${n}: title`);
    if (blank(q.institution)) return at('checklist', `qualifications.${q.id}.institution`, `${n}: institution`);
    if (blank(q.year)) return at('checklist', `qualifications.${q.id}.year`, `${n}: year`);
  }
  return null;
}

function careerTarget(app: Application, latest: IsoDate): FieldTarget | null {
  if (app.roles.length === 0) return at('career', 'roles.add', 'Add a role');
  for (const [i, role] of app.roles.entries()) {
    const n = `Role ${i + 1}`;
    const field = (name: string, words: string) => at('career', `roles.${role.id}.${name}`, `${n}: ${words}`);
    if (blank(role.employer)) return field('employer', 'employer');
    if (blank(role.title)) return field('title', 'job title');
    if (role.start === '') return field('start', 'start date');
    if (!role.current && role.end === '') return field('end', 'end date');
    if (blank(role.responsibilities)) return field('responsibilities', 'Responsibilities');
    if (blank(role.achievements)) return field('achievements', 'Personal Achievements');
    const problem = roleDateProblems(role, latest)[0];
    if (problem) return field(problem.field, problem.field === 'start' ? 'start date' : 'end date');
  }
  return null;
}

function developmentTarget(app: Application, latest: IsoDate): FieldTarget | null {
  if (!app.development.some((d) => !blank(d.title))) {
    const first = app.development[0];
    return first
      ? at('checklist', `development.${first.id}.title`, 'Development record 1: what you did')
      : at('checklist', 'development.add', 'Add a development record');
  }
  for (const [i, d] of app.development.entries()) {
    if (developmentDateProblems(d, latest).length > 0)
      return at('checklist', `development.${d.id}.date`, `Development record ${i + 1}: date`);
  }
  return null;
}

// In the order status.ts asks for them (praMissing).
function praTarget(app: Application, latest: IsoDate): FieldTarget | null {
  if (app.pra.answer === '') return at('checklist', 'pra.answer', 'Have you shared a draft with a PRA or an Industry Representative?');
  if (app.pra.answer === 'no') return null;
  if (app.pra.who === '') return at('checklist', 'pra.who', 'Who you shared it with');
  if (app.pra.date === '' || praDateProblems(app.pra, latest).length > 0) return at('checklist', 'pra.date', 'When you shared it');
  if (blank(app.pra.adviser)) return at('checklist', 'pra.adviser', 'Their name');
  return null;
}

/** The first gap of the first mandatory checklist item that is not complete. */
function checklistTarget(app: Application, rules: RulesInForce, today?: IsoDate): FieldTarget | null {
  const latest = latestDateFor(app, today);
  for (const row of checklistStatus(app, rules, today)) {
    if (!row.mandatory || row.complete) continue;
    const { item } = row;
    let target: FieldTarget | null = null;
    if (item.completedIn === 'career-manager') {
      target = at('checklist', `checklist.${item.id}.done`, `${item.title}: done in Career Manager`, true);
    } else if (item.kind === 'personal') target = personalTarget(app);
    else if (item.kind === 'membership') target = at('checklist', 'personal.membershipNumber', 'IET membership number');
    else if (item.kind === 'qualifications') target = qualificationTarget(app);
    else if (item.kind === 'career') target = careerTarget(app, latest);
    else if (item.kind === 'development') target = developmentTarget(app, latest);
    else if (item.kind === 'pra') target = praTarget(app, latest);
    // An item whose gap has no single field of its own: its card.
    return target ?? at('checklist', `checklist.${item.id}`, item.title);
  }
  return null;
}

function documentTarget(app: Application, rules: RulesInForce): FieldTarget | null {
  const row = documentStatus(app, rules).find((s) => (s.mandatory && !s.ref) || (s.ref && s.problems.length > 0));
  return row ? at('documents', `documents.${row.type.id}`, row.type.title) : null;
}

function panellingTarget(app: Application): FieldTarget | null {
  if (blank(app.panelling.sector)) return at('panelling', 'panelling.sector', 'Sector');
  const location = app.panelling.interviewLocation.trim();
  if (CATEGORIES[app.category].interviewRequired && (location === '' || location === NOT_APPLICABLE)) {
    return at('panelling', 'panelling.interviewLocation', 'Interview location');
  }
  return null;
}

function supportersTarget(app: Application, rules: RulesInForce): FieldTarget | null {
  const reasons = canSubmit(app, rules);
  if (reasons.some((r) => r.code === 'snapshot-altered' || r.code === 'supporter-requested-changes')) {
    return at('validate', 'unlock', 'Unlock the application', true);
  }
  if (reasons.some((r) => r.code === 'supporters-missing')) return at('validate', 'supporters.add', 'Add a supporter', true);
  const waiting = app.supporters.find((s) => s.status === 'invited');
  if (waiting) return at('validate', `supporters.${waiting.id}.status`, `Status of ${waiting.name}`, true);
  return null;
}

/**
 * The field to work on next for the application's current step (`step`, from progress), or
 * null when nothing is left to do. `today` as for checklistStatus.
 */
export function nextField(app: Application, rules: RulesInForce, step: StepId, today?: IsoDate): FieldTarget | null {
  switch (step) {
    case 'category':
    case 'route':
      return at('overview', 'category', 'Registration category');
    case 'checklist':
      return checklistTarget(app, rules, today) ?? documentTarget(app, rules);
    case 'documents':
      return documentTarget(app, rules) ?? checklistTarget(app, rules, today);
    case 'panelling':
      return panellingTarget(app) ?? at('panelling', 'panelling.sector', 'Sector');
    case 'lock':
      return at('validate', 'lock', "I've locked it in Career Manager — record it", true);
    case 'supporters':
    case 'validation':
      return supportersTarget(app, rules) ?? at('validate', 'submit', "I've submitted it in Career Manager — record it", true);
    case 'submit':
      return at('validate', 'submit', "I've submitted it in Career Manager — record it", true);
    case 'after-submission':
      // Registered: nothing is left to do.
      return app.stage === 'submitted' && latestStageIndex(app) < POST_SUBMISSION_STAGES.length - 1
        ? at('validate', 'after-submission', 'Stage reached')
        : null;
  }
}

/** Which role a target is in, if any (so the workbook can open that role first). */
export function targetRole(target: FieldTarget | null): string | null {
  const m = target?.field.match(/^roles\.([^.]+)\.[a-z]+$/i);
  return m?.[1] ?? null;
}
