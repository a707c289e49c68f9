import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../core/application/canonical.ts';
import { sha256Hex, snapshotContent, snapshotIntact } from '../../core/application/hashing.ts';
import { locked, readyToLock } from './fixtures.ts';

describe('canonical JSON', () => {
  test('sorts keys at every level and leaves arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, 1], c: 'x' } })).toBe('{"a":{"c":"x","d":[3,1]},"b":1}');
  });

  test('drops undefined fields as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: null, c: [undefined] })).toBe('{"b":null,"c":[null]}');
  });

  test('equal data gives equal text whatever the key order, and it parses back to the same data', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        const reordered = JSON.parse(JSON.stringify(value), (_k, v: unknown) =>
          v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).reverse()) : v,
        );
        expect(canonicalJson(reordered)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('SHA-256', () => {
  test('matches the published test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  test('hashes text as UTF-8', () => {
    expect(sha256Hex('é')).toBe(sha256Hex('\u00e9'));
    expect(sha256Hex('é')).not.toBe(sha256Hex('e\u0301'));
  });
});

describe('snapshot content', () => {
  test('keeps the content of the application and nothing of its workflow', () => {
    const content = snapshotContent(locked());
    expect(Object.keys(content).sort()).toEqual([
      'category',
      'checklist',
      'development',
      'documents',
      'panelling',
      'personal',
      'pra',
      'qualifications',
      'roles',
      'route',
      'scheme',
    ]);
  });

  test('is a deep copy: changing it does not touch the application', () => {
    const app = readyToLock();
    const content = snapshotContent(app);
    content.roles[0]!.achievements = 'changed';
    expect(app.roles[0]?.achievements).not.toBe('changed');
  });

  test('a snapshot whose content was altered no longer matches its hash', () => {
    const snapshot = locked().lock!;
    expect(snapshotIntact(snapshot)).toBe(true);
    expect(snapshotIntact({ ...snapshot, content: { ...snapshot.content, category: 'IEng' } })).toBe(false);
  });
});
