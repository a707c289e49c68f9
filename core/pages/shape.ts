// The anonymised "page shape" an applicant can save when the companion reads a Career Manager
// page wrongly: the page's structure and the companion's reading, with no personal text. Only
// words from Career Manager's own vocabulary (section and field names, column headings, actions,
// statuses) are kept; every other run of text becomes its length.
import { CHECKLIST_ITEMS } from '../rules/checklist.ts';
import { DOCUMENT_TYPES } from '../rules/documents.ts';
import type { Recognition } from './recognise.ts';
import type { RowStatus } from './status.ts';

/** Career Manager's own words, as its pages show them (lower case; compared whole, never word by word). */
const VOCABULARY = [
  // Pages, sections and tabs.
  'iet career manager',
  'career manager',
  'career manager - home',
  'home',
  'quick launch',
  'signed in',
  'professional registration',
  'apply for ceng, ieng, engtech or icttech now!',
  'select a registration category',
  'select your registration category',
  'registration category',
  'registration route',
  'standard registration route',
  'streamlined registration route',
  'application sections',
  'registration check list',
  'supporting documents',
  'panelling information',
  'interview location',
  'validate / verify',
  'validate/verify',
  'add supporters',
  'submit',
  'submit your application',
  'career history',
  'edit role',
  'add role',
  // Categories.
  'ceng',
  'ieng',
  'engtech',
  'icttech',
  'chartered engineer (ceng)',
  'incorporated engineer (ieng)',
  'engineering technician (engtech)',
  'ict technician (icttech)',
  // Checklist items and documents as the pages name them.
  'personal details',
  'membership',
  'qualifications',
  'professional development',
  'consulted a professional registration adviser',
  'completed professional development scheme',
  'accountability diagram',
  'higher education certificates',
  'development action plan',
  'apprenticeship transcript',
  'apprenticeship certificate',
  // Column headings and field labels.
  'item',
  'items',
  'status',
  'action',
  'actions',
  'document',
  'documents',
  'activity',
  'evidence',
  'mandatory',
  'required',
  'optional',
  'responsibilities',
  'personal achievements',
  'employer',
  'job title',
  'from',
  'to',
  'sector',
  'specialisms',
  'supporter name',
  'supporter email',
  'relationship to you',
  'your supporters',
  'supporter comments',
  'application status',
  // Actions.
  'upload',
  'replace',
  'remove',
  'delete',
  'edit',
  'view',
  'save',
  'save role',
  'continue',
  'cancel',
  'back',
  'next',
  'lock',
  'unlock',
  'lock application',
  'unlock application',
  'submit application',
  'add supporter',
  'add a supporter',
  'choose file',
  'attach a file',
  'browse',
  'please select',
  // Statuses.
  'complete',
  'completed',
  'done',
  'uploaded',
  'provided',
  'submitted',
  'received',
  'finished',
  'attached',
  'yes',
  'no',
  'none',
  'not started',
  'in progress',
  'not complete',
  'not completed',
  'incomplete',
  'not uploaded',
  'not provided',
  'not submitted',
  'outstanding',
  'pending',
  'awaiting',
  'missing',
  'to do',
  'draft',
  'locked',
  'not locked',
  'under review',
  'validated',
  'changes requested',
  'not applicable',
  // Signs.
  '✓',
  '✔',
  '✗',
  '✘',
  '○',
  '●',
  '*',
  '-',
  '–',
  '—',
  '|',
];

const KNOWN = new Set([
  ...VOCABULARY,
  ...CHECKLIST_ITEMS.map((i) => i.title.toLowerCase()),
  ...DOCUMENT_TYPES.map((d) => d.title.toLowerCase()),
]);

const normalise = (text: string): string =>
  text
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/[\s:.?]+$/, '')
    .trim();

/** A run of text as the page shape keeps it: Career Manager's own words as they are, anything else as its length. */
function keepText(text: string): string | number {
  const trimmed = text.replace(/\s+/g, ' ').trim();
  return KNOWN.has(normalise(trimmed)) ? trimmed : trimmed.length;
}

/** One element as the content script takes it from the page, before anything is removed (never stored). */
export interface RawNode {
  /** Tag name. */
  t: string;
  /** All attributes. */
  a: Record<string, string>;
  /** A form control's current value, and whether a box is ticked. */
  v?: string;
  on?: boolean;
  /** Computed colours (text, background, left border), for elements read or drawn in orange. */
  c?: string[];
  /** What the companion took the element for. */
  r?: 'row' | 'title';
  /** Children: elements and text runs. */
  k: (RawNode | string)[];
}

