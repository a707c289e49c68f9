// Imports close bidi controls left open (core/text/bidi.ts). What an applicant wrote with one open
// must still read as unchanged after a round trip: its lock, a mentor's comment on it, its length.
import { describe, expect, test } from 'vitest';
import { snapshotContent } from '../../../core/application/hashing.ts';
import { takeSnapshot } from '../../../core/application/lock.ts';
import { againstOf, isOutdated } from '../../../core/exchange/anchors.ts';
import { serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { parseApplicationFile, parseExchangeFile } from '../../../core/exchange/parse.ts';
import type { Application } from '../../../core/types.ts';
import { sampleApplication } from './sample.ts';

const OPEN = 'I cut faults by a third \u202bעברית';

/** The sample with one achievement that leaves a right-to-left embedding open, locked with the workbook's own snapshot. */
function lockedWithOpenBidi(): { app: Application; bytes: ReturnType<typeof sampleApplication>['bytes'] } {
  const { app, bytes } = sampleApplication();
  const written: Application = { ...app, roles: app.roles.map((r, i) => (i === 0 ? { ...r, achievements: OPEN } : r)) };
  return { app: { ...written, stage: 'locked', lock: takeSnapshot(written, '2026-11-28T11:00:00.000Z') }, bytes };
}

describe('text with a bidi control left open, after a round trip', () => {
  test('a lock taken on it still matches: no "changed after locking" on the export or on a backup', () => {
    const { app, bytes } = lockedWithOpenBidi();
    expect(app.lock!.content).toEqual(snapshotContent(app));
    const exported = parseExchangeFile(JSON.stringify(serializeApplication(app, bytes)));
    if (!exported.ok) throw new Error(JSON.stringify(exported.errors));
    expect(exported.warnings).toEqual([]);
    const backup = parseExchangeFile(JSON.stringify(serializeWorkbook([app], bytes)));
    if (!backup.ok) throw new Error(JSON.stringify(backup.errors));
    expect(backup.warnings).toEqual([]);
  });

  test("a mentor's comment on it is current for the applicant, whose own copy still has it open", () => {
    const { app, bytes } = lockedWithOpenBidi();
    const parsed = parseApplicationFile(renderApplicationHtml(app, bytes, { exportedAt: '2026-11-28T12:00:00.000Z' }));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const mentorsCopy = parsed.value.application;
    expect(mentorsCopy.roles[0]!.achievements).not.toBe(OPEN);
    const anchor = { kind: 'role' as const, roleId: app.roles[0]!.id, field: 'achievements' as const };
    const comment = {
      id: 'c1',
      anchor,
      text: 'Say which faults.',
      at: '2026-11-28T13:00:00.000Z',
      against: againstOf(mentorsCopy, anchor),
    };
    expect(isOutdated(app, comment)).toBe(false);
  });

  test('a file that imported imports again once exported, even at the longest a field may be', () => {
    const { app, bytes } = sampleApplication();
    for (const achievements of [`${'a'.repeat(99_999)}\u202e`, '\u202e'.repeat(100_000)]) {
      const long: Application = { ...app, roles: app.roles.map((r, i) => (i === 0 ? { ...r, achievements } : r)) };
      const first = parseApplicationFile(JSON.stringify(serializeApplication(long, bytes)));
      if (!first.ok) throw new Error(JSON.stringify(first.errors));
      const again = parseApplicationFile(JSON.stringify(serializeApplication(first.value.application, bytes)));
      expect(again.ok ? 'imported' : again.errors.map((e) => e.message)).toBe('imported');
    }
  });

  test("the .html export never lets a name's open override reverse the export's own words after it", () => {
    const { app, bytes } = sampleApplication();
    const html = renderApplicationHtml({ ...app, name: 'Ada CEng \u202e' }, bytes);
    // What is shown (the file's embedded data, after the last <script, keeps the name exactly as written).
    const shown = html.slice(0, html.lastIndexOf('<script'));
    expect(shown).toContain('Ada CEng \u202e\u202c');
    expect(shown).not.toMatch(/\u202e(?!\u202c)/);
  });
});
