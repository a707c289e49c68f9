// Supporting document types. Career Manager takes one file per type, so several certificates
// must be merged into one file; PDF is preferred.
import type { DocumentType } from '../types.ts';

const PDF = 'application/pdf';
const IMAGES = ['image/jpeg', 'image/png'];
const WORD = ['application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/msword'];

export const DOCUMENT_TYPES: DocumentType[] = [
  {
    id: 'accountability-diagram',
    title: 'Accountability diagram',
    guidance:
      'An organisation chart of two or three levels above and below you. Mark yourself, and mark colleagues who are professionally registered.',
    mandatory: { categories: ['CEng', 'IEng'] },
    applies: { categories: ['CEng', 'IEng'] },
    accept: [PDF, ...IMAGES, ...WORD],
    provenance: 'public',
  },
  {
    id: 'education-certificates',
    title: 'Further and higher education certificates',
    guidance: 'All your certificates merged into one file (one file per type). Compress scans if the file is too large.',
    mandatory: { routes: ['standard'] },
    applies: true,
    accept: [PDF, ...IMAGES],
    provenance: 'public',
  },
  {
    id: 'apprenticeship-transcript',
    title: 'Apprenticeship transcript',
    guidance: 'The transcript of your approved apprenticeship, as one file.',
    mandatory: { routes: ['streamlined'] },
    applies: { routes: ['streamlined'] },
    accept: [PDF, ...IMAGES],
    provenance: 'public',
  },
  {
    id: 'apprenticeship-certificate',
    title: 'Apprenticeship certificate',
    guidance: 'Your apprenticeship completion certificate, as one file.',
    mandatory: { routes: ['streamlined'] },
    applies: { routes: ['streamlined'] },
    accept: [PDF, ...IMAGES],
    provenance: 'public',
  },
  {
    id: 'development-action-plan',
    title: 'Development Action Plan (DAP)',
    guidance:
      'Section 1: what you have achieved since your last plan. Section 2: the actions you will take, which competence areas they develop, and by when. Treated as required here, because some IET pages ask for it; others do not (an assumption: check in Career Manager).',
    mandatory: true,
    applies: true,
    accept: [PDF, ...WORD],
    provenance: 'assumed',
  },
];