/** What the content script hands over: the page, the companion's reading of it, and where it was. */
export interface RawShape {
  host: string;
  page: RawNode;
  recognition: Recognition;
  cues: Record<string, string[] | string | number | boolean | null>;
  rows: { title: string; mandatory: boolean; status: RowStatus; statusText: string }[];
}

/** One element of the page, as the shape keeps it. */
interface ShapeNode {
  tag: string;
  /** Attributes that tell structure (role, state, type); text-bearing ones through keepText; the rest only as present. */
  attrs?: Record<string, string | number | boolean>;
  /** Computed colours, for elements the companion read or that are drawn in orange. */
  colours?: { color: string; background: string; borderLeft: string };
  /** What the companion took this element for. */
  read?: 'row' | 'title';
  /** Children in order: elements, and text runs (kept words or lengths). */
  children?: (ShapeNode | string | number)[];
}

/** The companion's reading of the page, anonymised like the rest. */
interface ShapeReading {
  recognition: Recognition;
  cues: Record<string, (string | number)[] | string | number | boolean | null>;
  rows: { title: string | number; mandatory: boolean; status: RowStatus; statusText: string | number }[];
}

/** The file saved by "This page looks wrong". */
export interface PageShape {
  format: 'proreg-page-shape';
  version: 1;
  /** When it was taken (a date, not a time of day). */
  date: string;
  /** The page's host only: paths may carry application numbers. */
  host: string;
  reading: ShapeReading;
  page: ShapeNode;
}

// Attributes that tell how the page is built, kept as they are (they hold no free text).
const STATE = new Set([
  'role',
  'type',
  'aria-selected',
  'aria-current',
  'aria-checked',
  'aria-expanded',
  'aria-hidden',
  'aria-level',
  'scope',
  'colspan',
]);
// Attributes a person may read: kept only as Career Manager's own words.
const WORDS = new Set(['aria-label', 'alt', 'title', 'placeholder']);
// Attributes kept only as present: they can hold anything (ids, addresses, class names, data).
const PRESENT = new Set(['hidden', 'disabled', 'checked', 'multiple', 'id', 'href', 'for', 'src', 'style']);
// Elements whose text is never words of the page.
const NO_WORDS = new Set(['style', 'script', 'textarea', 'option']);

function anonymiseNode(raw: RawNode): ShapeNode {
  const node: ShapeNode = { tag: raw.t.slice(0, 60) };
  const attrs: NonNullable<ShapeNode['attrs']> = {};
  let classes = 0;
  for (const [name, value] of Object.entries(raw.a)) {
    if (STATE.has(name)) attrs[name] = STATE_VALUE.test(value) ? value : value.length;
    else if (WORDS.has(name)) attrs[name] = keepText(value);
    else if (PRESENT.has(name)) attrs[name] = true;
    else if (name === 'class') classes = value.split(/\s+/).filter(Boolean).length;
  }
  if (classes) attrs.classes = classes;
  // What was typed or chosen is the applicant's own: only its length. A submit button's value is its label.
  if (raw.v !== undefined) {
    if (/^(submit|button|reset)$/i.test(raw.a.type ?? '')) attrs.value = keepText(raw.v);
    else attrs.length = raw.v.length;
  }
  if (raw.on !== undefined) attrs.checked = raw.on;
  if (Object.keys(attrs).length) node.attrs = attrs;
  if (raw.r) node.read = raw.r;
  if (raw.c) node.colours = { color: raw.c[0] ?? '', background: raw.c[1] ?? '', borderLeft: raw.c[2] ?? '' };
  const children = raw.k.map((k) => (typeof k === 'string' ? (NO_WORDS.has(raw.t) ? k.trim().length : keepText(k)) : anonymiseNode(k)));
  if (children.length) node.children = children;
  return node;
}

// State attribute values are short keywords ("true", "button", "page"); anything else is counted, not kept.
const STATE_VALUE = /^[a-z-]{1,20}$/i;

const words = (list: string[] | string | number | boolean | null): (string | number)[] | string | number | boolean | null =>
  Array.isArray(list) ? list.map(keepText) : typeof list === 'string' ? keepText(list) : list;

/** The page shape of what the content script took: only Career Manager's own words survive. */
export function anonymise(raw: RawShape, today: Date): PageShape {
  return {
    format: 'proreg-page-shape',
    version: 1,
    date: today.toISOString().slice(0, 10),
    host: raw.host,
    reading: {
      recognition: raw.recognition,
      cues: Object.fromEntries(Object.entries(raw.cues).map(([k, v]) => [k, words(v)])),
      rows: raw.rows.map((r) => ({
        title: keepText(r.title),
        mandatory: r.mandatory,
        status: r.status,
        statusText: keepText(r.statusText),
      })),
    },
    page: anonymiseNode(raw.page),
  };
}
