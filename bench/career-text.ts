// A career history as an applicant writes it: roles in different fields of engineering, each
// with long first-person Responsibilities and Personal Achievements in varied sentences (not one
// sentence repeated: the evidence tools and the length meter read real prose differently).
import type { Application, Role } from '../core/types.ts';
import { readyToLock } from '../tests/core/fixtures.ts';

interface Job {
  employer: string;
  title: string;
  system: string;
  client: string;
  site: string;
  standard: string;
}

const JOBS: Job[] = [
  {
    employer: 'Northgate Power Networks',
    title: 'Protection Engineer',
    system: '132 kV substation protection scheme',
    client: 'the distribution network operator',
    site: 'Kelby Grid substation',
    standard: 'the operator’s protection policy',
  },
  {
    employer: 'Harbour Rail Systems',
    title: 'Signalling Design Engineer',
    system: 'interlocking renewal for the coastal line',
    client: 'the infrastructure manager',
    site: 'Marsh Lane junction',
    standard: 'the railway group standards',
  },
  {
    employer: 'Westmoor Water',
    title: 'Senior Control Systems Engineer',
    system: 'telemetry and control of twelve pumping stations',
    client: 'the water company’s asset team',
    site: 'Ashby treatment works',
    standard: 'the company’s functional safety procedure',
  },
  {
    employer: 'Cobalt Wind Services',
    title: 'Lead Power Electronics Engineer',
    system: 'converter upgrade for an offshore wind farm',
    client: 'the wind farm owner',
    site: 'the Dogger array',
    standard: 'the grid code compliance requirements',
  },
  {
    employer: 'Brightline Transport',
    title: 'Principal Traction Power Engineer',
    system: 'traction power supply for a tram extension',
    client: 'the city transport authority',
    site: 'the Riverside depot',
    standard: 'the electrical safety rules for light rail',
  },
  {
    employer: 'Meridian Data Centres',
    title: 'Engineering Manager',
    system: 'standby generation and UPS for a new data hall',
    client: 'the data centre operator',
    site: 'the Slough campus',
    standard: 'the tier rating the client had been promised',
  },
];

const RESPONSIBILITIES: ((j: Job) => string)[] = [
  (j) => `I was responsible for the design of the ${j.system}, from the first feasibility study to handover to the operations team.`,
  (j) =>
    `I agreed the scope of work with ${j.client} and wrote down what was in and out of it, so that later changes could be priced fairly.`,
  () => 'I led a team of four engineers and two technicians, setting the priorities for each week with the project manager.',
  (j) => `I wrote the technical specification against ${j.standard} and kept a record of every change to it and the reason for it.`,
  () => 'I checked the calculations of the junior engineers and signed off each design package before it went for independent review.',
  (j) => `I planned the outages at ${j.site} with the control room, so that no customer lost supply for longer than had been agreed.`,
  () => 'I chaired the weekly design review and made sure that every action had an owner and a date.',
  () => 'I prepared the risk register for the engineering work and reviewed it with the client every month.',
  (j) =>
    `I visited ${j.site} during construction to answer the contractor’s questions and to check that what was built matched the drawings.`,
  () => 'I selected the main equipment after comparing three suppliers on whole-life cost, delivery time and the support they could offer.',
  () => 'I managed a design budget of around four hundred thousand pounds and reported the spend against forecast each month.',
  () => 'I mentored two graduate engineers towards registration, agreeing their development objectives and reviewing their reports.',
  (j) => `I carried out the hazard review for the ${j.system} and made sure that the actions from it were closed before commissioning.`,
  () => 'I wrote the test plan for factory and site acceptance tests and witnessed the factory tests myself.',
  () => 'I kept the interface register between the civil, mechanical and electrical designs and resolved the clashes it showed.',
  (j) =>
    `I represented ${j.employer} at progress meetings with ${j.client} and explained technical choices in terms the board could follow.`,
  () =>
    'I reviewed the contractor’s method statements for work near live equipment and refused two that did not control the risk well enough.',
  () => 'I produced the operation and maintenance manual and trained the maintenance staff who would look after the equipment.',
  () => 'I set up the document control for the project so that everyone worked from the current revision of each drawing.',
  () => 'I assessed the environmental effects of the work, including noise at night and the disposal of old equipment.',
  () => 'I arranged the independent verification of the design and answered the verifier’s observations in writing.',
  (j) => `I was the named competent person for the electrical design of the ${j.system} under the company’s safety management system.`,
];

