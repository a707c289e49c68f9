// The workbook's start path stays within its budget and carries only the shell, the store and
// the screen router: every screen and heavy capability loads on demand, and the service worker
// precaches all of it so loading on demand works offline. Sizes are deterministic; times live
// in `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { DIST_PWA } from '../harness/browser.ts';
import { KB, workbookStartPath } from '../harness/sizes.ts';

const BUDGET = 50 * KB;

test('the workbook start path is within 50 KB gzip', () => {
  const start = workbookStartPath(DIST_PWA);
  const detail = start.files.map(([f, n]) => `${f} ${(n / KB).toFixed(1)} KB`).join(', ');
  expect(start.bytes, `start path ${(start.bytes / KB).toFixed(1)} KB: ${detail}`).toBeLessThanOrEqual(BUDGET);
});

test('the start path is the shell and its first screen (the list): no other screen, evidence tools, import, export, mentor mode, exchange schema, hashing, nor Dexie', () => {
  const code = workbookStartPath(DIST_PWA)
    .files.map(([f]) => readFileSync(join(DIST_PWA, f), 'utf8'))
    .join('\n');
  // A phrase only each part's own code holds.
  const parts = {
    'the overview screen': 'Prepare in the workbook',
    'the development screens': 'CPD log',
    'the evidence coverage matrix': 'Panels like to see a competence shown',
    'the level check': 'The panel assesses what you did yourself',
    'the database library (Dexie)': 'Dexie',
    'the settings screen': 'Storage on this device',
    'the checklist screen': 'Read each item',
    'the import screen': 'Choose a file to import',
    'mentor mode': 'Open an application to review',
    'the exchange format': 'proreg-companion/application',
    'the export builder': 'found when checking the file before saving it',
    'the exchange schemas (valibot)': '~run',
    'hashing (SHA-256 constants)': '1116352408',
    'the assembler': 'Make one PDF from',
  };
  const present = Object.entries(parts).filter(([, phrase]) => code.includes(phrase));
  expect(present.map(([part]) => part)).toEqual([]);
  // And each phrase does exist somewhere in the build, so the check above can fail.
  const all = readdirSync(join(DIST_PWA, 'assets'))
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(DIST_PWA, 'assets', f), 'utf8'))
    .join('\n');
  expect(Object.entries(parts).filter(([, phrase]) => !all.includes(phrase))).toEqual([]);
});

test('the service worker precaches every script, so screens loaded on demand work offline', () => {
  const sw = readFileSync(join(DIST_PWA, 'sw.js'), 'utf8');
  const scripts = readdirSync(join(DIST_PWA, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  expect(scripts.filter((f) => !sw.includes(`"assets/${f}"`))).toEqual([]);
});
