// The ten steps of the path and the stages after submission, in order.
import type { PostSubmissionStage, Provenance, StepId } from '../types.ts';

/** Version of the rules data; bump it when any rule changes. */
export const RULES_VERSION = '2026.12-1';

/** The interview location EngTech and ICTTech applicants choose, capitalised as the guide writes it. */
export const NOT_APPLICABLE = 'Not Applicable';

/** The steps in the order the guide walks them. */
export const STEP_IDS: StepId[] = [
  'category',
  'route',
  'checklist',
  'documents',
  'panelling',
  'lock',
  'supporters',
  'validation',
  'submit',
  'after-submission',
];

/** Short titles for each step. */
export const STEP_TITLES: Record<StepId, string> = {
  category: 'Registration category',
  route: 'Route',
  checklist: 'Registration checklist',
  documents: 'Supporting documents',
  panelling: 'Panelling and interview location',
  lock: 'Lock the application',
  supporters: 'Add supporters',
  validation: 'Supporters validate',
  submit: 'Submit',
  'after-submission': 'After submission',
};

export interface PostSubmissionStageInfo {
  id: PostSubmissionStage;
  title: string;
  summary: string;
  provenance: Provenance;
}

/** What happens after submission, in order. */
export const POST_SUBMISSION_STAGES: PostSubmissionStageInfo[] = [
  {
    id: 'staff-check',
    title: 'Staff check',
    summary: 'IET staff check the application is complete: fee, documents and supporters.',
    provenance: 'public',
  },
  {
    id: 'assessment',
    title: 'Assessment panel',
    summary: 'Two assessors and a moderator review the evidence and may ask you for more.',
    provenance: 'public',
  },
  {
    id: 'interview',
    title: 'Professional Review Interview',
    summary:
      'Compulsory for CEng and IEng; EngTech and ICTTech only if invited. Two interviewers, online: a short presentation (about 15 minutes) then about 45 minutes of questions, with your career history as the agenda.',
    provenance: 'public',
  },
  {
    id: 'final-review',
    title: 'Final review panel',
    summary: 'A panel reviews the assessors’ and interviewers’ recommendations.',
    provenance: 'public',
  },
  {
    id: 'decision',
    title: 'Decision',
    summary: 'You are told the outcome. You can appeal within 3 months.',
    provenance: 'public',
  },
  {
    id: 'fees',
    title: 'Engineering Council fees',
    summary: 'Pay the Engineering Council registration fees within 3 months of the decision.',
    provenance: 'public',
  },
  {
    id: 'registered',
    title: 'Registered',
    summary: 'You receive your registration number.',
    provenance: 'public',
  },
];
