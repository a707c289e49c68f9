// Suggestions from our rules for the text of a Career Manager role field (issue 13, part 5). The
// rules run here in the background, not in the page, so the companion's script on the page stays
// small; the page gets back a few plain sentences to draw as text.
import { countChars } from '../../core/application/text.ts';
import { FLAG_TITLES } from '../../core/evidence/flag-titles.ts';
import { checkLevel } from '../../core/evidence/level.ts';
import { suggestCompetences } from '../../core/evidence/suggest.ts';
import type { CategoryId } from '../../core/types.ts';

/** What the role page's companion draws: a short status, lines of text and titled lists. */
export interface EvidenceReply {
  /** One line for assistive technology to announce after a pause ("2 competences suggested, 1 mark"). */
  status: string;
  lines: string[];
  lists: { title: string; items: string[] }[];
}

/** Quotes kept short: a whole paragraph (a "no outcome" mark) is named by its start. */
const QUOTE_CHARS = 60;
/** A line names at most this many places of the same mark. */
const QUOTES_PER_MARK = 3;

/** A quote in curly quotes, cut at a word to its start when long. */
function quote(text: string): string {
  const one = text.replace(/\s+/g, ' ').trim();
  if (one.length <= QUOTE_CHARS) return `“${one}”`;
  const cut = one.slice(0, QUOTE_CHARS);
  const space = cut.lastIndexOf(' ');
  return `“${(space > QUOTE_CHARS / 2 ? cut.slice(0, space) : cut).trimEnd()}…”`;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const NOTE =
  'These are suggestions from ProReg Companion’s own rules, worked out on this device from the words alone: not the panel’s judgement. Nothing is sent anywhere.';

/** The companion's reading of one field's text at the level of `category` (null: not known). */
export function evidenceReply(field: string, text: string, category: CategoryId | null): EvidenceReply {
  const read = `Read from ${field} (${countChars(text).toLocaleString('en-GB')} characters)`;
  if (category === null) {
    return {
      status: 'No suggestions: the category is unknown.',
      lines: [
        `${read}.`,
        'The category you are applying for is unknown here, so no suggestions are made: pair the companion with your workbook and open the workbook once.',
      ],
      lists: [],
    };
  }
  // One line per competence, from the first paragraph that suggests it.
  const competences = new Map<string, string>();
  for (const s of suggestCompetences(text, category)) if (!competences.has(s.code)) competences.set(s.code, s.explanation);
  // Marks of the same kind and reason are one line, with the places they were found.
  const marks = new Map<string, { title: string; places: Map<string, number>; why: string; fix: string }>();
  let flagCount = 0;
  for (const f of checkLevel(text, category)) {
    const key = `${f.kind}\n${f.why}`;
    const mark = marks.get(key) ?? { title: FLAG_TITLES[f.kind], places: new Map(), why: f.why, fix: f.fix };
    // Each flagged word on its own ("we" three times in a paragraph is three places, not the words between).
    for (const r of f.ranges) {
      const q = quote(text.slice(r.start, r.end));
      mark.places.set(q, (mark.places.get(q) ?? 0) + 1);
    }
    flagCount += f.ranges.length;
    marks.set(key, mark);
  }
  const markLines = [...marks.values()].map(({ title, places, why, fix }) => {
    const quotes = [...places].map(([q, n]) => (n > 1 ? `${q} ${n} times` : q));
    const more = quotes.length - QUOTES_PER_MARK;
    const where = quotes.slice(0, QUOTES_PER_MARK).join(', ') + (more > 0 ? ` and ${more} more` : '');
    return `${title} (${where}). ${why} How to fix it: ${fix}`;
  });
  return {
    status: `${count(competences.size, 'competence', 'competences')} suggested, ${count(flagCount, 'mark', 'marks')} of the level check.`,
    lines: [`${read} at the ${category} level.`, NOTE],
    lists: [
      {
        title: competences.size ? 'Competences these words may evidence' : 'No competence suggested from these words yet.',
        items: [...competences.values()],
      },
      { title: markLines.length ? 'Level check' : 'The level check has no marks on these words.', items: markLines },
    ],
  };
}