const ACHIEVEMENTS: ((j: Job) => string)[] = [
  (j) =>
    `I found that the original design of the ${j.system} would not meet ${j.standard} under a single fault, and proposed a change that did.`,
  () =>
    'I reduced the number of outages needed for the work from nine to five by changing the order in which the circuits were transferred.',
  (j) => `I introduced a checklist for design reviews at ${j.employer} that is now used on every project in the department.`,
  () => 'I saved about twelve per cent of the equipment cost by standardising on one range of relays across the whole scheme.',
  () => 'I diagnosed an intermittent trip during commissioning as an earthing fault in the cable screens, which the contractor had missed.',
  (j) => `I persuaded ${j.client} to accept a staged handover, so that the first half of the work was in service three months early.`,
  () => 'I wrote a short guide to the new software tools for the team, and the time taken to produce a design package fell by a quarter.',
  () => 'I led the investigation after a near miss on site, and the changes we made to the permit system were adopted across the region.',
  () =>
    'I delivered the project within budget despite the loss of a key supplier halfway through, by qualifying a second source in six weeks.',
  () => 'I presented our approach at an industry seminar and answered questions from other operators about how we had managed the risks.',
  () =>
    'I built a simple model of the load growth that showed the planned transformers would be too small within ten years; they were changed.',
  () => 'I helped a graduate I mentored to prepare for her professional review, and she was registered the following year.',
  (j) => `I negotiated the final account with the contractor at ${j.site}, settling the claims without going to adjudication.`,
  () =>
    'I improved the reliability of the control system by adding monitoring of the communication links, which cut unplanned call-outs by half.',
  () =>
    'I carried out a lessons learned review at the end of the project and turned the main findings into changes to our design standards.',
  () => 'I took on the role of design authority when my manager left, and kept the project on programme while a replacement was found.',
  () => 'I identified that the as-built drawings did not match the installation and organised a survey to correct them before handover.',
  () => 'I developed a spreadsheet tool to check cable ratings that the team still uses, with a note of its limits on the first sheet.',
  () => 'I changed the testing sequence so that the protection could be proved without taking the whole site out of service.',
  () => 'I received a commendation from the client for the way the team handled an unexpected fault during the final switching.',
];

/** Sentences for one role's text, starting at `offset` in the list, until about `chars` characters. */
function prose(sentences: ((j: Job) => string)[], job: Job, offset: number, chars: number): string {
  const out: string[] = [];
  let length = 0;
  for (let i = offset; length < chars; i++) {
    const s = sentences[i % sentences.length]!(job);
    out.push(s);
    length += s.length + 1;
    // A paragraph every few sentences, as people write.
    if ((i - offset) % 4 === 3) out.push('\n');
  }
  return out.join(' ').replace(/ \n /g, '\n\n').trim();
}

/** A CEng application ready to lock, with `roles` roles whose two texts are each about `chars` characters. */
export function careerApplication(roles = 6, chars = 3000): Application {
  const list: Role[] = Array.from({ length: roles }, (_, i) => {
    const job = JOBS[i % JOBS.length]!;
    return {
      id: `role-${i + 1}`,
      employer: job.employer,
      title: job.title,
      start: `${2008 + i * 3}-0${(i % 9) + 1}-01`,
      end: i === roles - 1 ? '' : `${2011 + i * 3}-0${(i % 9) + 1}-01`,
      current: i === roles - 1,
      responsibilities: prose(RESPONSIBILITIES, job, i * 5, chars),
      achievements: prose(ACHIEVEMENTS, job, i * 3, chars),
      competences: [(['A1', 'A2', 'B1', 'B2', 'C1', 'C2', 'D1', 'D2', 'E1', 'E2'] as const)[(i * 2) % 10]!, 'D3', 'E3'],
    };
  });
  return { ...readyToLock('CEng', 'standard'), id: 'bench-career', name: 'Career history bench', roles: list };
}

/** What the bench types: about 200 characters of prose, as it would follow the Responsibilities already written. */
export const TYPED =
  " I then reviewed the commissioning results with the client's engineer, agreed which faults had to be fixed before energisation, and wrote the handover note. It was accepted by the client without any changes.";
