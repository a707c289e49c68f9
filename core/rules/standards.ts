// The competence standards as versioned data: UK-SPEC 4th edition (CEng, IEng, EngTech) and the
// ICTTech Standard 3rd edition. Every summary is written afresh in our own words from what the
// competence means, addressed to the applicant; the official wording is the Engineering
// Council's and is not reproduced. The level shows in the verbs (CEng leads, IEng manages,
// EngTech and ICTTech take personal responsibility and supervise). Where the ICTTech Standard's
// details could not be confirmed (its C4, and whether area E has its own ethics competence) the
// row is marked assumed. A new edition is a data change here, nothing else.
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
  ['A1', 'Keep deepening the engineering theory behind your work, so that you can grow into your role.'],
  ['A2', 'Find new technical answers to unusual, difficult or high-risk engineering problems, drawing on what you know.'],
  ['B1', 'Take a leading part in working out what a project must achieve, and in spotting its problems and opportunities.'],
  ['B2', 'Decide what investigation, research and analysis a piece of design work needs, and carry it out well.'],
  ['B3', 'See engineering work through to delivery, then judge how well the solution performs.'],
  ['C1', 'Work out the people, time, money and equipment a significant task or project needs, and plan how it will be delivered.'],
  [
    'C2',
    'Organise, direct and control a significant piece of engineering work: its plan and schedule, its budget, its people and other resources.',
  ],
  [
    'C3',
    'Lead a team or a technical specialism, and help others adapt as technical and managerial needs change. Managing staff is not required.',
  ],
  ['C4', 'Drive up quality continuously and champion good practice around you.'],
  ['D1', 'Communicate clearly in English with people at every level, technical or not.'],
  ['D2', 'Put forward proposals, argue the case for them and explain your conclusions.'],
  ['D3', 'Work well with people, understand yourself, and support diversity and inclusion.'],
  ['E1', 'Know the codes of conduct that apply to you, and keep to them.'],
  ['E2', 'Know the safety risks your role carries; manage safe ways of working, use them and make them better.'],
  ['E3', 'Understand what sustainable development means and put it into practice in your work.'],
  ['E4', 'Plan, do, record and reflect on the CPD that keeps your competence current and growing.'],
  ['E5', 'Recognise the ethical questions your role can raise, and act ethically when they do.'],
]);

const IENG = competences('IEng', [
  ['A1', 'Keep building the theory behind how you apply technology in your engineering work.'],
  ['A2', 'Solve problems from the evidence, and help improve how things are done.'],
  ['B1', 'Pick the right way to carry out an engineering task, and be able to say why it is the right one.'],
  ['B2', 'Take part in designing and developing engineering solutions.'],
  ['B3', 'Put designs into practice and help judge how well they work.'],
  ['C1', 'Plan how a task or project will be delivered and what it will need.'],
  ['C2', 'Manage the schedule, budget, people and other resources of engineering tasks or projects.'],
  [
    'C3',
    'Manage a team or a technical area, and help others adapt as technical and managerial needs change. Managing staff is not required.',
  ],
  ['C4', 'Manage the quality of the work, and keep improving it.'],
  ['D1', 'Communicate clearly in English with people at every level.'],
  ['D2', 'Put forward proposals and discuss them, with the reasons behind them.'],
  ['D3', 'Work well with people, understand yourself, and support diversity and inclusion.'],
  ['E1', 'Know the codes of conduct that apply to you, and keep to them.'],
  ['E2', 'Know the safety risks your role carries; manage safe ways of working, use them and make them better.'],
  ['E3', 'Understand what sustainable development means and put it into practice in your work.'],
  ['E4', 'Plan, do, record and reflect on the CPD that keeps your competence current and growing.'],
  ['E5', 'Recognise the ethical questions your role can raise, and act ethically when they do.'],
]);

const ENGTECH = competences('EngTech', [
  ['A1', 'Weigh up the ways a task could be done, and pick the one that suits it.'],
  ['A2', 'Apply the science and engineering principles your work calls for.'],
  ['B1', 'Find problems, trace their causes and put them right.'],
  [
    'B2',
    'Gather the people, materials and tools a task needs and use them well, with an eye on what it costs, how good and how safe the result is, and its effect on the environment.',
  ],
  ['C1', 'Be trusted to get your work right on your own, following the codes of practice that govern it.'],
  ['C2', 'Take responsibility for your own work and, where it is yours to oversee, the work of others.'],
  ['C3', 'Take on tasks, share them out and supervise them, technical or otherwise.'],
  ['D1', 'Communicate clearly in English with people at every level.'],
  ['D2', 'Build good working relationships with the people you deal with: colleagues, clients, suppliers and members of the public.'],
  ['D3', 'Get on well with people and support diversity and inclusion.'],
  ['E1', 'Know the codes of conduct that apply to you, and keep to them.'],
  ['E2', 'Know the safety risks your role carries, and follow safe ways of working.'],
  ['E3', 'Understand what sustainable development means and put it into practice in your work.'],
  ['E4', 'Do and record the CPD that keeps your competence current.'],
  ['E5', 'Recognise the ethical questions your role can raise, and act ethically when they do.'],
]);

const ICTTECH = competences('ICTTech', [
  ['A1', 'Weigh up the ways an ICT task could be done, and pick the one that suits it.'],
  ['A2', 'Apply the technical and ICT principles your work calls for.'],
  ['B1', 'Find ICT problems, trace their causes and put them right.'],
  [
    'B2',
    'Show one of three: planning and using resources to get tasks done; helping design and build ICT systems; or supporting and maintaining ICT services.',
  ],
  ['C1', 'Be trusted to get your work right on your own, following the codes of practice that govern it.'],
  ['C2', 'Take responsibility for your own work and, where it is yours to oversee, the work of others.'],
  ['C3', 'Take on tasks, share them out and supervise them, technical or otherwise.'],
  ['C4', 'Help raise the quality of the work and the way it is done.', 'assumed'],
  ['D1', 'Communicate clearly in English with people at every level.'],
  ['D2', 'Build good working relationships with the people you deal with: colleagues, clients, suppliers and the users of ICT services.'],
  ['D3', 'Get on well with people and support diversity and inclusion.'],
  ['E1', 'Know the codes of conduct that apply to you, on security and data too, and keep to them.', 'assumed'],
  ['E2', 'Know the safety and security risks your role carries, and follow safe ways of working.', 'assumed'],
  ['E3', 'Put sustainable development into practice, and act ethically in your work.', 'assumed'],
  ['E4', 'Do and record the CPD that keeps your competence current.', 'assumed'],
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
