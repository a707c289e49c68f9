// Where each checklist item and supporting document stands, derived from the workbook's data.
import { DEFAULT_RULES } from '../rules/adjustable.ts';
import { rulesFor } from '../rules/scope.ts';
import type { Application, ChecklistItem, DocumentRef, DocumentType, IsoDate, Role, RulesInForce } from '../types.ts';
import { developmentDateProblems, latestDateFor, praDateProblems, roleDateProblems } from './dates.ts';
import { decimalReading, formatMegabytes } from './megabytes.ts';
import { roleLabel } from './text.ts';

export interface ChecklistItemStatus {
  item: ChecklistItem;
  mandatory: boolean;
  /** Words for how much the item is needed: "Mandatory", "Optional — only if you have one" or "Optional advice". */
  needed: string;
  complete: boolean;
  /** What is still missing, in plain words; empty when complete. */
  missing: string[];
  /** What the applicant should know, never a blocker (e.g. the individual route, the IET's advice). */
  advice: string[];
}

export interface DocumentStatus {
  type: DocumentType;
  mandatory: boolean;
  ref?: DocumentRef;
  /** Why the file is missing or would be refused; empty when fine. */
  problems: string[];
  /** What the applicant should know about the file, never a blocker (e.g. PDF is preferred). */
  advice: string[];
}

const blank = (text: string): boolean => text.trim() === '';

function personalMissing(app: Application): string[] {
  const missing: string[] = [];
  if (blank(app.personal.fullName)) missing.push('your full name');
  if (blank(app.personal.email)) missing.push('your email address');
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(app.personal.email.trim())) missing.push('a valid email address');
  return missing;
}

function qualificationsMissing(app: Application): string[] {
  if (app.qualifications.length === 0) return ['at least one qualification'];
  return app.qualifications.flatMap((q, i) => {
    const label = `Qualification ${i + 1}`;
    const missing: string[] = [];
    if (blank(q.title)) missing.push(`${label}: its title`);
    if (blank(q.institution)) missing.push(`${label}: the institution`);
    if (blank(q.year)) missing.push(`${label}: the year`);
    return missing;
  });
}

/** What one role still needs, each line starting with its label (e.g. "Role 1 (Grid Co): the start date"). */
export function roleMissing(role: Role, index: number, latest: IsoDate): string[] {
  const label = roleLabel(role, index);
  const missing: string[] = [];
  if (blank(role.employer)) missing.push(`${label}: the employer or organisation`);
  if (blank(role.title)) missing.push(`${label}: your job title`);
  if (role.start === '') missing.push(`${label}: the start date`);
  if (!role.current && role.end === '') missing.push(`${label}: the end date (or mark it as your current role)`);
  if (blank(role.responsibilities)) missing.push(`${label}: Responsibilities`);
  if (blank(role.achievements)) missing.push(`${label}: Personal Achievements`);
  for (const p of roleDateProblems(role, latest)) missing.push(`${label}: ${p.needs}`);
  return missing;
}

function careerMissing(app: Application, latest: IsoDate): string[] {
  if (app.roles.length === 0) return ['at least one role'];
  return app.roles.flatMap((role, i) => roleMissing(role, i, latest));
}

function developmentMissing(app: Application, latest: IsoDate): string[] {
  const usable = app.development.filter((d) => !blank(d.title));
  if (usable.length === 0) return ['at least one training or development record with a title'];
  // A nonsensical date makes the record, and so the item, incomplete.
  return app.development.flatMap((d, i) => developmentDateProblems(d, latest).map((p) => `${developmentLabel(d.title, i)}: ${p.needs}`));
}

/** A development record's label, e.g. "Development record 2 (Safety course)". */
function developmentLabel(title: string, index: number): string {
  return title.trim() ? `Development record ${index + 1} (${title.trim()})` : `Development record ${index + 1}`;
}

// The adviser item records an answer; it is the IET's advice, never a gate.
function praMissing(app: Application, latest: IsoDate): string[] {
  if (app.pra.answer === '') return ['your answer on whether you shared a draft with a PRA or an Industry Representative'];
  if (app.pra.answer === 'no') return [];
  const missing: string[] = [];
  if (app.pra.who === '') missing.push('whether it was a PRA or an Industry Representative');
  if (app.pra.date === '') missing.push('when you shared it');
  for (const p of praDateProblems(app.pra, latest)) missing.push(p.needs);
  if (blank(app.pra.adviser)) missing.push('their name');
  return missing;
}

function schemeMissing(app: Application): string[] {
  if (!app.scheme.completed) return ['a completed professional development scheme'];
  return blank(app.scheme.name) ? ['the name of the scheme'] : [];
}

