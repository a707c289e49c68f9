// Where a mentor comment belongs (an anchor) and whether the text it was written against has
// changed since: pure, without the review file's schemas, so the workbook's screens can show
// comments without loading the parser.
import { developmentAnchorLabel, developmentAnchorText } from '../development/anchors.ts';
import type { DevelopmentData } from '../development/data.ts';
import { ADVISER_WORDS } from '../rules/checklist.ts';
import { rulesFor } from '../rules/scope.ts';
import { closeBidi } from '../text/bidi.ts';
import type { Application } from '../types.ts';
import { sha256OfText } from './hash.ts';
import { type Anchor, EXCERPT_CHARS, type ReviewComment } from './review-types.ts';

const lines = (items: string[]) => items.filter((x) => x.length > 0).join('\n');
const yesNo = (b: boolean) => (b ? 'yes' : 'no');

/** The text a checklist item stands for in the workbook (what a mentor comments on). */
function checklistText(app: Application, itemId: string): string {
  const item = rulesFor(app.category, app.route).checklist.find((c) => c.item.id === itemId)?.item;
  const entry = app.checklist[itemId];
  const own = entry ? `Done: ${yesNo(entry.done)}${entry.note ? `\n${entry.note}` : ''}` : '';
  switch (item?.kind) {
    case 'personal':
      return lines([app.personal.fullName, app.personal.email, own]);
    case 'membership':
      return lines([app.personal.membershipNumber, own]);
    case 'qualifications':
      return lines([
        ...app.qualifications.map((q) => `${q.title}, ${q.institution}, ${q.year}${q.accredited ? ' (accredited)' : ''}`),
        own,
      ]);
    case 'career':
      return lines([...app.roles.map((r) => `${r.title}, ${r.employer}`), own]);
    case 'development':
      return lines([...app.development.map((d) => `${d.date} ${d.title}: ${d.notes}`), own]);
    case 'pra':
      return lines([`Shared a draft: ${app.pra.answer || 'not answered'}`, ADVISER_WORDS[app.pra.who], app.pra.date, app.pra.adviser, own]);
    case 'scheme':
      return lines([`Completed: ${yesNo(app.scheme.completed)}`, app.scheme.name, own]);
    default:
      return own;
  }
}

/** The current text an anchor points at, or null when that part is no longer in the application (or its development record). */
export function anchorText(app: Application, anchor: Anchor, development?: DevelopmentData): string | null {
  switch (anchor.kind) {
    case 'cpd':
    case 'goal':
    case 'answer':
      return developmentAnchorText(anchor, development);
    case 'application':
      // A comment on the whole application is about no one passage: it never goes out of date.
      return '';
    case 'role': {
      const role = app.roles.find((r) => r.id === anchor.roleId);
      if (!role) return null;
      if (anchor.field === 'dates') return `${role.start} to ${role.current ? 'present' : role.end}`;
      if (anchor.field === 'competences') return role.competences.join(', ');
      return role[anchor.field];
    }
    case 'checklist':
      return checklistText(app, anchor.itemId);
    case 'competence':
      return lines(app.roles.filter((r) => r.competences.includes(anchor.code)).map((r) => `${r.title}, ${r.employer}`));
    case 'document': {
      const doc = app.documents[anchor.typeId];
      // An empty slot is a state of its own ("please add your certificates"), not text that vanished.
      return doc ? `${doc.name} (SHA-256 ${doc.sha256})` : '';
    }
    case 'coverage': {
      // The cell as evidence stands: the whole-role tag and the words of each linked passage.
      const role = app.roles.find((r) => r.id === anchor.roleId);
      if (!role) return null;
      const links = (app.evidence?.links ?? []).filter((l) => l.roleId === anchor.roleId && l.competences.includes(anchor.code));
      return lines([role.competences.includes(anchor.code) ? 'The whole role is tagged.' : '', ...links.map((l) => l.selector.exact)]);
    }
  }
}

/** Hash and excerpt of what an anchor points at now, to store with a new comment. */
export function againstOf(app: Application, anchor: Anchor, development?: DevelopmentData): ReviewComment['against'] {
  const text = anchorText(app, anchor, development) ?? '';
  return { sha256: sha256OfText(closeBidi(text)), excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text };
}

/** Whether the anchored text changed (or vanished) since the comment was written. */
export function isOutdated(app: Application, comment: ReviewComment, development?: DevelopmentData): boolean {
  const now = anchorText(app, comment.anchor, development);
  // Hashed as it reads: the mentor's imported copy has bidi controls closed, the applicant's may not.
  return now === null || sha256OfText(closeBidi(now)) !== comment.against.sha256;
}

/** Same anchor, compared field by field. */
export function sameAnchor(a: Anchor, b: Anchor): boolean {
  switch (a.kind) {
    case 'application':
      return b.kind === 'application';
    case 'role':
      return b.kind === 'role' && a.roleId === b.roleId && a.field === b.field;
    case 'checklist':
      return b.kind === 'checklist' && a.itemId === b.itemId;
    case 'competence':
      return b.kind === 'competence' && a.code === b.code;
    case 'document':
      return b.kind === 'document' && a.typeId === b.typeId;
    case 'cpd':
      return b.kind === 'cpd' && a.entryId === b.entryId;
    case 'goal':
      return b.kind === 'goal' && a.goalId === b.goalId;
    case 'answer':
      return b.kind === 'answer' && a.questionId === b.questionId;
    case 'coverage':
      return b.kind === 'coverage' && a.code === b.code && a.roleId === b.roleId;
  }
}

/** A short label for where a comment belongs, for lists and the exported review. */
export function anchorLabel(app: Application | null, anchor: Anchor, development?: DevelopmentData): string {
  switch (anchor.kind) {
    case 'cpd':
    case 'goal':
    case 'answer':
      return developmentAnchorLabel(anchor, development);
    case 'application':
      return 'The application as a whole';
    case 'role': {
      const role = app?.roles.find((r) => r.id === anchor.roleId);
      const field = {
        employer: 'employer',
        title: 'job title',
        dates: 'dates',
        responsibilities: 'Responsibilities',
        achievements: 'Personal Achievements',
        competences: 'competences claimed',
      }[anchor.field];
      return role
        ? `${role.title || 'Untitled role'} at ${role.employer || 'unnamed employer'}: ${field}`
        : `A role no longer in the application: ${field}`;
    }
    case 'checklist': {
      const item = app ? rulesFor(app.category, app.route).checklist.find((c) => c.item.id === anchor.itemId)?.item : undefined;
      return `Checklist: ${item?.title ?? anchor.itemId}`;
    }
    case 'competence':
      return `Competence ${anchor.code}`;
    case 'document': {
      const type = app ? rulesFor(app.category, app.route).documents.find((d) => d.type.id === anchor.typeId)?.type : undefined;
      return `Document: ${type?.title ?? anchor.typeId}`;
    }
    case 'coverage': {
      const role = app?.roles.find((r) => r.id === anchor.roleId);
      return `Coverage: ${anchor.code} in ${role ? `${role.title || 'Untitled role'} at ${role.employer || 'unnamed employer'}` : 'a role no longer in the application'}`;
    }
  }
}
