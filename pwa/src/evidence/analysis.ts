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

function analyse(text: string, category: CategoryId): Analysis {
  return { text, suggestions: suggestCompetences(text, category), flags: checkLevel(text, category) };
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
