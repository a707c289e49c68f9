// Where each part of the application stands, for the section navigation's badges and the
// Overview's task list: done, N missing, not available yet. And how many of the mandatory
// items are done, for the progress bar.
import { missingWords, STATUS_WORDS, type Tone } from '../design/vocabulary.ts';
import type { Application, IsoDate, PartId, RulesInForce } from '../types.ts';
import { panellingGate, panellingReasons } from './gates.ts';
import { checklistStatus, documentStatus } from './status.ts';
import { canSubmit } from './submit.ts';

/** A part's state: its tone (the tag's colour), its words, and how many things it still needs. */
export interface PartStatus {
  tone: Tone;
  /** "Done", "3 missing", "Not available yet", "To do", "Submitted". */
  words: string;
  missing: number;
}

const done: PartStatus = { tone: 'done', words: STATUS_WORDS.done, missing: 0 };
const missing = (n: number): PartStatus => ({ tone: 'missing', words: missingWords(n), missing: n });

function checklistPart(app: Application, rules: RulesInForce, today?: IsoDate): PartStatus {
  const open = checklistStatus(app, rules, today).filter((s) => s.mandatory && !s.complete).length;
  return open === 0 ? done : missing(open);
}

function careerPart(app: Application, rules: RulesInForce, today?: IsoDate): PartStatus {
  const career = checklistStatus(app, rules, today).find((s) => s.item.kind === 'career');
  if (!career) return { tone: 'neutral', words: STATUS_WORDS.optional, missing: 0 };
  return career.missing.length === 0 ? done : missing(career.missing.length);
}

function documentsPart(app: Application, rules: RulesInForce): PartStatus {
  const open = documentStatus(app, rules).filter((s) => (s.mandatory && !s.ref) || (s.ref && s.problems.length > 0)).length;
  return open === 0 ? done : missing(open);
}

function panellingPart(app: Application, rules: RulesInForce, today?: IsoDate): PartStatus {
  const open = panellingReasons(app).length;
  if (open === 0) return done;
  if (app.stage === 'draft' && panellingGate(app, rules, today).length > 0) {
    return { tone: 'neutral', words: STATUS_WORDS.blocked, missing: open };
  }
  return missing(open);
}

function validatePart(app: Application, rules: RulesInForce): PartStatus {
  if (app.stage === 'submitted') return { tone: 'done', words: 'Submitted', missing: 0 };
  if (app.stage === 'draft') return { tone: 'todo', words: STATUS_WORDS.todo, missing: 0 };
  const open = canSubmit(app, rules).length;
  return open === 0 ? { tone: 'todo', words: 'Ready to submit', missing: 0 } : { tone: 'missing', words: `${open} to do`, missing: open };
}

/** Each part's status (the Overview has none of its own). `today` as for checklistStatus. */
export function partStatus(app: Application, rules: RulesInForce, today?: IsoDate): Record<Exclude<PartId, 'overview'>, PartStatus> {
  return {
    checklist: checklistPart(app, rules, today),
    career: careerPart(app, rules, today),
    documents: documentsPart(app, rules),
    panelling: panellingPart(app, rules, today),
    validate: validatePart(app, rules),
  };
}

/**
 * How many mandatory items are done: each mandatory checklist item, each mandatory document
 * and the panelling choices (one item), the things that must be complete before the lock.
 */
export function mandatoryProgress(app: Application, rules: RulesInForce, today?: IsoDate): { done: number; total: number } {
  const items = checklistStatus(app, rules, today).filter((s) => s.mandatory);
  const docs = documentStatus(app, rules).filter((s) => s.mandatory);
  const docDone = docs.filter((s) => s.ref && s.problems.length === 0).length;
  const panelling = panellingReasons(app).length === 0 ? 1 : 0;
  return {
    done: items.filter((s) => s.complete).length + docDone + panelling,
    total: items.length + docs.length + 1,
  };
}
