// Format version 5: files record the rules in force, and every older file still imports, restored
// to today's shape (tests/fixtures/exchange/: version 2 files written by the version 2 code, and
// the same files as the version 4 code wrote them after reading them).
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { snapshotIntact } from '../../../core/application/hashing.ts';
import { canLock } from '../../../core/application/lock.ts';
import { restoreApplication } from '../../../core/application/restore.ts';
import { checklistStatus, documentStatus } from '../../../core/application/status.ts';
import { FORMAT_VERSION, recordedRulesInForce, serializeApplication, serializeWorkbook } from '../../../core/exchange/format.ts';
import { renderApplicationHtml } from '../../../core/exchange/html.ts';
import { parseApplicationFile, parseExchangeFile } from '../../../core/exchange/parse.ts';
import { DEFAULT_RULES, RULE_DEFAULTS, rulesInForce } from '../../../core/rules/adjustable.ts';
import { NOT_APPLICABLE } from '../../../core/rules/steps.ts';
import { lockedSample, sampleApplication } from './sample.ts';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/exchange/${name}`, import.meta.url), 'utf8');

describe('version 2 files still import', () => {
  test('a locked CEng application: the ticked adviser box becomes "yes, a PRA", and the intact snapshot stays intact', () => {
    const text = fixture('v2-locked-ceng.json');
    expect(JSON.parse(text).version).toBe(2);
    const parsed = parseExchangeFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.migratedFrom).toBe(2);
    expect(parsed.warnings).toEqual([]);
    if (parsed.value.kind !== 'application') throw new Error('kind');
    const { file } = parsed.value;
    expect(file.version).toBe(FORMAT_VERSION);
    expect(file.rules).toBeUndefined();
    expect(file.application.pra).toEqual({ answer: 'yes', who: 'pra', date: '2026-10-01', adviser: 'Jo Adviser' });
    expect(file.application.lock?.content.pra).toEqual(file.application.pra);
    expect(snapshotIntact(file.application.lock!)).toBe(true);
    // The history's lock event names the re-hashed snapshot, so the workbook still knows which lock it was.
    expect(file.application.history.at(-1)).toEqual({
      type: 'locked',
      at: file.application.lock!.at,
      sha256: file.application.lock!.sha256,
    });
    // No rules recorded: a reader checks against its own defaults.
    expect(recordedRulesInForce(file.rules)).toEqual(DEFAULT_RULES);
  });

  test('a backup with an unlocked EngTech application and a mentor review: every application inside moves up', () => {
    const parsed = parseExchangeFile(fixture('v2-backup-engtech.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    if (parsed.value.kind !== 'workbook') throw new Error('kind');
    const app = parsed.value.file.applications[0]!.application;
    // An unticked box was never an answer.
    expect(app.pra).toEqual({ answer: '', who: '', date: '', adviser: '' });
    expect(app.panelling.interviewLocation).toBe(NOT_APPLICABLE);
    const unlocked = app.history.find((e) => e.type === 'unlocked');
    if (unlocked?.type !== 'unlocked') throw new Error('no unlock');
    expect(unlocked.snapshot.content.panelling.interviewLocation).toBe('Not Applicable');
    expect(snapshotIntact(unlocked.snapshot)).toBe(true);
    expect(app.history.find((e) => e.type === 'locked')).toMatchObject({ sha256: unlocked.snapshot.sha256 });
    const source = parsed.value.file.reviews![0]!.source;
    expect(source.version).toBe(FORMAT_VERSION);
    expect(source.application.pra.answer).toBe('yes');
    expect(parsed.warnings).toEqual([]);
  });

  test('a snapshot altered by hand before the migration is still reported as altered', () => {
    const data = JSON.parse(fixture('v2-locked-ceng.json'));
    data.application.lock.content.roles[0].achievements = 'Edited after the lock.';
    const parsed = parseApplicationFile(JSON.stringify(data));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.warnings.map((w) => w.path)).toContain('application.lock.sha256');
  });

  test('restoring is idempotent: a current application comes back unchanged', () => {
    const { app } = lockedSample();
    expect(restoreApplication(app)).toEqual(app);
    const once = restoreApplication(JSON.parse(fixture('v2-locked-ceng.json')).application);
    expect(restoreApplication(once)).toEqual(once);
  });
});

describe('version 4 files still import', () => {
  test('a locked CEng application (with its evidence): the adviser answer restored, the snapshot intact, the evidence kept', () => {
    const text = fixture('v4-locked-ceng.json');
    const raw = JSON.parse(text);
    expect(raw.version).toBe(4);
    expect(raw.application.pra.consulted).toBe(true);
    const parsed = parseExchangeFile(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(parsed.value.migratedFrom).toBe(4);
    expect(parsed.warnings).toEqual([]);
    if (parsed.value.kind !== 'application') throw new Error('kind');
    const { file } = parsed.value;
    expect(file.version).toBe(FORMAT_VERSION);
    expect(file.rules).toBeUndefined();
    expect(file.application.pra).toEqual({ answer: 'yes', who: 'pra', date: '2026-10-01', adviser: 'Jo Adviser' });
    expect(file.application.evidence).toEqual(raw.application.evidence);
    expect(snapshotIntact(file.application.lock!)).toBe(true);
    expect(file.application.history.at(-1)).toMatchObject({ type: 'locked', sha256: file.application.lock!.sha256 });
  });

  test('a backup with a mentor review: its applications and the file inside the review move up', () => {
    const parsed = parseExchangeFile(fixture('v4-backup-engtech.json'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    if (parsed.value.kind !== 'workbook') throw new Error('kind');
    expect(parsed.value.migratedFrom).toBe(4);
    const app = parsed.value.file.applications[0]!.application;
    expect(app.pra).toEqual({ answer: '', who: '', date: '', adviser: '' });
    expect(app.panelling.interviewLocation).toBe(NOT_APPLICABLE);
    const unlocked = app.history.find((e) => e.type === 'unlocked');
    if (unlocked?.type !== 'unlocked') throw new Error('no unlock');
    expect(snapshotIntact(unlocked.snapshot)).toBe(true);
    const source = parsed.value.file.reviews![0]!.source;
    expect(source.version).toBe(FORMAT_VERSION);
    expect(source.application.pra).toEqual({ answer: 'yes', who: 'pra', date: '2026-10-01', adviser: 'Jo Adviser' });
    expect(parsed.warnings).toEqual([]);
  });
});

describe('version 5 files record the rules in force', () => {
  const relaxed = rulesInForce(RULE_DEFAULTS, {
    switches: { 'document:development-action-plan': false, 'document:accountability-diagram': true },
    limits: { supportersRequired: 3, maxFileSize: 2.5 * 1024 * 1024 },
  });

  test('an exported application carries every switch and limit as the applicant set them, and reads back to the same rules', () => {
    const { app, bytes } = sampleApplication();
    const file = serializeApplication(app, bytes, '2026-11-28T12:00:00.000Z', [], undefined, relaxed);
    expect(file.rules?.switches['document:development-action-plan']).toBe(false);
    expect(file.rules?.limits.supportersRequired).toBe(3);
    const parsed = parseApplicationFile(JSON.stringify(file));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(recordedRulesInForce(parsed.value.rules)).toEqual(relaxed);
  });

  test('a mentor reading the file sees the same gates as the applicant', () => {
    const { app, bytes } = sampleApplication({ documents: {} });
    const parsed = parseApplicationFile(JSON.stringify(serializeApplication(app, bytes, undefined, [], undefined, relaxed)));
    if (!parsed.ok) throw new Error('parse');
    const theirs = recordedRulesInForce(parsed.value.rules);
    expect(canLock(parsed.value.application, theirs)).toEqual(canLock(app, relaxed));
    const mandatory = (rules: typeof relaxed) =>
      documentStatus(app, rules)
        .filter((d) => d.mandatory)
        .map((d) => d.type.id);
    expect(mandatory(theirs)).toEqual(['accountability-diagram']);
    expect(mandatory(DEFAULT_RULES)).toEqual(['development-action-plan']);
  });

  test('a backup records the rules too', () => {
    const { app, bytes } = sampleApplication();
    const parsed = parseExchangeFile(JSON.stringify(serializeWorkbook([app], bytes, undefined, { rules: relaxed })));
    expect(parsed.ok && recordedRulesInForce(parsed.value.file.rules)).toEqual(relaxed);
  });

  test('rules a reader does not know, or values that make no sense, are refused or ignored, never trusted', () => {
    const { app, bytes } = sampleApplication();
    const data = JSON.parse(JSON.stringify(serializeApplication(app, bytes)));
    data.rules.switches['document:from-the-future'] = true;
    const parsed = parseApplicationFile(JSON.stringify(data));
    expect(parsed.ok && recordedRulesInForce(parsed.value.rules)).toEqual(DEFAULT_RULES);
    data.rules.limits.maxFileSize = -1;
    expect(parseApplicationFile(JSON.stringify(data)).ok).toBe(false);
    data.rules.limits.maxFileSize = 512 * 1024;
    data.rules.switches['document:development-action-plan'] = 'yes';
    expect(parseApplicationFile(JSON.stringify(data)).ok).toBe(false);
  });

  test('the .html export prints the rules it was checked against, and its progress follows them', () => {
    const { app, bytes } = sampleApplication({ documents: {} });
    const html = renderApplicationHtml(app, bytes, { rules: relaxed });
    expect(html).toContain('Rules checked against');
    expect(html).toMatch(/Development Action Plan \(DAP\)<\/strong>: Not mandatory \(changed by the applicant\)/);
    expect(html).toMatch(/Supporters needed<\/strong>: 3 \(changed by the applicant\)/);
    expect(html).toContain('Supporting documents: add your Accountability diagram.');
    expect(html).not.toContain('Supporting documents: add your Development Action Plan');
    expect(checklistStatus(app, relaxed).length).toBeGreaterThan(0);
  });
});
