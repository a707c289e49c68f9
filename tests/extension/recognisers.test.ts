import { describe, expect, test } from 'vitest';
import { markerDecides, RECOGNISERS, recognise, recognisePage, verdict } from '../../core/pages/recognise.ts';
import { PAGE_RULES, THRESHOLD } from '../../core/pages/rules.ts';
import type { PageDescription, PageKind } from '../../core/pages/types.ts';
import { describePage, readMarker } from '../../extension/content/extract.ts';
import { FIXTURE_PAGES, fixtureDocument, kindOf } from './fixture-dom.ts';

/** A page's whole reading, the orange marker included (the content script reads it when the background asks). */
function fullyDescribed(doc: Document): PageDescription {
  return { ...describePage(doc), hasOrangeMarker: readMarker(doc) };
}

const described = new Map(FIXTURE_PAGES.map((p) => [p.name, fullyDescribed(fixtureDocument(p.name))]));
const kinds = PAGE_RULES.map((r) => r.kind);

test('every page kind has a fixture of the same name', () => {
  for (const kind of kinds) expect(described.has(kind), kind).toBe(true);
});

describe('recogniser matrix: each recogniser matches its own fixtures and rejects every other', () => {
  for (const kind of kinds) {
    test(kind, () => {
      for (const [name, page] of described) {
        expect(RECOGNISERS[kind](page), `${kind} on fixture ${name}`).toBe(kindOf(name) === kind);
      }
    });
  }
});

test("Career Manager's other pages (home, CPD records, a membership upgrade with its own check list and uploads) get nothing", () => {
  for (const name of ['home', 'other--cpd', 'other--membership']) {
    const seen = recognise(described.get(name)!);
    expect(seen.matched, name).toEqual([]);
    expect(seen.kind, name).toBeNull();
  }
});

test('no single cue is enough: a page showing only one piece of evidence is not recognised', () => {
  const blank: PageDescription = {
    url: 'https://careermanager.theiet.org/x',
    title: '',
    headings: [],
    buttons: [],
    links: [],
    tabs: [],
    selectedTab: null,
    labels: [],
    fileInputs: 0,
    hasOrangeMarker: false,
  };
  for (const rule of PAGE_RULES) {
    for (const cue of rule.cues) expect(cue.weight, `${rule.kind} ${cue.match}`).toBeLessThan(THRESHOLD);
    expect((rule.marker ?? 0) + (rule.fileInputs ?? 0) + (rule.sections ?? 0)).toBeLessThan(THRESHOLD);
  }
  const onlyHeading = { ...blank, headings: ['Registration Check List'] };
  expect(recognise(onlyHeading).matched).toEqual([]);
  const onlyMarkerAndUploads = { ...blank, hasOrangeMarker: true, fileInputs: 2, buttons: ['Upload'] };
  expect(recognise(onlyMarkerAndUploads).matched).toEqual([]);
});

test('evidence converges: every page is still recognised when its title is generic, or when one other cue is missing', () => {
  for (const [name, page] of described) {
    const kind = kindOf(name);
    if (!kind) continue;
    expect(recognisePage({ ...page, title: 'IET Career Manager' }), `${name} with a generic title`).toBe(kind);
  }
  const checklist = described.get('checklist')!;
  expect(recognisePage({ ...checklist, hasOrangeMarker: false })).toBe<PageKind>('checklist');
  expect(recognisePage({ ...checklist, selectedTab: null })).toBe<PageKind>('checklist');
  const documents = described.get('documents')!;
  expect(recognisePage({ ...documents, buttons: [], fileInputs: 3 })).toBe<PageKind>('documents');
});

test('the first description leaves the marker unread; its verdict is the full reading’s, or it asks for the marker and claims nothing', () => {
  for (const { name } of FIXTURE_PAGES) {
    const doc = fixtureDocument(name);
    const first = describePage(doc);
    expect(first.hasOrangeMarker, name).toBeNull();
    const full = verdict(described.get(name)!);
    const seen = verdict(first);
    if (seen.needsMarker) continue;
    expect({ kind: seen.kind, matched: seen.matched, header: seen.header }, name).toEqual({
      kind: full.kind,
      matched: full.matched,
      header: full.header,
    });
  }
  // The check list with no tab selected: the marker is the fifth point, so it must be read first.
  const checklist = { ...described.get('checklist')!, selectedTab: null };
  const unread = { ...checklist, hasOrangeMarker: null };
  expect(markerDecides(unread)).toBe(true);
  const asked = verdict(unread);
  expect(asked.needsMarker).toBe(true);
  expect(asked).toMatchObject({ kind: null, matched: [], header: null, step: null, items: [] });
  expect(RECOGNISERS.checklist(unread)).toBe(false);
  expect(verdict({ ...checklist, hasOrangeMarker: true }).kind).toBe<PageKind>('checklist');
  expect(verdict({ ...checklist, hasOrangeMarker: false }).matched).toEqual([]);
  // Where the texts decide alone, the marker is never asked for.
  expect(markerDecides({ ...described.get('checklist')!, hasOrangeMarker: null })).toBe(false);
  expect(markerDecides({ ...described.get('role')!, hasOrangeMarker: null })).toBe(false);
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

test('a page that matches two kinds is not taken for either: both are reported, so only the plain panel shows', () => {
  // Validate / Verify with neither a Lock nor an Unlock button: locked or not cannot be told.
  const validate = described.get('validate-unlocked')!;
  const neither = recognise({ ...validate, buttons: [] });
  expect(neither.kind).toBeNull();
  expect(neither.matched.sort()).toEqual(['validate-locked', 'validate-unlocked']);
  // The category page with no route tab selected.
  const category = recognise({ ...described.get('category-standard')!, selectedTab: null });
  expect(category.kind).toBeNull();
  expect(category.matched.sort()).toEqual(['category-standard', 'category-streamlined']);
  // Two pages' evidence at once.
  const mixed = recognise({
    ...validate,
    headings: [...validate.headings, 'Submit your application'],
    buttons: [...validate.buttons, 'Submit application'],
    title: 'Submit your application',
  });
  expect(mixed.kind).toBeNull();
  expect(mixed.matched.length).toBeGreaterThan(1);
});

test('a cue against a kind rules it out whatever else the page shows', () => {
  const locked = described.get('validate-locked')!;
  expect(recognise(locked).scores['validate-unlocked']).toBeUndefined();
  expect(recognisePage(locked)).toBe<PageKind>('validate-locked');
});

test('the window title and the tab bar alone do not make a page: content replaced in place with something else is not taken for the old page', () => {
  const doc = fixtureDocument('checklist');
  doc.querySelector('main')!.innerHTML = '<h1>Account settings</h1><p>Nothing about registration here.</p>';
  expect(recognise(fullyDescribed(doc)).matched).toEqual([]);
});

test('the verdict the background sends a page: the header and step guidance for one kind; for two, both names and nothing else', () => {
  const one = verdict(described.get('checklist')!);
  expect(one.header).toEqual({ step: 'Step 3 of 10: Registration checklist', page: 'Registration Check List' });
  expect(one.step).toBe('checklist');
  expect(one.guidance).toMatch(/\w/);
  const validate = described.get('validate-unlocked')!;
  const two = verdict({ ...validate, buttons: [] });
  expect(two.kind).toBeNull();
  expect(two.step).toBeNull();
  expect(two.guidance).toBeNull();
  expect(two.header!.page).toBe(
    'Validate / Verify (not locked) or Validate / Verify (locked)? It shows signs of more than one, so the companion adds nothing to it.',
  );
  expect(verdict(described.get('home')!).header).toBeNull();
});
