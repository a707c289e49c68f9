import { describe, expect, test } from 'vitest';
import { RECOGNISERS, recognisePage } from '../../core/pages/recognise.ts';
import { PAGE_RULES } from '../../core/pages/rules.ts';
import type { PageDescription, PageKind } from '../../core/pages/types.ts';
import { describePage } from '../../extension/content/extract.ts';
import { FIXTURE_PAGES, fixtureDocument } from './fixture-dom.ts';

const described = new Map(FIXTURE_PAGES.map((p) => [p.name, describePage(fixtureDocument(p.name))]));
const kinds = PAGE_RULES.map((r) => r.kind);

test('every page kind has a fixture of the same name', () => {
  for (const kind of kinds) expect(described.has(kind), kind).toBe(true);
});

describe('recogniser matrix: each recogniser matches its own fixture and rejects every other', () => {
  for (const kind of kinds) {
    test(kind, () => {
      for (const [name, page] of described) {
        expect(RECOGNISERS[kind](page), `${kind} on fixture ${name}`).toBe(name === kind);
      }
    });
  }
});

test('the Career Manager home page is not a page of the registration path', () => {
  expect(recognisePage(described.get('home')!)).toBeNull();
});

test('recognition does not depend on class names: stripping every class changes nothing', () => {
  for (const { name } of FIXTURE_PAGES) {
    const doc = fixtureDocument(name);
    for (const el of doc.querySelectorAll('[class]')) el.removeAttribute('class');
    // The orange marker comes from styles keyed on classes; keep it as an inline style instead.
    const before = described.get(name)!;
    const after = { ...describePage(doc), hasOrangeMarker: before.hasOrangeMarker };
    expect(recognisePage(after), name).toBe(recognisePage(before));
  }
});

test('a known page served from a host outside theiet.org is not recognised', () => {
  const page: PageDescription = { ...described.get('checklist')!, url: 'https://careermanager.example.com/checklist' };
  expect(recognisePage(page)).toBeNull();
});

test('the checklist is only recognised when the orange mandatory marker shows', () => {
  const page = described.get('checklist')!;
  expect(recognisePage(page)).toBe<PageKind>('checklist');
  expect(recognisePage({ ...page, hasOrangeMarker: false })).toBeNull();
});

test('a page that matches two rules is treated as unknown rather than guessed', () => {
  const page = described.get('validate-unlocked')!;
  const mixed = { ...page, headings: [...page.headings, 'Submit your application'], buttons: [...page.buttons, 'Submit application'] };
  expect(recognisePage(mixed)).toBeNull();
});
