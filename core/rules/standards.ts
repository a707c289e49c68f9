// The competence standards as versioned data. Summaries are our own short paraphrases; the level
// shows in the verbs (CEng leads, IEng manages, EngTech/ICTTech take personal responsibility).
// A new edition is a data change here, nothing else.
import type { AreaId, CategoryId, Competence, CompetenceCode, Provenance, Standard } from '../types.ts';

const AREAS: Record<AreaId, string> = {
  A: 'Knowledge and understanding',
  B: 'Design, development and solving problems',
  C: 'Responsibility, management and leadership',
  D: 'Communication and interpersonal skills',
  E: 'Personal and professional commitment',
};

const ICT_AREAS: Record<AreaId, string> = {
  ...AREAS,
  B: 'Design, development and solving ICT problems',
};

type Row = [code: CompetenceCode, summary: string, provenance?: Provenance];

/** Turns compact rows into competences tagged with their category. */
function competences(category: CategoryId, rows: Row[]): Competence[] {
  return rows.map(([code, summary, provenance]) => ({
    code,
    area: code.charAt(0) as AreaId,
    summary,
    category,
    provenance: provenance ?? 'public',
  }));
}

const CENG = competences('CEng', [
  ['A1', 'Keep extending a sound theoretical base and use it to develop your role and the technology you work with.'],
  ['A2', 'Lead the development of technological solutions to unusual or challenging problems, including complex or high-risk ones.'],
  ['B1', 'Play an active part in finding and defining project requirements, problems and opportunities.'],
  ['B2', 'Decide which investigations and research a design or analysis needs, and carry them out well.'],
  ['B3', 'Carry designs through to implementation and evaluate how well they work.'],
  ['C1', 'Plan how a project will be delivered, including risks, resources and quality.'],
  ['C2', 'Plan, budget, organise, direct and control tasks, people and resources.'],
  ['C3', 'Lead teams and develop people to meet changing technical and managerial needs.'],
  ['C4', 'Drive continuous quality improvement and champion good practice.'],
  ['D1', 'Communicate clearly in English with technical and non-technical people at every level.'],
  ['D2', 'Present and debate proposals, justify them and make decisions.'],
  ['D3', 'Show strong personal and social skills and awareness of diversity and inclusion.'],
  ['E1', 'Follow the codes of conduct and practice that apply to your work.'],
  ['E2', 'Understand the safety implications of your role and manage, apply and improve safe systems of work.'],
  ['E3', 'Understand sustainable development and apply it in your work.'],
  ['E4', 'Plan, carry out, reflect on and record your continuing professional development (CPD).'],
  ['E5', 'Recognise the ethical issues your role can raise and act ethically.'],
]);

const IENG = competences('IEng', [
  ['A1', 'Keep extending a sound theoretical base for applying technology in engineering practice.'],
  ['A2', 'Solve problems with an evidence-based approach and contribute to continuous improvement.'],
  ['B1', 'Review and select the techniques, procedures and methods an engineering task needs.'],
  ['B2', 'Contribute to the design and development of engineering solutions.'],
  ['B3', 'Implement designs and contribute to their evaluation.'],
  ['C1', 'Plan for effective delivery of your projects.'],
  ['C2', 'Manage the planning, budgeting and organisation of tasks, people and resources.'],
  ['C3', 'Manage teams and develop people to meet changing technical and managerial needs.'],
  ['C4', 'Manage continuous quality improvement.'],
  ['D1', 'Communicate clearly in English with technical and non-technical people at every level.'],
  ['D2', 'Present and discuss proposals, justify them and make decisions.'],
  ['D3', 'Show personal and social skills and awareness of diversity and inclusion.'],
  ['E1', 'Follow the codes of conduct and practice that apply to your work.'],
  ['E2', 'Understand the safety implications of your role and manage, apply and improve safe systems of work.'],
  ['E3', 'Understand sustainable development and apply it in your work.'],
  ['E4', 'Plan, carry out, reflect on and record your continuing professional development (CPD).'],
  ['E5', 'Recognise the ethical issues your role can raise and act ethically.'],
]);

