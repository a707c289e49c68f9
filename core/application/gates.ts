// The checks behind each gate of the path, as lists of reasons (empty = the gate is open).
import { CATEGORIES } from '../rules/categories.ts';
import { NOT_APPLICABLE } from '../rules/steps.ts';
import type { Application, IsoDate, Reason, RulesInForce } from '../types.ts';
import { formatMegabytes } from './megabytes.ts';
import { reason } from './reasons.ts';
import { checklistStatus, documentStatus } from './status.ts';

/** Every mandatory checklist item that is not complete yet (`today` as for checklistStatus). */
export function checklistReasons(app: Application, rules: RulesInForce, today?: IsoDate): Reason[] {
  return checklistStatus(app, rules, today)
    .filter((s) => s.mandatory && !s.complete)
    .map((s) =>
      reason('checklist-incomplete', `Checklist: complete “${s.item.title}” — still needed: ${s.missing.join('; ')}.`, 'checklist'),
    );
}

/** Every required document that is missing, and every file over the size limit in force. */
export function documentReasons(app: Application, rules: RulesInForce): Reason[] {
  return documentStatus(app, rules).flatMap(({ type, mandatory, ref }) => {
    if (!ref) {
      return mandatory ? [reason('document-missing', `Supporting documents: add your ${type.title}.`, 'documents')] : [];
    }
    if (ref.size <= rules.maxFileSize) return [];
    return [
      reason(
        'document-too-large',
        `Supporting documents: your ${type.title} is ${formatMegabytes(ref.size)}, over the ${formatMegabytes(rules.maxFileSize)} per-file limit your rules set. Compress it and add it again, or use “Build one file” for it under Supporting documents.`,
        'documents',
      ),
    ];
  });
}

/** What keeps panelling unavailable: the mandatory checklist items and documents (`today` as for checklistStatus). */
export function panellingGate(app: Application, rules: RulesInForce, today?: IsoDate): Reason[] {
  return [...checklistReasons(app, rules, today), ...documentReasons(app, rules)];
}

/** What is missing from the panelling information itself. */
export function panellingReasons(app: Pick<Application, 'category' | 'panelling'>): Reason[] {
  const reasons: Reason[] = [];
  if (app.panelling.sector.trim() === '') {
    reasons.push(reason('sector-missing', 'Panelling: choose the sector your application belongs to.', 'panelling'));
  }
  const location = app.panelling.interviewLocation.trim();
  if (!CATEGORIES[app.category].interviewRequired && location !== NOT_APPLICABLE) {
    // Only reachable through imported data: setPanelling and setCategory fix the value themselves.
    reasons.push(
      reason(
        'interview-location-not-applicable',
        `Panelling: ${app.category} applicants choose “${NOT_APPLICABLE}” as the interview location.`,
        'panelling',
      ),
    );
  }
  if (CATEGORIES[app.category].interviewRequired && (location === '' || location === NOT_APPLICABLE)) {
    reasons.push(
      reason('interview-location-missing', `Panelling: choose an interview location (required for ${app.category}).`, 'panelling'),
    );
  }
  return reasons;
}
