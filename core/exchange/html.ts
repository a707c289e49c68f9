// The self-contained .html export: a tidy, printable document that needs no script, with the
// complete data embedded as inert JSON for a lossless re-import.

import { changesSinceLock } from '../application/changes.ts';
import { formatMegabytes } from '../application/megabytes.ts';
import { checklistStatus, documentStatus } from '../application/status.ts';
import { describePages, estimatePages, roleChars } from '../application/text.ts';
import { designCss } from '../design/css.ts';
import { missingWords, NEED_WORDS, STAGE_WORDS, STATUS_WORDS, SUPPORTER_STATUS_WORDS } from '../design/vocabulary.ts';
import type { DevelopmentData } from '../development/data.ts';
import type { CoverageMatrix } from '../evidence/types.ts';
import { DEFAULT_RULES } from '../rules/adjustable.ts';
import { CATEGORIES, ROUTES } from '../rules/categories.ts';
import { ADVISER_WORDS } from '../rules/checklist.ts';
import { DOCUMENT_TYPES } from '../rules/documents.ts';
import { POST_SUBMISSION_STAGES } from '../rules/steps.ts';
import { closeTextIn } from '../text/bidi.ts';
import type { Application, IsoTime, Limits, Role, RulesInForce } from '../types.ts';
import { anchorLabel, isOutdated } from './anchors.ts';
import { exportDate, exportDateTime } from './dates.ts';
import { embedJson, INLINE_IMAGE_TYPES } from './escape.ts';
import { type ApplicationFile, type AttachmentSource, serializeApplication } from './format.ts';
import { developmentSection } from './html-development.ts';
import { progressSection } from './html-progress.ts';
import { rulesSection } from './html-rules.ts';
import { type Child, el, fragment, Markup, voidEl } from './markup.ts';
import { mentorSteps } from './mentor-words.ts';
import { EMBED_OPEN } from './parse.ts';
import type { ImportedComment } from './review-types.ts';
import { snapshotHash } from './snapshot.ts';

export interface HtmlOptions {
  exportedAt?: IsoTime;
  /** Mentor comments the applicant imported: shown, and carried in the data. */
  comments?: readonly ImportedComment[];
  /** The applicant's rules in force (the Rules screen); the defaults otherwise. Recorded in the data too. */
  rules?: RulesInForce;
  /** The development record (CPD log, action plan, advice, interview notes): shown, and carried in the data. */
  development?: DevelopmentData;
  /** The coverage matrix (core/evidence/coverage.ts) to show; no coverage section without it. */
  coverage?: CoverageMatrix;
  /** The workbook's address, for the mentor's instructions; not named when unknown. */
  workbookUrl?: string | null;
}

/** Only this page's own inline styles and data: images; nothing may run. */
export const EXPORT_CSP =
  "default-src 'none'; script-src 'none'; object-src 'none'; base-uri 'none'; form-action 'none'; style-src 'unsafe-inline'; img-src data:";

