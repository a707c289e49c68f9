// Words that pitch a role below (or above) the level of the category applied for. The level
// difference itself is public (CEng leads, IEng manages, EngTech and ICTTech take personal
// responsibility and supervise); which words give it away is our reading, so these are assumed.
import type { LevelWords } from '../types.ts';

/** People whose development an applicant supports; "supported two graduates" is not below level. */
export const DEVELOPING_OTHERS = [
  'graduate',
  'graduates',
  'apprentice',
  'apprentices',
  'colleague',
  'colleagues',
  'trainee',
  'trainees',
  'junior',
  'juniors',
  'technician',
  'technicians',
  'engineers',
  'staff',
  'team',
  'one',
  'two',
  'three',
];

/** Level vocabulary per category: verb phrases (matched in every form) that read below or above it. */
export const LEVEL_WORDS: LevelWords[] = [
  {
    id: 'level.ceng.supporting',
    categories: ['CEng'],
    direction: 'below',
    phrases: ['assist', 'help', 'support', 'contribute to', 'take part in', 'participate in', 'be involved in', 'involved in', 'shadow'],
    why: 'For CEng the panel looks for work you led and decisions you were accountable for. Words like “helped” or “supported” make your part sound secondary, even when it was not.',
    fix: 'Say what you decided, led or owned yourself (“I set…”, “I decided…”, “I was accountable for…”). If someone else led, describe the part that was yours.',
    provenance: 'assumed',
  },
  {
    id: 'level.ieng.assisting',
    categories: ['IEng'],
    direction: 'below',
    phrases: ['assist', 'help', 'take part in', 'participate in', 'be involved in', 'involved in', 'shadow'],
    why: 'For IEng the panel looks for work you managed or were responsible for. “Helped” or “was involved in” leaves them guessing what you did.',
    fix: 'Name the part you managed or were responsible for, and what you did in it (“I managed…”, “I was responsible for…”).',
    provenance: 'assumed',
  },
  {
    id: 'level.tech.watching',
    categories: ['EngTech', 'ICTTech'],
    direction: 'below',
    phrases: ['shadow', 'observe', 'watch', 'be shown', 'be taught', 'under close supervision', 'assist'],
    why: 'The panel looks for work you did yourself, to the standard, without close supervision. Watching or assisting someone else is learning, not yet evidence.',
    fix: 'Describe a task you carried out yourself: what you did, how you checked it, and who relied on it.',
    provenance: 'assumed',
  },
  {
    id: 'level.tech.strategic',
    categories: ['EngTech', 'ICTTech'],
    direction: 'above',
    phrases: [
      'set the strategy',
      'strategic',
      'strategy',
      'direct the business',
      'board level',
      'portfolio',
      'accountable for the programme',
      'head of',
    ],
    why: 'For this category the panel wants your own hands-on work and the tasks you supervised. Strategy and direction of others read as another category, and can hide what you did yourself.',
    fix: 'Describe the task you personally carried out and how you checked it. If you really work at this level, ask an adviser whether IEng or CEng fits you better.',
    provenance: 'assumed',
  },
];
