// How a checklist or document row reads: complete only on a positive signal, open on a negation
// or a word that means "still to do", and unknown otherwise — never complete by default.

/** What the companion understood of a row's state. */
export type RowStatus = 'complete' | 'open' | 'unknown';

/** What a row shows about its state, as read from the page. */
export interface StatusEvidence {
  /** Words that may state the status: status text, and an icon's alt, title or aria-label. */
  words: string[];
  /** The state of a status checkbox, when the row shows one. */
  checked?: boolean | null;
  /** Labels of the row's buttons and links ("Replace" next to a file means a file is there). */
  actions?: string[];
}

// Any negation, or a word for "still to do", anywhere in the text: checked before completion words,
// since "not complete" and "incomplete" contain them.
const OPEN =
  /\bnot\b|\b(in|un)complete|unfinished|outstanding|pending|awaiting|in progress|\bto ?do\b|required|missing|needed|no file|\bdraft\b|^(no|none|started|open)$|^[✗✘✕×☐]/;
// A completion word or sign at the start.
const COMPLETE = /^(completed?|done|uploaded|provided|submitted|received|finished|attached|yes|ticked|checked)\b|^[✓✔☑]/;
// Actions that exist only once a file is there ("Download" is not one: templates are downloaded too).
const FILE_THERE = /^replace\b|^(remove|delete|change)\s+(the\s+)?(file|document|upload)\b/;

/** The signal one status text gives, if any. */
export function wordStatus(text: string): Exclude<RowStatus, 'unknown'> | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (!t) return null;
  if (OPEN.test(t)) return 'open';
  if (COMPLETE.test(t)) return 'complete';
  return null;
}

/** A row's status from all it shows: conflicting signals, or none, leave it unknown. */
export function readStatus(evidence: StatusEvidence): RowStatus {
  const signals = new Set<string>();
  for (const word of evidence.words) {
    const s = wordStatus(word);
    if (s) signals.add(s);
  }
  if (evidence.checked === true) signals.add('complete');
  if (evidence.checked === false) signals.add('open');
  if (evidence.actions?.some((a) => FILE_THERE.test(a.toLowerCase().trim()))) signals.add('complete');
  if (signals.size !== 1) return 'unknown';
  return signals.has('complete') ? 'complete' : 'open';
}
