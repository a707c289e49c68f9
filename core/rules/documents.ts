// Supporting document types. Career Manager takes one file per type, so several certificates
// must be merged into one file. The IET says several file types are accepted and PDF is
// preferred, and lists no types: the workbook advises PDF and refuses a file only when its bytes
// are not what it claims to be (core/files/sniff.ts). Which documents are mandatory is unsure,
// so each has a rule the applicant can switch (switchable.ts).
import type { DocumentType } from '../types.ts';

export const DOCUMENT_TYPES: DocumentType[] = [
  {
    id: 'accountability-diagram',
    title: 'Accountability diagram',
    guidance:
      'An organisation chart of two or three levels above and below you. Mark yourself, and mark colleagues who are professionally registered.',
    mandatory: false,
    applies: { categories: ['CEng', 'IEng'] },
    provenance: 'public',
  },
  {
    id: 'education-certificates',
    title: 'Further and higher education certificates',
    guidance:
      'The certificates relevant to your category, merged into one file (one file per type). Without formal qualifications you can still apply: the IET assesses other learning individually. Compress scans if the file is too large.',
    mandatory: false,
    applies: true,
    provenance: 'public',
  },
  {
    id: 'apprenticeship-transcript',
    title: 'Apprenticeship transcript',
    guidance: 'The transcript of your approved apprenticeship, as one file.',
    mandatory: false,
    applies: { routes: ['streamlined'] },
    provenance: 'public',
  },
  {
    id: 'apprenticeship-certificate',
    title: 'Apprenticeship certificate',
    guidance: 'Your apprenticeship completion certificate, as one file.',
    mandatory: false,
    applies: { routes: ['streamlined'] },
    provenance: 'public',
  },
  {
    id: 'development-action-plan',
    title: 'Development Action Plan (DAP)',
    guidance:
      'Section 1: what you have achieved since your last plan. Section 2: the actions you will take, which competence areas they develop, and by when.',
    mandatory: false,
    applies: true,
    provenance: 'assumed',
  },
];

/** What the workbook says about file types, in place of a list nobody can source. */
export const FILE_TYPE_ADVICE = 'PDF is preferred. The IET says several file types are accepted but does not list them.';
