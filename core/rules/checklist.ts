// The Registration Check List as we model it. Which items exist and which are mandatory is
// partly public and partly our assumption; each item says which.
import type { ChecklistItem } from '../types.ts';

export const CHECKLIST_ITEMS: ChecklistItem[] = [
  {
    id: 'personal-details',
    title: 'Personal and contact details',
    kind: 'personal',
    guidance: 'Your full name and an email address the IET can reach you at. Check them in Career Manager.',
    mandatory: true,
    applies: true,
    provenance: 'assumed',
  },
  {
    id: 'membership',
    title: 'IET membership',
    kind: 'membership',
    guidance: 'Your IET membership number, as shown in Career Manager.',
    mandatory: true,
    applies: true,
    provenance: 'assumed',
  },
  {
    id: 'qualifications',
    title: 'Qualifications',
    kind: 'qualifications',
    guidance:
      'List your academic and vocational qualifications with institution and year. Not matching the benchmark is not a bar: other learning is assessed individually.',
    mandatory: true,
    applies: true,
    provenance: 'public',
  },
  {
    id: 'career-history',
    title: 'Career history',
    kind: 'career',
    guidance:
      'The heart of the application. For each role write your Responsibilities and your Personal Achievements in the first person ("I designed…"), about 3,000 characters a role. Volunteering counts as a role.',
    mandatory: true,
    applies: true,
    provenance: 'public',
  },
  {
    id: 'professional-development',
    title: 'Professional development',
    kind: 'development',
    guidance: 'Training, courses and other CPD, with dates and what you took from them.',
    mandatory: true,
    applies: true,
    provenance: 'assumed',
  },
  {
    id: 'pra-consultation',
    title: 'Professional Registration Adviser consulted',
    kind: 'pra',
    guidance: 'Say whether you have talked your application through with a Professional Registration Adviser, when, and with whom.',
    mandatory: true,
    applies: true,
    provenance: 'public',
  },
  {
    id: 'development-scheme',
    title: 'Completed professional development scheme',
    kind: 'scheme',
    guidance: 'Only if you have completed an accredited professional development scheme: name it.',
    mandatory: false,
    applies: true,
    provenance: 'seed',
  },
  {
    id: 'competence-evidence',
    title: 'Evidence for every competence',
    kind: 'competences',
    guidance:
      'Optional advice: link each competence of your standard to the roles that show it, so you can see which ones your career history does not cover yet. Evidence from two or three projects is stronger than one example per competence.',
    mandatory: false,
    applies: true,
    advisory: true,
    provenance: 'assumed',
  },
  {
    id: 'apprenticeship',
    title: 'Approved apprenticeship details',
    kind: 'qualifications',
    guidance: 'On the streamlined route, complete the apprenticeship section in Career Manager, then tick it here.',
    mandatory: { routes: ['streamlined'] },
    applies: { routes: ['streamlined'] },
    completedIn: 'career-manager',
    provenance: 'assumed',
  },
];
