// Hostile input: limits hold before any schema runs, keys cannot reach a prototype, and user
// text in the export stays text.

import fc from 'fast-check';
import { afterEach, describe, expect, test } from 'vitest';

/** Property tests run thousands of cases; give them room on a busy two-core machine. */
const PROPERTY_TIMEOUT = 120_000;

import { briefingFor, renderBriefingHtml } from '../../../core/exchange/briefing.ts';
import { serializeApplication } from '../../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { EXCHANGE_LIMITS } from '../../../core/exchange/limits.ts';
import { parseExchangeFile } from '../../../core/exchange/parse.ts';
import { parseReviewFile } from '../../../core/exchange/review.ts';
import { applicationArb, HOSTILE } from './arbitraries.ts';
import { lockedSample, sampleApplication } from './sample.ts';

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

// biome-ignore lint/suspicious/noExplicitAny: the test edits arbitrary fields of a parsed file
const fileWith = (mutate: (data: Record<string, any>) => void): string => {
  const { app, bytes } = sampleApplication();
  const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
  mutate(data);
  return JSON.stringify(data);
};

function errorsOf(text: string) {
  const result = parseExchangeFile(text);
  if (result.ok) throw new Error('expected a rejection');
  return result.errors;
}

describe('limits are checked before the schema', () => {
  test('deep nesting (a million brackets) is refused with a message, without overflowing the stack', () => {
    const deep = `{"format":"proreg-companion/application","version":2,"x":${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}}`;
    const [error] = errorsOf(deep);
    expect(error!.message).toMatch(/nested 1000001 levels deep/);
  });

  test('an enormous string is refused and the field is named', () => {
    const errors = errorsOf(fileWith((d) => (d.application.roles[0].achievements = 'x'.repeat(EXCHANGE_LIMITS.maxTextChars + 1))));
    expect(errors[0]).toMatchObject({ path: 'application.roles[0].achievements' });
    expect(errors[0]!.message).toMatch(/100,001 characters long; a field can hold up to 100,000 characters/);
  });

  test('a file over the size limit is refused before it is parsed', () => {
    const errors = parseExchangeFile('{}', { ...EXCHANGE_LIMITS, maxFileChars: 1 });
    expect(!errors.ok && errors.errors[0]!.message).toMatch(/too large/);
  });

  test('an enormous key is refused without echoing it', () => {
    const errors = errorsOf(fileWith((d) => (d.application.checklist['k'.repeat(50_000)] = { done: true, note: '' })));
    expect(errors[0]).toMatchObject({ path: 'application.checklist', message: expect.stringMatching(/50,000 characters long/) });
    expect(errors[0]!.message.length).toBeLessThan(200);
  });

  test('an over-long list is refused with its path', () => {
    const errors = errorsOf(fileWith((d) => (d.application.panelling.specialisms = Array.from({ length: 5001 }, () => 'x'))));
    expect(errors[0]).toMatchObject({ path: 'application.panelling.specialisms' });
  });
});

describe('prototype pollution', () => {
  for (const key of ['__proto__', 'constructor', 'prototype']) {
    test(`a "${key}" key anywhere is refused with its path`, () => {
      const text = fileWith((d) => {
        Object.defineProperty(d.application.checklist, key, { value: { polluted: 1 }, enumerable: true });
      });
      expect(text).toContain(`"${key}"`);
      const errors = errorsOf(text);
      expect(errors[0]!.path).toBe(`application.checklist.${key}`);
      expect(errors[0]!.message).toMatch(/not allowed/);
    });
  }

  test('a review file with "__proto__" keys is refused and pollutes nothing', () => {
    const result = parseReviewFile(
      '{"__proto__":{"polluted":1},"format":"proreg-companion/review","review":{"constructor":{"prototype":{"polluted":1}}}}',
    );
    expect(result.ok).toBe(false);
  });
});

describe('the .html export keeps user text as text', () => {
  // Attribute values are always double-quoted with '"' escaped, so this reads them reliably.
  const tagsIn = (html: string) =>
    [...html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)([^>]*)>/g)].map((m) => ({
      tag: m[1]!.toLowerCase(),
      attrs: m[2]!,
      names: [...m[2]!.matchAll(/\s([^\s="]+)(?:="([^"]*)")?/g)].map((a) => ({ name: a[1]!.toLowerCase(), value: a[2] ?? '' })),
    }));

  test(
    'hostile text in every field produces no element, attribute or script of its own',
    () => {
      fc.assert(
        fc.property(applicationArb, ({ app, bytes }) => {
          const html = renderApplicationHtml(app, bytes);
          const tags = tagsIn(html);
          // Exactly one script element: the inert JSON data block.
          expect(tags.filter((t) => t.tag === 'script').map((t) => t.attrs)).toEqual([' type="application/json" id="proreg-data"']);
          // No event-handler attribute, no javascript: URL, images only as data: of raster types.
          for (const t of tags) {
            expect(t.attrs.replace(/="[^"]*"/g, '')).toMatch(/^[\sa-z-]*$/);
            for (const a of t.names) {
              expect(a.name).not.toMatch(/^on/);
              if (a.name === 'href' || a.name === 'src') expect(a.value).toMatch(/^data:image\//);
            }
            if (t.tag === 'img') expect(t.attrs).toMatch(/src="data:image\/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=]*"/);
            expect(['svg', 'iframe', 'object', 'embed', 'a', 'form', 'link', 'base']).not.toContain(t.tag);
          }
          // The data block closes exactly once, at its own end.
          const start = html.indexOf('id="proreg-data">');
          expect(html.indexOf('</script', start)).toBe(html.lastIndexOf('</script'));
        }),
        { numRuns: 300 },
      );
    },
    PROPERTY_TIMEOUT,
  );

  test('a Content-Security-Policy forbids script, and the page needs none', () => {
    const { app, bytes } = lockedSample();
    const html = renderApplicationHtml(app, bytes);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*script-src &#39;none&#39;/);
    expect(html).toContain('Lead Engineer, Grid Systems Ltd');
    expect(html).toContain('The snapshot matches its fingerprint.');
  });

  test('the supporter briefing escapes names and writes no statement for the supporter', () => {
    const { app } = lockedSample();
    const supporter = { ...app.supporters[0]!, name: HOSTILE[1]! };
    const html = renderBriefingHtml(briefingFor(app, supporter));
    expect(tagsIn(html).some((t) => t.tag === 'img' || t.tag === 'script')).toBe(false);
    expect(html).toContain('&#60;img src=x onerror=');
  });
});
