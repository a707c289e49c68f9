// Career Manager pages as the browser tests answer them: the fixture files under their paths
// (tests/fixtures/career-manager/index.json), plus pages a test publishes at run time (generated
// renderings of a fixture), all under the real host name.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CAREER_MANAGER_ORIGIN, FIXTURES } from './browser.ts';

/** Answers a Career Manager URL with a page's HTML, or null (then the browser gets a 404). */
export type PageSource = (url: URL) => string | null;

function index(): Record<string, string> {
  return JSON.parse(readFileSync(join(FIXTURES, 'index.json'), 'utf8')) as Record<string, string>;
}

/** The fixture pages, and room for pages published by a test (a published path wins). */
export function careerManagerPages(): { source: PageSource; publish(path: string, html: string): string } {
  const published = new Map<string, string>();
  return {
    source(url) {
      const own = published.get(url.pathname);
      if (own !== undefined) return own;
      const name = index()[url.pathname];
      return name ? readFileSync(join(FIXTURES, `${name}.html`), 'utf8') : null;
    },
    publish(path, html) {
      published.set(path, html);
      return CAREER_MANAGER_ORIGIN + path;
    },
  };
}
