import { describe, expect, test } from 'vitest';
import { newApplication } from '../../core/application/create.ts';
import { editApplication } from '../../core/application/edit.ts';
import { checklistReasons } from '../../core/application/gates.ts';
import { checklistStatus } from '../../core/application/status.ts';
import { CATEGORY_IDS, ROUTE_IDS } from '../../core/rules/categories.ts';
import type { Application } from '../../core/types.ts';
import { LIMITS, must, role, T0, T1 } from './fixtures.ts';

// Every "still needed" piece is joined into one sentence, so each must read as a noun phrase.
const NOUN_PHRASE = /^(a|an|the|your|at least|Role \d|Qualification \d|Development record \d)\b/;

function cases(): Application[] {
  return CATEGORY_IDS.flatMap((category) =>
    ROUTE_IDS.map((route) => newApplication({ id: `${category}-${route}`, name: 'n', category, route, now: T0 })),
  ).flatMap((empty) => [
    empty,
    must(
      editApplication(
        empty,
        {
          personal: { fullName: 'Ada', email: 'not-an-email', membershipNumber: '' },
          qualifications: [{ id: 'q', title: '', institution: '', year: '', accredited: false }],
          roles: [
            role('r1', '', { title: '', responsibilities: '', achievements: '', start: '2025-05-01', end: '2024-01-01', current: false }),
          ],
          development: [{ id: 'd', date: '2099-01-01', title: 'Course', notes: '' }],
          pra: { answer: 'yes', who: 'pra', date: '', adviser: '' },
          scheme: { completed: true, name: '' },
        },
        T1,
      ),
    ),
  ]);
}

describe('checklist reasons read as whole sentences', () => {
  test('no reason for any item, category or route contains a broken join like "missing tick"', () => {
    let seen = 0;
    for (const app of cases()) {
      for (const status of checklistStatus(app, LIMITS)) {
        if (status.item.advisory) continue;
        for (const piece of status.missing) expect(piece, `${status.item.id}: ${piece}`).toMatch(NOUN_PHRASE);
      }
      for (const r of checklistReasons(app, LIMITS)) {
        seen++;
        expect(r.message).toMatch(/^Checklist: complete “[^”]+” — still needed: .+\.$/);
        expect(r.message).not.toMatch(/missing (tick|not|only|mark|add|enter|complete)\b/i);
        expect(r.message).not.toMatch(/needed: (tick|mark|add|enter|complete)\b/i);
      }
    }
    expect(seen).toBeGreaterThan(20);
  });

  test('the apprenticeship item (ticked off in Career Manager) reads well', () => {
    const app = newApplication({ id: 'a', name: 'n', category: 'EngTech', route: 'streamlined', now: T0 });
    const message = checklistReasons(app, LIMITS).find((r) => r.message.includes('Approved apprenticeship details'))?.message;
    expect(message).toBe(
      'Checklist: complete “Approved apprenticeship details” — still needed: a tick here once it is done in Career Manager.',
    );
  });

  test('the optional development scheme is labelled optional, not mandatory', () => {
    const app = newApplication({ id: 'a', name: 'n', category: 'CEng', route: 'standard', now: T0 });
    const scheme = checklistStatus(app, LIMITS).find((s) => s.item.id === 'development-scheme');
    expect(scheme).toMatchObject({ mandatory: false, needed: 'Optional — only if you have one' });
    expect(
      checklistReasons(app, LIMITS)
        .map((r) => r.message)
        .join(' '),
    ).not.toMatch(/scheme/i);
  });
});
