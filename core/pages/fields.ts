// The long text fields of Career Manager pages the companion annotates.

/** A long text field the companion knows: the two per-role fields have a character guide. */
export type FieldKind = 'responsibilities' | 'achievements' | 'other';

/** Which field a label names. */
export function fieldKind(label: string): FieldKind {
  if (/responsibilit/i.test(label)) return 'responsibilities';
  if (/achievement/i.test(label)) return 'achievements';
  return 'other';
}

/** A short hint for a long text field, in our own words. */
export function fieldHint(kind: FieldKind): string {
  switch (kind) {
    case 'responsibilities':
      return 'Say what you were accountable for in this role, in the first person: scope, budget, people, risks. Keep to about the per-role guide; assessors read every word.';
    case 'achievements':
      return 'Describe what you personally did and what came of it, with evidence an assessor can map to the competences. Use "I", not "we".';
    default:
      return 'Write in the first person and keep it concise; the whole application should fit in about 12 printed pages.';
  }
}

/** Whether a role's employer and title on the page match a workbook role (case and spacing ignored). */
export function sameRole(page: { employer: string; title: string }, draft: { employer: string; title: string }): boolean {
  const n = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  return n(page.employer) !== '' && n(page.employer) === n(draft.employer) && n(page.title) === n(draft.title);
}
