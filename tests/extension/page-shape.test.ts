// "This page looks wrong" saves the page's shape: these tests plant personal text everywhere a
// page can hold it and check that none of it survives, while Career Manager's own words do.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { recognise } from '../../core/pages/recognise.ts';
import { anonymise } from '../../core/pages/shape.ts';
import { describePage } from '../../extension/content/extract.ts';
import { rawPage } from '../../extension/content/page-shape.ts';
import { readRows } from '../../extension/content/rows.ts';
import { FIXTURE_PAGES, fixtureDocument } from './fixture-dom.ts';

/** The shape as the companion makes it: taken from the page by the content script, anonymised by the background. */
function shapeOf(doc: Document): string {
  const { url: _, ...cues } = describePage(doc);
  const rows = readRows(doc);
  const raw = {
    host: doc.location.host,
    page: rawPage(doc, rows),
    recognition: recognise(describePage(doc)),
    cues,
    rows: rows.map(({ title, mandatory, status, statusText }) => ({ title, mandatory, status, statusText })),
  };
  return JSON.stringify(anonymise(raw, new Date('2026-11-29T10:00:00Z')));
}

const PERSONAL = {
  name: 'Aoife Ní Bhriain',
  email: 'aoife.nibhriain@northbridge-rail.example',
  employer: 'Northbridge Rail Systems',
  role: 'Signalling Design Engineer',
  text: 'I led the redesign of the Hexham junction interlocking, cutting possession time by a third.',
};

/** Pieces of the seeded text long enough to identify someone. */
const pieces = Object.values(PERSONAL).flatMap((s) => [s, ...s.split(/[\s.@-]+/).filter((w) => w.length >= 5)]);

function seed(doc: Document): void {
  doc.querySelector('header')?.append(` Signed in as ${PERSONAL.name} (${PERSONAL.email})`);
  const main = doc.querySelector('main')!;
  const p = doc.createElement('p');
  p.innerHTML = `<a href="mailto:${PERSONAL.email}" title="${PERSONAL.name}" id="user-${PERSONAL.name}" class="${PERSONAL.employer}" data-user="${PERSONAL.email}">${PERSONAL.employer}</a>
    <img alt="${PERSONAL.name}" src="data:,"> <span aria-label="${PERSONAL.role}">${PERSONAL.role}</span>
    <input value="${PERSONAL.email}" placeholder="${PERSONAL.name}"><textarea>${PERSONAL.text}</textarea>
    <select><option>${PERSONAL.employer}</option></select><input type="submit" value="${PERSONAL.name}">`;
  main.append(p);
}

test('no personal text survives in the page shape: name, email, employer, role and what the applicant wrote', () => {
  for (const name of ['role', 'supporters', 'checklist', 'validate-locked']) {
    const doc = fixtureDocument(name);
    seed(doc);
    const shape = shapeOf(doc).toLowerCase();
    for (const piece of pieces) expect(shape, `${piece} in the shape of ${name}`).not.toContain(piece.toLowerCase());
  }
});

test('the role page keeps its structure and labels but none of the applicant’s role, employer or text', () => {
  const shape = shapeOf(fixtureDocument('role'));
  // The fixture's own values: employer, title and responsibilities as typed into Career Manager.
  for (const piece of ['Northbridge', 'Signalling Design', 'interlocking']) expect(shape).not.toContain(piece);
  for (const kept of ['"Career History"', '"Responsibilities"', '"Personal Achievements"', '"Employer"', '"textarea"'])
    expect(shape).toContain(kept);
});

test('supporters’ names and comments on the locked page do not survive either', () => {
  const shape = shapeOf(fixtureDocument('validate-locked'));
  for (const piece of ['Priya', 'Raman', 'Ellis', 'resignalling', 'safety case']) expect(shape).not.toContain(piece);
});

test('any text planted anywhere in any fixture page is reduced to its length (property)', () => {
  const planted = fc
    .tuple(
      fc.stringMatching(/^[A-Za-z0-9@._ -]{6,24}$/),
      fc.constantFrom(...FIXTURE_PAGES.map((p) => p.name)),
      fc.nat(),
      fc.constantFrom('text', 'title', 'aria-label', 'alt', 'value', 'placeholder', 'data-x', 'id', 'class', 'href', 'textarea', 'option'),
    )
    .map(([s, page, at, where]) => ({ secret: `Qz${s}`, page, at, where }));
  fc.assert(
    fc.property(planted, ({ secret, page, at, where }) => {
      const doc = fixtureDocument(page);
      const all = [...doc.querySelectorAll('main *, main')];
      const host = all[at % all.length]!;
      if (where === 'text') host.append(secret);
      else if (where === 'textarea' || where === 'option') {
        const el = doc.createElement(where === 'textarea' ? 'textarea' : 'select');
        el.innerHTML = where === 'textarea' ? secret : `<option>${secret}</option>`;
        host.append(el);
      } else host.setAttribute(where, secret);
      expect(shapeOf(doc)).not.toContain(secret);
    }),
    { numRuns: 60 },
  );
}, 60_000);

test('Career Manager’s own words, the companion’s reading and the marker colours are kept, so a wrong reading can be understood', () => {
  const shape = JSON.parse(shapeOf(fixtureDocument('checklist--unread')));
  expect(shape.format).toBe('proreg-page-shape');
  expect(shape.host).toBe('careermanager.theiet.org');
  expect(shape.reading.recognition.kind).toBe('checklist');
  expect(shape.reading.cues.headings).toContain('Registration Check List');
  // "Under review" is a status the companion could not read: it stays, so we can learn it.
  expect(shape.reading.rows).toContainEqual({ title: 'Membership', mandatory: true, status: 'unknown', statusText: 'Under review' });
  const json = JSON.stringify(shape);
  expect(json).toContain('"Mandatory"');
  expect(json).toContain('"read":"row"');
  // The marker's colour as the browser computed it.
  expect(json).toMatch(/"colours":\{[^}]*(194, 81, 0|c25100|232, 119, 34|e87722)/i);
});
