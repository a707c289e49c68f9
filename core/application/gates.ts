// The checks behind each gate of the path, as lists of reasons (empty = the gate is open).
import { CATEGORIES } from '../rules/categories.ts';
import { NOT_APPLICABLE } from '../rules/steps.ts';
import type { Application, IsoDate, Limits, Reason } from '../types.ts';
import { formatMegabytes } from './megabytes.ts';
import { reason } from './reasons.ts';
import { checklistStatus, documentStatus } from './status.ts';

/** Every mandatory checklist item that is not complete yet (`today` as for checklistStatus). */
export function checklistReasons(app: Application, limits: Limits, today?: IsoDate): Reason[] {
  return checklistStatus(app, limits, today)
    .filter((s) => s.mandatory && !s.complete)
    .map((s) =>
      reason('checklist-incomplete', `Checklist: complete “${s.item.title}” — still needed: ${s.missing.join('; ')}.`, 'checklist'),
    );
}

/** Every required document that is missing, and every file that would be refused. */
export function documentReasons(app: Application, limits: Limits): Reason[] {
  return documentStatus(app, limits).flatMap(({ type, mandatory, ref }) => {
    if (!ref) {
      return mandatory ? [reason('document-missing', `Supporting documents: add your ${type.title}.`, 'documents')] : [];
    }
    const reasons: Reason[] = [];
    if (ref.size > limits.maxFileSize) {
      reasons.push(
        reason(
          'document-too-large',
          `Supporting documents: your ${type.title} is ${formatMegabytes(ref.size)}, over the ${formatMegabytes(limits.maxFileSize)} limit. Compress it and add it again.`,
          'documents',
        ),
      );
    }
    if (!type.accept.includes(ref.mime)) {
      reasons.push(
        reason(
          'document-type-not-accepted',
          `Supporting documents: your ${type.title} is a kind of file Career Manager does not take here; save it as a PDF.`,
          'documents',
        ),
      );
    }
    return reasons;
  });
}

/** What keeps panelling unavailable: the mandatory checklist items and documents (`today` as for checklistStatus). */
export function panellingGate(app: Application, limits: Limits, today?: IsoDate): Reason[] {
  return [...checklistReasons(app, limits, today), ...documentReasons(app, limits)];
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
