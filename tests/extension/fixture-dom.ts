// Loads a Career Manager fixture page into happy-dom at its real URL, for unit tests of the
// extraction and recognition code (the browser tests cover the same pages in Chromium).

import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Window } from 'happy-dom';

export const FIXTURES = resolve('tests/fixtures/career-manager');
const INDEX = JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as Record<string, string>;

/** Every fixture name with its URL under the Career Manager host. */
export const FIXTURE_PAGES: { name: string; url: string }[] = Object.entries(INDEX).map(([path, name]) => ({
  name,
  url: `https://careermanager.theiet.org${path}`,
}));

/** A happy-dom document of one fixture, scripts not run. */
export function fixtureDocument(name: string, url?: string): Document {
  const page = FIXTURE_PAGES.find((p) => p.name === name);
  const window = new Window({
    url: url ?? page?.url ?? 'https://careermanager.theiet.org/',
    settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true },
  });
  window.document.write(readFileSync(join(FIXTURES, `${name}.html`), 'utf8'));
  return window.document as unknown as Document;
}

/**
 * The page kind a fixture shows: its name, or the part before "--" for other renderings of the
 * same page (checklist--negated); null for pages that are not part of the registration path
 * (home, other--cpd).
 */
export function kindOf(name: string): string | null {
  const kind = name.split('--')[0]!;
  return kind === 'home' || kind === 'other' ? null : kind;
}