// The export's own layout; colours, type and the shared pieces (tags, the step rail, bars) come
// from the design system, so the export looks and speaks like the workbook.
const STYLE = `
:root { color-scheme: light; }
body { font: var(--pr-font-m)/var(--pr-font-line) var(--pr-font-family); color: var(--pr-color-text); max-width: var(--pr-shape-measure); margin: var(--pr-space-6) auto; padding: 0 1.25rem; }
h1 { font-size: var(--pr-font-xxl); margin: 0 0 var(--pr-space-1); color: var(--pr-color-brand-dark); }
h2 { font-size: var(--pr-font-xl); margin: var(--pr-space-6) 0 var(--pr-space-2); padding-bottom: var(--pr-space-1); border-bottom: 3px solid var(--pr-color-brand); color: var(--pr-color-brand-dark); }
h3 { font-size: var(--pr-font-l); margin: 1.25rem 0 var(--pr-space-1); }
table { border-collapse: collapse; width: 100%; margin: var(--pr-space-2) 0; }
th, td { text-align: left; vertical-align: top; padding: .3rem var(--pr-space-2); border-bottom: 1px solid var(--pr-color-border); }
th { background: var(--pr-color-surface-alt); }
.meta { color: var(--pr-color-text-secondary); }
.prose { white-space: pre-wrap; overflow-wrap: anywhere; background: var(--pr-color-surface-alt); border-left: 3px solid var(--pr-color-border); padding: var(--pr-space-2) var(--pr-space-3); margin: var(--pr-space-1) 0 var(--pr-space-3); }
.hash { font-family: var(--pr-font-mono); font-size: var(--pr-font-s); overflow-wrap: anywhere; }
details { margin: var(--pr-space-2) 0; }
summary { color: var(--pr-color-link); cursor: pointer; }
img.doc { max-width: 100%; max-height: 24rem; border: 1px solid var(--pr-color-border); display: block; margin: var(--pr-space-2) 0; }
td, li, p, h1, h2, h3 { overflow-wrap: break-word; }
/* Some tags here are a phrase ("not needed for this category and route"): wrap, never widen a narrow page. */
.tag { white-space: normal; }
td { min-width: 4.5rem; }
@media screen and (max-width: 40rem) {
  /* Narrow screens: each row becomes a small card, each cell labelled with its column. */
  body { padding: 0 var(--pr-space-3); }
  table, tbody, tr, td { display: block; width: auto; min-width: 0; }
  thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
  tr { border-bottom: 2px solid var(--pr-color-border); padding: var(--pr-space-1) 0; }
  td { border: 0; padding: .15rem var(--pr-space-1); }
  td::before { content: attr(data-label) ": "; font-weight: 600; color: var(--pr-color-text-secondary); }
}
footer { margin-top: var(--pr-space-7); font-size: var(--pr-font-s); color: var(--pr-color-text-secondary); }
@media print {
  body { margin: 0; max-width: none; font-size: 11pt; }
  h2 { break-after: avoid; }
  .role, tr, img.doc { break-inside: avoid; }
  .prose { background: none; }
  footer { break-before: avoid; }
  .tag, .rail-mark, .bar, .bar-fill { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
}
@page { margin: 18mm 16mm; }
`;

/** Bytes for people: 812 bytes, 14.2 KB, 1.3 MB. */
const formatSize = (n: number) => (n < 1024 ? `${n} bytes` : n < 1024 * 1024 ? `${(n / 1024).toFixed(1)} KB` : formatMegabytes(n));
const date = exportDate;
const yesNo = (b: boolean) => (b ? 'Yes' : 'No');

function table(head: string[], rows: Child[][]): Markup {
  // data-label lets narrow screens show each cell under its column's name (see STYLE).
  return el(
    'table',
    null,
    el(
      'thead',
      null,
      el(
        'tr',
        null,
        head.map((h) => el('th', { scope: 'col' }, h)),
      ),
    ),
    el(
      'tbody',
      null,
      rows.map((r) =>
        el(
          'tr',
          null,
          r.map((c, i) => el('td', { 'data-label': head[i] ?? '' }, c)),
        ),
      ),
    ),
  );
}

function prose(text: string): Markup {
  return text.trim() ? el('div', { class: 'prose' }, text) : el('p', { class: 'meta' }, 'Not written yet.');
}

function roleSection(role: Role, index: number, limits: Limits): Markup {
  const chars = roleChars(role);
  const over = chars > limits.charsPerRole;
  return el(
    'section',
    { class: 'role' },
    el('h3', null, `${index + 1}. ${role.title || 'Untitled role'}, ${role.employer || 'unnamed employer'}`),
    el(
      'p',
      { class: 'meta' },
      `${date(role.start)} to ${role.current ? 'present' : date(role.end)}`,
      ' · ',
      el(
        'span',
        { class: `tag ${over ? 'tag-missing' : 'tag-done'}` },
        `${chars.toLocaleString('en-GB')} of about ${limits.charsPerRole.toLocaleString('en-GB')} characters`,
      ),
    ),
    role.competences.length ? el('p', null, 'Evidence for: ', role.competences.join(', ')) : null,
    el('h4', null, 'Responsibilities'),
    prose(role.responsibilities),
    el('h4', null, 'Personal Achievements'),
    prose(role.achievements),
  );
}