// One line of advice rather than a "missing" line per competence: the item is optional guidance.
function competencesMissing(app: Application): string[] {
  const evidenced = new Set(app.roles.flatMap((role) => role.competences));
  const notShown = rulesFor(app.category, app.route).competences.filter((c) => !evidenced.has(c.code));
  return notShown.length === 0 ? [] : [`not yet shown in any role: ${notShown.map((c) => c.code).join(', ')}`];
}

const INDIVIDUAL_ROUTE =
  'Without a qualification that meets the benchmark you can still apply: the IET assesses your other learning individually (for example further learning or a technical report).';

/** What to know about an item, whatever its state. */
function itemAdvice(app: Application, item: ChecklistItem): string[] {
  if (item.kind === 'pra' && app.pra.answer !== 'yes') {
    return [
      'The IET advises that, ideally, a PRA or an Industry Representative sees a draft before you lock. It is advice: you can lock without it.',
    ];
  }
  if (item.id === 'qualifications' && app.qualifications.length === 0) {
    return [
      app.category === 'ICTTech' ? 'ICTTech applicants may apply without formal qualifications; list any you have.' : INDIVIDUAL_ROUTE,
    ];
  }
  return [];
}

function manualMissing(app: Application, item: ChecklistItem): string[] {
  return app.checklist[item.id]?.done ? [] : ['a tick here once it is done in Career Manager'];
}

/** What an item still needs, derived from the application. */
function itemMissing(app: Application, item: ChecklistItem, latest: IsoDate): string[] {
  if (item.completedIn === 'career-manager') return manualMissing(app, item);
  switch (item.kind) {
    case 'personal':
      return personalMissing(app);
    case 'membership':
      return blank(app.personal.membershipNumber) ? ['your membership number'] : [];
    case 'qualifications':
      return qualificationsMissing(app);
    case 'career':
      return careerMissing(app, latest);
    case 'development':
      return developmentMissing(app, latest);
    case 'pra':
      return praMissing(app, latest);
    case 'scheme':
      return schemeMissing(app);
    case 'competences':
      return competencesMissing(app);
  }
}

/** Words for how much an item is needed. */
function neededLabel(item: ChecklistItem, mandatory: boolean): string {
  if (mandatory) return 'Mandatory';
  return item.advisory ? 'Optional advice' : 'Optional — only if you have one';
}

/**
 * Status of every checklist item that applies to the application's category and route.
 * `today` (the applicant's calendar date) is used to flag dates in the future; without it the
 * day of the last edit stands in.
 */
export function checklistStatus(app: Application, rules: RulesInForce = DEFAULT_RULES, today?: IsoDate): ChecklistItemStatus[] {
  const latest = latestDateFor(app, today);
  return rulesFor(app.category, app.route, rules).checklist.map(({ item, mandatory }) => {
    const missing = itemMissing(app, item, latest);
    const advice = itemAdvice(app, item);
    return { item, mandatory, needed: neededLabel(item, mandatory), complete: missing.length === 0, missing, advice };
  });
}

function documentProblems(mandatory: boolean, ref: DocumentRef | undefined, rules: RulesInForce): string[] {
  if (!ref) return mandatory ? ['No file yet: this document is required.'] : [];
  if (ref.size <= rules.maxFileSize) return [];
  return [
    `The file is ${formatMegabytes(ref.size)}; the per-file limit your rules set is ${formatMegabytes(rules.maxFileSize)}. Compress it or reduce the scan resolution, or use “Build one file” for this document: it shrinks pictures and scans to fit.`,
  ];
}

// The IET prefers PDF and lists no types: any other type is worth a word, never a refusal. A file
// within the limit only as 1,048,576-byte megabytes is worth a word too: which Career Manager counts is not known.
function documentAdvice(ref: DocumentRef | undefined, rules: RulesInForce): string[] {
  if (!ref) return [];
  const advice = ref.mime !== 'application/pdf' ? ['PDF is preferred: if Career Manager refuses this file, save it as a PDF.'] : [];
  const safe = decimalReading(rules.maxFileSize);
  if (ref.size > safe && ref.size <= rules.maxFileSize) {
    const bytes = (n: number) => n.toLocaleString('en-GB');
    advice.push(
      `This file is ${bytes(ref.size)} bytes: within ${formatMegabytes(rules.maxFileSize)} if a megabyte is 1,048,576 bytes, but over it if Career Manager counts 1,000,000 (we do not know which). Up to ${bytes(safe)} bytes fits either way.`,
    );
  }
  return advice;
}

/** Status of every document type that applies to the application's category and route. */
export function documentStatus(app: Application, rules: RulesInForce = DEFAULT_RULES): DocumentStatus[] {
  return rulesFor(app.category, app.route, rules).documents.map(({ type, mandatory }) => {
    const ref = app.documents[type.id];
    const problems = documentProblems(mandatory, ref, rules);
    const advice = documentAdvice(ref, rules);
    return ref ? { type, mandatory, ref, problems, advice } : { type, mandatory, problems, advice };
  });
}
