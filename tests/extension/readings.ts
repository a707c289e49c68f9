// What a person reads on the list fixtures, written out by hand (never produced by the code under
// test): every row's title, whether it is marked mandatory, and whether it is done, still to do,
// or says something a careful reader could not take either way.

import type { RowStatus } from '../../core/pages/status.ts';

export interface Reading {
  title: string;
  mandatory: boolean;
  status: RowStatus;
  /** The status as the page words it (the icon's text for icons). */
  shown: string;
}

const row = (title: string, mandatory: boolean, status: RowStatus, shown: string): Reading => ({ title, mandatory, status, shown });

/** The rows of every fixture that lists checklist items or documents. */
export const READINGS: Record<string, Reading[]> = {
  checklist: [
    row('Personal Details', true, 'complete', 'Complete'),
    row('Membership', true, 'complete', 'Complete'),
    row('Qualifications', true, 'open', 'Not started'),
    row('Career History', true, 'open', 'In progress'),
    row('Professional Development', true, 'open', 'Not started'),
    row('Consulted a Professional Registration Adviser', true, 'open', 'Not started'),
    row('Completed Professional Development Scheme', false, 'open', 'Not started'),
  ],
  'checklist--negated': [
    row('Personal Details', true, 'complete', 'Complete'),
    row('Membership', true, 'open', 'Not complete'),
    row('Qualifications', true, 'open', 'Incomplete'),
    row('Career History', true, 'open', 'Outstanding'),
    row('Professional Development', true, 'open', 'Pending'),
    row('Consulted a Professional Registration Adviser', true, 'open', 'Awaiting adviser confirmation'),
    row('Completed Professional Development Scheme', false, 'open', 'Not started'),
  ],
  'checklist--unread': [
    row('Personal Details', true, 'complete', 'Complete'),
    row('Membership', true, 'unknown', 'Under review'),
    row('Qualifications', true, 'unknown', ''),
    row('Career History', true, 'open', 'Not started'),
    row('Professional Development', true, 'complete', 'Complete'),
    row('Consulted a Professional Registration Adviser', true, 'open', 'Not started'),
    row('Completed Professional Development Scheme', false, 'open', 'Not started'),
  ],
  documents: [
    row('Accountability Diagram', true, 'open', 'Not uploaded'),
    row('Higher Education Certificates', true, 'complete', 'Uploaded'),
    row('Development Action Plan', false, 'open', 'Not uploaded'),
  ],
  'documents--files': [
    row('Accountability Diagram', true, 'open', 'Not provided'),
    row('Higher Education Certificates', true, 'complete', 'a file is attached'),
    row('Development Action Plan', false, 'open', 'Not provided'),
  ],
};

/** The overlay's count for each of them, as a person would put it. */
export const COUNT_LINES: Record<string, string> = {
  checklist: '4 of 6 mandatory items are open.',
  'checklist--negated': '5 of 6 mandatory items are open.',
  'checklist--unread': '2 of 6 mandatory items are open; 2 I could not read.',
  documents: '1 of 2 mandatory documents is open.',
  'documents--files': '1 of 2 mandatory documents is open.',
};
