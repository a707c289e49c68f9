// Suggestions and the level check for a text, worked out after a short pause in typing so that
// they never hold up a keystroke.
import { useEffect, useState } from 'preact/hooks';
import { checkLevel } from '../../../core/evidence/level.ts';
import { suggestCompetences } from '../../../core/evidence/suggest.ts';
import type { LevelFlag, Suggestion } from '../../../core/evidence/types.ts';
import type { CategoryId } from '../../../core/types.ts';

/** How long typing must pause before the text is read again. */
const ANALYSIS_PAUSE_MS = 350;

export interface Analysis {
  text: string;
  suggestions: Suggestion[];
  flags: LevelFlag[];
}

// A text's evidence tools and its role's summary read the same text: worked out once for both.
const recent = new Map<string, Analysis>();
const RECENT_SIZE = 8;

function analyse(text: string, category: CategoryId): Analysis {
  const key = `${category}\u0000${text}`;
  const known = recent.get(key);
  if (known) return known;
  const result = { text, suggestions: suggestCompetences(text, category), flags: checkLevel(text, category) };
  recent.set(key, result);
  if (recent.size > RECENT_SIZE) recent.delete(recent.keys().next().value as string);
  return result;
}

/** The analysis of `text`, at once the first time and after a pause once it changes. */
export function useAnalysis(text: string, category: CategoryId): Analysis {
  const [result, setResult] = useState<Analysis>(() => analyse(text, category));
  useEffect(() => {
    if (result.text === text) return;
    const timer = setTimeout(() => setResult(analyse(text, category)), ANALYSIS_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [text, category]);
  // A change of category is a change of level: read again at once.
  const [seen, setSeen] = useState(category);
  if (seen !== category) {
    setSeen(category);
    setResult(analyse(text, category));
  }
  return result;
}
