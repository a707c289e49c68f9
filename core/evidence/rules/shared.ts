// Word lists that both standards' suggestion rules use, and the shorthand that builds a rule.
// All of it is our own reading of what evidences a competence; none of it is the standards' text.
import type { CategoryId, CompetenceCode, Provenance } from '../../types.ts';
import type { SuggestionRule } from '../types.ts';

type Spec = Pick<SuggestionRule, 'phrases' | 'verbs' | 'objects' | 'weight'>;

/** Builds a rule; `public` when its words echo the standard's own statement, else our assumption. */
export function rule(
  id: string,
  code: CompetenceCode,
  categories: CategoryId[],
  shows: string,
  spec: Spec,
  provenance: Provenance = 'assumed',
): SuggestionRule {
  return { id, code, categories, shows, provenance, ...spec };
}

/** People whose growth an applicant can evidence (C3). */
export const PEOPLE = [
  'graduate',
  'apprentice',
  'engineer',
  'technician',
  'colleague',
  'staff',
  'junior',
  'trainee',
  'new starter',
  'analyst',
  'operator',
  'fitter',
  'team',
];

/** Audiences an applicant explains things to (D1). */
export const AUDIENCES = [
  'client',
  'customer',
  'user',
  'staff',
  'board',
  'manager',
  'stakeholder',
  'non specialist',
  'non technical',
  'operator',
  'resident',
  'public',
  'shift',
];

/** Written work that shows communication (D1). */
export const DOCUMENTS = [
  'report',
  'manual',
  'guide',
  'user guide',
  'documentation',
  'article',
  'minutes',
  'handover note',
  'note',
  'paper',
  'newsletter',
  'presentation',
  'bulletin',
  'instruction',
  'briefing',
  'action list',
];

/** Plain-language words (D1). */
export const PLAIN_WORDS = [
  'plain english',
  'plain language',
  'plain terms',
  'non technical',
  'non specialist',
  'non specialists',
  'words they understand',
  'technical report',
];

/** Diversity and inclusion (D3): the standard names both. */
export const INCLUSION_STRONG = [
  'diversity',
  'inclusion',
  'inclusive',
  'equality',
  'different backgrounds',
  'unconscious bias',
  'neurodivers*',
  'second language',
  'new to the uk',
  'dyslexi*',
  'autis*',
  'adhd',
  'reasonable adjustment*',
  'caring responsibilities',
  'flexible working',
  'hearing impair*',
  'wheelchair',
];
export const INCLUSION_WEAK = [
  'diverse',
  'included',
  'cultural',
  'cultures',
  'welcome',
  'new starters',
  'settle in',
  'disabilit*',
  'rapport',
  'quieter',
  'a say',
  'find their feet',
];

/** Codes of conduct and the law (E1). */
export const CONDUCT = ['code of conduct', 'codes of conduct', 'rules of conduct', 'code of ethics', 'professional code', 'gifts register'];
export const LAW = [
  'regulations',
  'legislation',
  'statutory',
  'compliance',
  'complied',
  'comply',
  'in accordance with',
  'bs 7671',
  'cdm',
  'building regulations',
  'in line with',
  'f gas',
  'gas safe',
  "manufacturer's instructions",
];

/** Safe systems of work (E2). */
export const SAFETY_STRONG = [
  'risk assessment',
  'method statement',
  'rams',
  'permit to work',
  'safe system of work',
  'safe systems of work',
  'lock off',
  'lock out',
  'lockout',
  'isolation procedure',
  'coshh',
  'hazop',
  'near miss',
  'near misses',
  'lone working',
  'ppe',
  'principal designer',
  'safety case',
  'proving unit',
  'safety rules',
  'live working',
  'safety procedure',
  'manual handling',
  'incident investigation',
  'recordable incident',
  'authorised person',
  'competent person',
  'ear defenders',
  'hearing protection',
  'eye protection',
  'safety glasses',
  'hard hat',
  'harness',
  'locked off',
  'locked out',
];
export const SAFETY_WEAK = [
  'safety',
  'safe',
  'safely',
  'hazard',
  'hazards',
  'incident',
  'stopped work',
  'stopped a job',
  'cdm',
  'switching procedure',
  'permit',
  'permits',
  'site rules',
  'induction',
  'inductions',
  'lifting technique',
  'isolated',
  'guards',
  'isolation',
];

/** Sustainable development (E3). */
export const SUSTAINABILITY_STRONG = [
  'sustainab*',
  'carbon',
  'net zero',
  'energy efficien*',
  'emissions',
  'recycl*',
  'reus*',
  're use',
  'whole life',
  'life cycle',
  'environmental',
  'biodiversity',
  'renewable',
  'energy use',
  'energy consumption',
  'circular economy',
  'power down',
  'electricity bill',
  'gas use',
  'water use',
  'fuel use',
  'electricity use',
  'power consumption',
  'gas consumption',
];
/** Using less of something (E3): "cut copper use", "reduced energy consumption". */
export const SAVING_VERBS = ['cut', 'reduce', 'save', 'lower', 'halve', 'minimise', 'minimize'];
export const RESOURCES = [
  'copper',
  'steel',
  'concrete',
  'material',
  'energy',
  'water',
  'fuel',
  'waste',
  'paper',
  'plastic',
  'power',
  'electricity',
  'gas',
];
export const SUSTAINABILITY_WEAK = ['energy', 'wast*', 'tonnes of', 'runoff', 'pollution', 'charity'];

/** Continuing professional development (E4): CPD is the standard's own word. */
export const CPD_STRONG = [
  'cpd',
  'continuing professional development',
  'professional development',
  'development action plan',
  'learning log',
  'course on',
  'course in',
  'training course',
];
export const CPD_WEAK = [
  'course',
  'webinar',
  'conference',
  'seminar',
  'reflect*',
  'certification',
  'e learning',
  'self study',
  'learned',
  'learnt',
];
export const CPD_VERBS = ['attend', 'complete', 'pass', 'gain', 'achieve', 'enrol', 'sign up'];
export const CPD_OBJECTS = [
  'course',
  'conference',
  'seminar',
  'webinar',
  'training',
  'workshop',
  'lecture',
  'msc',
  'degree',
  'qualification',
  'certification',
  'certificate',
  'module',
  'apprenticeship',
  'hnc',
  'hnd',
];

/** Ethics (E5 in UK-SPEC; part of E3 in our reading of the ICTTech standard). */
export const ETHICS_STRONG = [
  'ethic*',
  'integrity',
  'whistleblow*',
  'conflict of interest',
  'conflicts of interest',
  'bribery',
  'hospitality',
  'gifts register',
  'falsif*',
  'fraud*',
  'counterfeit',
  'not genuine',
];
export const ETHICS_WEAK = [
  'declined',
  'refused',
  'fair',
  'fairness',
  'honest*',
  'reported it',
  'reported this',
  'without doing',
  'not witnessed',
  'raised a concern',
  'raised concerns',
  'proper route',
];

/** Dealing with others as part of the work (EngTech and ICTTech D2). */
export const PARTNERS = [
  'customer',
  'client',
  'public',
  'supplier',
  'colleague',
  'contractor',
  'resident',
  'user',
  'occupant',
  'stakeholder',
  'vendor',
];
