// The claims a role's text makes: the sentences an interviewer is most likely to probe. Those
// written in the first person, with numbers or strong verbs, come first.
import type { Role } from '../types.ts';

const STRONG =
  /\b(led|lead|managed|manage|designed|design|delivered|reduced|improved|saved|introduced|developed|created|built|implemented|responsible|decided|negotiated|trained|mentored|supervised|resolved|solved)\b/i;

/** The longest claim quoted, in characters. */
const CLAIM_CHARS = 220;

function score(sentence: string): number {
  let s = 0;
  if (/(^|\s)(I|I'm|I’m|I've|I’ve|my|My)\b/.test(sentence)) s += 2;
  if (/\d|%|£|\$|€/.test(sentence)) s += 2;
  if (STRONG.test(sentence)) s += 1;
  return s;
}

/** Sentences of a text: split at full stops, question and exclamation marks, and line breaks (bullets). */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((s) => s.replace(/^[\s•*\-–·]+/, '').trim())
    .filter((s) => s.length >= 12);
}

/** Up to `max` claims from a role's achievements (then responsibilities), in the order written. */
export function roleClaims(role: Pick<Role, 'achievements' | 'responsibilities'>, max: number): string[] {
  // Achievements are what interviewers probe first, so they weigh a little more.
  const all = [
    ...sentences(role.achievements).map((text) => ({ text, bonus: 1 })),
    ...sentences(role.responsibilities).map((text) => ({ text, bonus: 0 })),
  ].map(({ text, bonus }, i) => ({ text, i, s: score(text) > 0 ? score(text) + bonus : 0 }));
  return all
    .filter((c) => c.s > 0)
    .sort((a, b) => b.s - a.s || a.i - b.i)
    .slice(0, max)
    .sort((a, b) => a.i - b.i)
    .map((c) => (c.text.length > CLAIM_CHARS ? `${c.text.slice(0, CLAIM_CHARS - 1).trimEnd()}…` : c.text));
}

/** A short, stable tag for a text (FNV-1a), so a question about a claim keeps its id while the claim stays the same. */
export function textTag(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}
