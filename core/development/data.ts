// Everything the development part of the workbook keeps for one application, as one record:
// stored beside the application (not inside it, so it stays editable after submission, when
// the interview is prepared) and carried with it in exports and backups.
import { DEFAULT_CPD_SETTINGS } from './constants.ts';
import type { OutlineSection } from './presentation.ts';
import type { AdviceEntry, CpdEntry, CpdSettings, DevelopmentPlan, PanelFeedback, PracticeAnswer } from './types.ts';

export interface DevelopmentData {
  cpd: CpdEntry[];
  cpdSettings: CpdSettings;
  plan: DevelopmentPlan;
  advice: AdviceEntry[];
  feedback: PanelFeedback[];
  practice: PracticeAnswer[];
  /** The applicant's presentation outline; null until they change the draft made from the roles. */
  outline: OutlineSection[] | null;
  /** Remote-interview checklist items ticked, by id. */
  remote: string[];
}

/** A fresh, empty record. */
export function emptyDevelopment(): DevelopmentData {
  return {
    cpd: [],
    cpdSettings: { ...DEFAULT_CPD_SETTINGS },
    plan: { since: '', achievements: '', goals: [] },
    advice: [],
    feedback: [],
    practice: [],
    outline: null,
    remote: [],
  };
}