/** A document type's title, even when the type no longer applies to this application. */
const typeTitle = (typeId: string) => DOCUMENT_TYPES.find((t) => t.id === typeId)?.title ?? typeId;

function documentsSection(app: Application, data: ApplicationFile, rules: RulesInForce): Markup {
  const statuses = documentStatus(app, rules);
  const known = new Set(statuses.map((s) => s.type.id));
  const extra = Object.values(app.documents).filter((d) => !known.has(d.typeId));
  const item = (title: string, need: string, ref: Application['documents'][string] | undefined, notes: string[]) => {
    const att = ref ? data.attachments[ref.blobId] : undefined;
    const image =
      ref && att && INLINE_IMAGE_TYPES.has(att.mime) && att.mime === ref.mime
        ? voidEl('img', { class: 'doc', alt: `${title}: ${ref.name}`, src: `data:${att.mime};base64,${att.base64}` })
        : null;
    return el(
      'li',
      null,
      el('strong', null, title),
      ' ',
      el('span', { class: `tag ${need === NEED_WORDS.mandatory ? 'tag-todo' : 'tag-neutral'}` }, need),
      ref
        ? el(
            'div',
            null,
            `${ref.name} · ${ref.mime || 'unknown type'} · ${formatSize(ref.size)} · added ${date(ref.addedAt)}`,
            att ? '' : ' · file not included',
          )
        : el('div', { class: 'meta' }, 'No file yet.'),
      ref ? el('details', null, el('summary', null, 'Technical detail'), el('div', { class: 'hash' }, `SHA-256 ${ref.sha256}`)) : null,
      notes.length
        ? el(
            'ul',
            null,
            notes.map((p) => el('li', null, p)),
          )
        : null,
      image,
    );
  };
  return el(
    'section',
    null,
    el('h2', null, 'Supporting documents'),
    el(
      'ul',
      null,
      statuses.map((s) =>
        item(s.type.title, s.mandatory ? NEED_WORDS.mandatory : NEED_WORDS.optional, s.ref, [...s.problems, ...s.advice]),
      ),
      extra.map((d) => item(typeTitle(d.typeId), 'not needed for this category and route', d, [])),
    ),
  );
}

function adviserAnswer(pra: Application['pra']): string {
  if (pra.answer === 'no') return 'No';
  if (pra.answer === '') return 'Not answered';
  const details = [ADVISER_WORDS[pra.who], pra.adviser, pra.date ? date(pra.date) : ''].filter((x) => x !== '');
  return details.length ? `Yes: ${details.join(', ')}` : 'Yes';
}

function checklistSection(app: Application, rules: RulesInForce): Markup {
  return el(
    'section',
    null,
    el('h2', null, 'Registration checklist'),
    table(
      ['Item', 'Needed', 'State', 'Notes'],
      checklistStatus(app, rules).map((s) => [
        s.item.title,
        s.needed,
        s.complete
          ? el('span', { class: 'tag tag-done' }, STATUS_WORDS.done)
          : s.mandatory
            ? el('span', { class: 'tag tag-missing' }, missingWords(s.missing.length || 1))
            : el('span', { class: 'tag tag-neutral' }, s.item.advisory ? 'Advice' : STATUS_WORDS.optional),
        // Only a required item can be "missing" something; optional and advice items just say what they would take.
        fragment(
          s.missing.length
            ? el(
                'ul',
                null,
                s.missing.map((m) => el('li', null, s.mandatory ? `Missing: ${m}` : s.item.advisory ? m : `If it applies to you: ${m}`)),
              )
            : null,
          s.advice.length
            ? el(
                'ul',
                null,
                s.advice.map((a) => el('li', null, a)),
              )
            : null,
          app.checklist[s.item.id]?.note ? el('div', { class: 'prose' }, app.checklist[s.item.id]!.note) : null,
        ),
      ]),
    ),
  );
}

