// Short guidance in our own words, for the workbook and the Career Manager overlay.
import type { AreaId, CategoryId, CompetenceCode, StepId } from '../types.ts';
import { COMPETENCES } from './standards.ts';

/** What each step is about and how to get it right. */
export const STEP_GUIDANCE: Record<StepId, string> = {
  category:
    'Pick the category that matches the level of your work: CEng leads, IEng manages, EngTech and ICTTech apply proven methods with personal responsibility.',
  route:
    'Most people use the standard route. Choose streamlined only if you have been told you qualify, for example through an approved apprenticeship.',
  checklist:
    'Start with the guidance linked above the checklist. Items in orange are required; the rest only when they apply to you, such as a finished development scheme.',
  documents:
    'Upload each required document: Career Manager keeps one file per type, so merge several certificates into one PDF and keep it under the size limit.',
  panelling:
    'Becomes available once every mandatory item and document is done. Pick the sector and specialisms that send your application to the right assessors; CEng and IEng also choose an interview location.',
  lock: 'Once everything is complete, lock on the Validate / Verify tab. From then on Career Manager works from a frozen copy: anything you change afterwards stays out of it unless you unlock and lock again.',
  supporters:
    'Only a locked application can have supporters. Choose people who know your work first hand, ideally registered engineers; they need not be IET members.',
  validation:
    'Supporters write their own comments against each competence; do not write them for them. If a supporter asks for changes you must unlock, which loses their comments.',
  submit: 'Once your supporters have validated, submit. The application then becomes read-only.',
  'after-submission':
    'Staff check, assessment panel, interview (CEng/IEng always, EngTech/ICTTech if invited), final review, decision, then Engineering Council fees and your registration number.',
};

/** Tips per competence area: what good evidence looks like. */
export const AREA_GUIDANCE: Record<AreaId, string> = {
  A: 'Show how you use and extend your knowledge in real work, not just the courses you took.',
  B: 'Walk through a problem you solved or a design you worked on: what you did, why, and the result.',
  C: 'Name what you were responsible for: plans, budgets, people, quality. You need not manage staff: leading a technical area, or guiding others in it, counts too. In a small firm, look for leading a task, a supplier or a customer relationship.',
  D: 'Give examples of explaining technical matters to different audiences and of working with others.',
  E: 'Show how you follow codes of conduct, work safely, consider sustainability and ethics, and keep up your CPD.',
};

/** Guidance for one competence of a category: its description and the area tip. */
export function competenceGuidance(category: CategoryId, code: CompetenceCode): string {
  const competence = COMPETENCES[category].find((c) => c.code === code);
  if (!competence) return '';
  return `${competence.summary} ${AREA_GUIDANCE[competence.area]} Evidence from two or three projects is stronger than a single example.`;
}
