// Where each checklist item and supporting document stands, derived from the workbook's data.
import { rulesFor } from '../rules/scope.ts';
import type { Application, ChecklistItem, DocumentRef, DocumentType, IsoDate, Limits } from '../types.ts';
import { developmentDateProblems, latestDateFor, praDateProblems, roleDateProblems } from './dates.ts';
import { formatMegabytes } from './megabytes.ts';
import { roleLabel } from './text.ts';

export interface ChecklistItemStatus {
  item: ChecklistItem;
  mandatory: boolean;
  /** Words for how much the item is needed: "Mandatory", "Optional — only if you have one" or "Optional advice". */
  needed: string;
  complete: boolean;
  /** What is still missing, in plain words; empty when complete. */
  missing: string[];
}

export interface DocumentStatus {
  type: DocumentType;
  mandatory: boolean;
  ref?: DocumentRef;
  /** Why the file is missing or would be refused; empty when fine. */
  problems: string[];
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

function careerMissing(app: Application, latest: IsoDate): string[] {
  if (app.roles.length === 0) return ['at least one role'];
  return app.roles.flatMap((role, i) => {
    const label = roleLabel(role, i);
    const missing: string[] = [];
    if (blank(role.employer)) missing.push(`${label}: the employer or organisation`);
    if (blank(role.title)) missing.push(`${label}: your job title`);
    if (role.start === '') missing.push(`${label}: the start date`);
    if (!role.current && role.end === '') missing.push(`${label}: the end date (or mark it as your current role)`);
    if (blank(role.responsibilities)) missing.push(`${label}: Responsibilities`);
    if (blank(role.achievements)) missing.push(`${label}: Personal Achievements`);
    for (const p of roleDateProblems(role, latest)) missing.push(`${label}: ${p.needs}`);
    return missing;
  });
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

function praMissing(app: Application, latest: IsoDate): string[] {
  if (!app.pra.consulted) return ['a consultation with a Professional Registration Adviser'];
  const missing: string[] = [];
  if (app.pra.date === '') missing.push('the date you consulted the adviser');
  for (const p of praDateProblems(app.pra, latest)) missing.push(p.needs);
  if (blank(app.pra.adviser)) missing.push('the adviser’s name');
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
export function checklistStatus(app: Application, _limits?: Limits, today?: IsoDate): ChecklistItemStatus[] {
  const latest = latestDateFor(app, today);
  return rulesFor(app.category, app.route).checklist.map(({ item, mandatory }) => {
    const missing = itemMissing(app, item, latest);
    return { item, mandatory, needed: neededLabel(item, mandatory), complete: missing.length === 0, missing };
  });
}

function documentProblems(type: DocumentType, mandatory: boolean, ref: DocumentRef | undefined, limits: Limits): string[] {
  if (!ref) return mandatory ? ['No file yet: this document is required.'] : [];
  const problems: string[] = [];
  if (ref.size > limits.maxFileSize) {
    problems.push(
      `The file is ${formatMegabytes(ref.size)}; the limit is ${formatMegabytes(limits.maxFileSize)}. Compress it or reduce the scan resolution.`,
    );
  }
  if (!type.accept.includes(ref.mime)) {
    problems.push(`This kind of file (${ref.mime || 'unknown type'}) is not accepted here; PDF is preferred.`);
  }
  return problems;
}

/** Status of every document type that applies to the application's category and route. */
export function documentStatus(app: Application, limits: Limits): DocumentStatus[] {
  return rulesFor(app.category, app.route).documents.map(({ type, mandatory }) => {
    const ref = app.documents[type.id];
    const problems = documentProblems(type, mandatory, ref, limits);
    return ref ? { type, mandatory, ref, problems } : { type, mandatory, problems };
  });
}