function detailsSection(app: Application): Markup {
  return el(
    'section',
    null,
    el('h2', null, 'Personal details and qualifications'),
    table(
      ['Detail', 'Value'],
      [
        ['Full name', app.personal.fullName || '—'],
        ['Email', app.personal.email || '—'],
        ['IET membership number', app.personal.membershipNumber || '—'],
        ['Draft shared with a PRA or an Industry Representative', adviserAnswer(app.pra)],
        ['Completed professional development scheme', app.scheme.completed ? `Yes: ${app.scheme.name}` : 'No'],
      ],
    ),
    el('h3', null, 'Qualifications'),
    app.qualifications.length
      ? table(
          ['Qualification', 'Institution', 'Year', 'Accredited'],
          app.qualifications.map((q) => [q.title, q.institution, q.year, yesNo(q.accredited)]),
        )
      : el('p', { class: 'meta' }, 'None listed.'),
    el('h3', null, 'Professional development'),
    app.development.length
      ? table(
          ['Date', 'What', 'Notes'],
          app.development.map((d) => [date(d.date), d.title, el('div', { class: 'prose' }, d.notes)]),
        )
      : el('p', { class: 'meta' }, 'None listed.'),
  );
}

const stamp = exportDateTime;

function lockSection(app: Application): Markup {
  const lock = app.lock;
  const changes = changesSinceLock(app);
  const body = lock
    ? fragment(
        el('p', null, `Locked ${stamp(lock.at)}.`),
        snapshotHash(lock.content) === lock.sha256
          ? null
          : el('p', null, el('span', { class: 'tag tag-error' }, 'Warning: the snapshot does not match its fingerprint.')),
        changes.length
          ? fragment(
              el('p', null, 'Changed since the lock (not in the snapshot):'),
              el(
                'ul',
                null,
                changes.map((c) => el('li', null, c.label)),
              ),
            )
          : el('p', null, 'No changes since the lock.'),
        // For whoever checks files by hand; nobody else needs the fingerprint.
        el(
          'details',
          null,
          el('summary', null, 'Technical detail'),
          el('p', { class: 'hash' }, `Snapshot SHA-256 ${lock.sha256}`),
          snapshotHash(lock.content) === lock.sha256 ? el('p', null, 'The snapshot matches its fingerprint.') : null,
        ),
      )
    : el('p', { class: 'meta' }, 'Not locked.');
  return el('section', null, el('h2', null, 'Lock snapshot'), body);
}

function historySection(app: Application): Markup | null {
  if (app.history.length === 0) return null;
  const item = (e: Application['history'][number]) => {
    switch (e.type) {
      case 'created':
        return el('li', null, `${stamp(e.at)}: created.`);
      case 'locked':
        return el('li', null, `${stamp(e.at)}: locked (snapshot SHA-256 `, el('span', { class: 'hash' }, e.sha256), ').');
      case 'submitted':
        return el('li', null, `${stamp(e.at)}: submitted (snapshot SHA-256 `, el('span', { class: 'hash' }, e.sha256), ').');
      case 'unlocked':
        return el(
          'li',
          null,
          `${stamp(e.at)}: unlocked${e.reason ? `: ${e.reason}` : ''}. Career Manager discarded the supporters' comments; kept here:`,
          e.supporters.length
            ? el(
                'ul',
                null,
                e.supporters.map((s) =>
                  el(
                    'li',
                    null,
                    `${s.name || 'Unnamed supporter'} (${SUPPORTER_STATUS_WORDS[s.status]})`,
                    s.comments.length
                      ? el(
                          'ul',
                          null,
                          s.comments.map((c) => el('li', null, `${date(c.at)}${c.competence ? ` (${c.competence})` : ''}: `, c.text)),
                        )
                      : null,
                  ),
                ),
              )
            : ' none.',
        );
    }
  };
  return el('section', null, el('h2', null, 'History'), el('ul', null, app.history.map(item)));
}

