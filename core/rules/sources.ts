// Where each adjustable rule comes from and what is unsure about it, in our words. Kept apart from
// the rules themselves: only the screens and exports that show the sources load them, not every
// gate (the companion on Career Manager pages checks the rules without carrying this text).
import type { Limits, SwitchId } from '../types.ts';

/** The source note of every switch (core/rules/adjustable.ts), by switch id. */
export const SWITCH_SOURCES: Readonly<Record<SwitchId, string>> = {
  'checklist:personal-details': 'Our assumption: an application surely needs them, but no public page lists this item as mandatory.',
  'checklist:membership': 'Our assumption: Career Manager is for IET members, but no public page lists a membership item as mandatory.',
  'checklist:qualifications':
    'The Engineering Council describes individual routes for people without the benchmark qualifications, and says no formal qualification is needed for ICTTech. Whether your Career Manager checklist marks this item in orange is not public: if it does, switch this on.',
  'checklist:professional-development':
    'Our assumption: the IET asks about professional development, but no public page says this item is mandatory.',
  'checklist:competence-evidence':
    'Our own aid, not an item of Career Manager. Switch it on if you want the workbook to hold the lock until every competence is linked to a role.',
  'checklist:apprenticeship':
    'Our assumption: the streamlined route is for approved schemes, but no public page names this item or says it is mandatory.',
  'document:accountability-diagram':
    'IET guidance describes the diagram for CEng and IEng. A 2024 forum answer quoting the IET registration team says it has not been mandatory since 15 October 2024. If your Career Manager lists it as mandatory, switch this on.',
  'document:education-certificates':
    'The IET asks for certificates relevant to the category; the Engineering Council describes individual routes for people without the benchmark qualifications, and needs none for ICTTech. If your Career Manager lists this document as mandatory, switch this on.',
  'document:apprenticeship-transcript':
    'Public IET material mentions the transcript for apprentices on the streamlined route; that it is mandatory is our assumption.',
  'document:apprenticeship-certificate':
    'Public IET material mentions the certificate for apprentices on the streamlined route; that it is mandatory is our assumption.',
  'document:development-action-plan':
    'One copy of the IET guidance lists the plan as mandatory, another as optional. Treated as mandatory until you switch this off; check your Career Manager.',
};

/** Where each default comes from and what is unsure about it, in our words. */
export const LIMIT_SOURCES: Record<keyof Limits, string> = {
  charsPerRole: 'IET guidance suggests about 3,000 characters for each role. A guide, not a rule.',
  maxPages:
    'IET guidance puts a 12-page limit on paper applications; longer ones may be returned. Whether it applies to applications made in Career Manager is not said.',
  careerPagesMin: 'IET guidance suggests a career history of about 4 to 5 pages, for every application.',
  careerPagesMax: 'IET guidance suggests a career history of about 4 to 5 pages, for every application.',
  maxFileSize:
    'One IET page gives 0.5 MB per file, a later copy 2.5 MB. The workbook takes the stricter until you change it; Career Manager shows the real limit when you upload.',
  supportersRequired:
    'Our assumption: the IET page speaks of "a supporter", and nobody could confirm how many Career Manager asks for. Check the Add Supporters tab.',
  charsPerPage: 'Our own estimate of how much text fills a printed page, used only for page estimates.',
};