const ENGTECH = competences('EngTech', [
  ['A1', 'Review and select suitable techniques, procedures and methods for your tasks.'],
  ['A2', 'Apply the right scientific, technical or engineering principles in your work.'],
  ['B1', 'Spot problems, diagnose their causes and put satisfactory solutions in place.'],
  ['B2', 'Organise and use resources to finish tasks, minding cost, quality, safety, security and the environment.'],
  ['C1', 'Work reliably and effectively to the relevant codes of practice without close supervision.'],
  ['C2', 'Take personal responsibility for your own work and, where relevant, the work of others.'],
  ['C3', 'Accept, allocate and supervise technical and other tasks.'],
  ['D1', 'Communicate technical and other information in English, spoken, written and electronic.'],
  ['D2', 'Work well with colleagues, clients, suppliers and the public.'],
  ['D3', 'Show personal and social skills and awareness of diversity and inclusion.'],
  ['E1', 'Follow the codes of conduct that apply to your work.'],
  ['E2', 'Understand the safety implications of your role and apply safe systems of work.'],
  ['E3', 'Understand sustainable development and apply it in your work.'],
  ['E4', 'Carry out and record the CPD that keeps your competence up to date.'],
  ['E5', 'Recognise the ethical issues your role can raise and act ethically.'],
]);

const ICTTECH = competences('ICTTech', [
  ['A1', 'Review and select suitable techniques, procedures and methods for your ICT tasks.'],
  ['A2', 'Apply the right technical and ICT principles in your work.'],
  ['B1', 'Spot ICT problems, diagnose their causes and put satisfactory solutions in place.'],
  [
    'B2',
    'Evidence one of three alternatives: organise resources to complete tasks, contribute to designing and building ICT systems, or support and maintain ICT services.',
  ],
  ['C1', 'Work reliably and effectively to the relevant codes of practice without close supervision.'],
  ['C2', 'Take personal responsibility for your own work and, where relevant, the work of others.'],
  ['C3', 'Accept, allocate and supervise technical and other tasks.'],
  ['C4', 'Contribute to quality and to improving how the work is done.'],
  ['D1', 'Communicate technical and other information in English, spoken, written and electronic.'],
  ['D2', 'Work well with colleagues, clients, suppliers and users.'],
  ['D3', 'Show personal and social skills and awareness of diversity and inclusion.'],
  ['E1', 'Follow the codes of conduct that apply to your work, including on security and data.', 'assumed'],
  ['E2', 'Understand the safety and security implications of your role and apply safe systems of work.', 'assumed'],
  ['E3', 'Understand sustainable development and apply it, and act ethically in your work.', 'assumed'],
  ['E4', 'Carry out and record the CPD that keeps your competence up to date.', 'assumed'],
]);

/** Competences per category, in standard order. */
export const COMPETENCES: Record<CategoryId, Competence[]> = {
  CEng: CENG,
  IEng: IENG,
  EngTech: ENGTECH,
  ICTTech: ICTTECH,
};

/** The standards; UK-SPEC's `competences` holds all three of its categories, each tagged. */
export const STANDARDS: Record<Standard['id'], Standard> = {
  'UK-SPEC-4': {
    id: 'UK-SPEC-4',
    title: 'UK Standard for Professional Engineering Competence and Commitment (UK-SPEC)',
    edition: '4th edition',
    areas: AREAS,
    competences: [...CENG, ...IENG, ...ENGTECH],
    provenance: 'public',
  },
  'ICTTech-3': {
    id: 'ICTTech-3',
    title: 'ICTTech Standard',
    edition: '3rd edition',
    areas: ICT_AREAS,
    competences: ICTTECH,
    provenance: 'public',
  },
};