function supportersSection(app: Application): Markup {
  const list = app.supporters.map((s) =>
    el(
      'li',
      null,
      el('strong', null, s.name || 'Unnamed supporter'),
      ` · ${s.relationship || 'relationship not given'} · ${s.registration || 'registration not given'} · `,
      el(
        'span',
        { class: `tag ${s.status === 'validated' ? 'tag-done' : s.status === 'invited' ? 'tag-todo' : 'tag-missing'}` },
        SUPPORTER_STATUS_WORDS[s.status],
      ),
      s.comments.length
        ? el(
            'ul',
            null,
            s.comments.map((c) =>
              el('li', null, `${date(c.at)}${c.competence ? ` (${c.competence})` : ''}: `, el('span', { class: 'prose' }, c.text)),
            ),
          )
        : null,
    ),
  );
  return el(
    'section',
    null,
    el('h2', null, 'Supporters and their comments'),
    list.length ? el('ul', null, list) : el('p', { class: 'meta' }, 'No supporters yet.'),
  );
}

/**
 * The coverage matrix: competences against roles, a count in each cell, and the flags with their
 * reasons. The caller computes it (core/evidence), so the export code stays light without it.
 */
function coverageSection(matrix: CoverageMatrix | undefined): Markup | null {
  if (!matrix) return null;
  const roles = matrix.roles;
  const rows = matrix.areas.flatMap((a) => a.rows);
  return el(
    'section',
    null,
    el('h2', null, 'Coverage: competences by role'),
    el(
      'p',
      { class: 'meta' },
      'How many linked passages (or whole-role tags) evidence each competence in each role, with what needs attention.',
    ),
    roles.length
      ? table(
          ['Competence', ...roles.map((r) => r.label), 'Needs attention'],
          rows.map((row) => [`${row.code}`, ...row.cells.map((c) => String(c.count)), row.flags.map((f) => f.reason).join(' ') || '—']),
        )
      : el('p', { class: 'meta' }, 'No roles yet.'),
    ...matrix.areas.flatMap((a) => a.flags.map((f) => el('p', { class: 'meta' }, f.reason))),
  );
}

function mentorSection(app: Application, comments: readonly ImportedComment[]): Markup | null {
  if (comments.length === 0) return null;
  const items = comments.map((c) =>
    el(
      'li',
      null,
      el('strong', null, anchorLabel(app, c.comment.anchor)),
      el(
        'div',
        { class: 'meta' },
        `${c.mentor || 'Mentor'}, ${date(c.comment.at)}`,
        c.resolvedAt ? ` · resolved ${date(c.resolvedAt)}` : ' · open',
        isOutdated(app, c.comment) ? ' · written against an earlier text' : '',
      ),
      el('div', { class: 'prose' }, c.comment.text),
    ),
  );
  return el('section', null, el('h2', null, 'Mentor comments'), el('ul', null, items));
}

/** How a mentor reviews this file, in the workbook's own words for its controls. */
function mentorHowTo(workbookUrl: string | null): Markup {
  return el(
    'section',
    null,
    el('h2', null, 'For a mentor: how to review this file'),
    el(
      'ol',
      null,
      mentorSteps(workbookUrl).map((step) => el('li', null, step)),
    ),
  );
}

function afterSection(app: Application): Markup | null {
  if (!app.submittedAt && app.postSubmission.length === 0) return null;
  const title = (id: string) => POST_SUBMISSION_STAGES.find((s) => s.id === id)?.title ?? id;
  return el(
    'section',
    null,
    el('h2', null, 'After submission'),
    el('p', null, `Submitted ${date(app.submittedAt ?? '')}.`),
    table(
      ['Date', 'Stage', 'Note'],
      app.postSubmission.map((p) => [date(p.date), title(p.stage), p.note]),
    ),
  );
}

/** The whole export as one .html string, with the data for re-import embedded. */
export function renderApplicationHtml(written: Application, bytes: AttachmentSource, given: HtmlOptions = {}): string {
  const exportedAt = given.exportedAt ?? new Date().toISOString();
  const rules = given.rules ?? DEFAULT_RULES;
  // The data travels exactly as written; what is shown has every bidi control left open closed, so
  // a name such as "Ada \u202e" cannot reverse the words the export puts after it ("… : CEng application").
  const data = serializeApplication(written, bytes, exportedAt, given.comments ?? [], given.development, rules);
  const app = closeTextIn(written);
  const options = {
    ...given,
    comments: closeTextIn(given.comments),
    development: closeTextIn(given.development),
    coverage: closeTextIn(given.coverage),
  };
  const pages = estimatePages(app, rules);
  const category = CATEGORIES[app.category];
  const body = el(
    'body',
    null,
    el(
      'main',
      null,
      el('h1', null, app.name || 'Untitled application'),
      el('p', null, `${category.title} · ${ROUTES[app.route].title} · ${STAGE_WORDS[app.stage]}`),
      el(
        'p',
        { class: 'meta' },
        `Exported ${stamp(exportedAt)} from ProReg Companion. Estimated length when printed: ${describePages(pages.total)} (career history ${describePages(pages.career)}).`,
      ),
      progressSection(app, rules),
      rulesSection(app, rules),
      checklistSection(app, rules),
      detailsSection(app),
      el(
        'section',
        null,
        el('h2', null, 'Career history'),
        app.roles.length ? app.roles.map((r, i) => roleSection(r, i, rules)) : el('p', { class: 'meta' }, 'No roles yet.'),
      ),
      coverageSection(options.coverage),
      documentsSection(app, data, rules),
      el(
        'section',
        null,
        el('h2', null, 'Panelling'),
        table(
          ['Detail', 'Value'],
          [
            ['Sector', app.panelling.sector || '—'],
            ['Specialisms', app.panelling.specialisms.join(', ') || '—'],
            ['Interview location', app.panelling.interviewLocation || '—'],
          ],
        ),
      ),
      lockSection(app),
      supportersSection(app),
      mentorSection(app, options.comments ?? []),
      afterSection(app),
      options.development ? developmentSection(app, options.development, exportedAt.slice(0, 10), table) : null,
      historySection(app),
      mentorHowTo(options.workbookUrl ?? null),
    ),
    el(
      'footer',
      null,
      'This page holds the complete application as data, in the ProReg Companion exchange format (',
      data.format,
      ', version ',
      data.version,
      '). Import it into ProReg Companion to continue or to review it; opening it here runs nothing.',
    ),
    new Markup(`${EMBED_OPEN}${embedJson(data)}</script>`),
  );
  const head = el(
    'head',
    null,
    voidEl('meta', { charset: 'utf-8' }),
    voidEl('meta', { 'http-equiv': 'Content-Security-Policy', content: EXPORT_CSP }),
    voidEl('meta', { name: 'viewport', content: 'width=device-width, initial-scale=1' }),
    voidEl('meta', { name: 'generator', content: `${data.exportedBy.app} ${data.exportedBy.version}` }),
    el('title', null, `${app.name || 'Application'}: ${app.category} application`),
    new Markup(`<style>${designCss()}${STYLE}</style>`),
  );
  return `<!doctype html>\n<html lang="en-GB">${head.html}${body.html}</html>\n`;
}
