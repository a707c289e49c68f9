// The held-out part of the sample set, written together with the tuning part and before the
// rules: it is measured, never tuned against, so its numbers say how the rules do on new text.
import type { Sample } from './sample.ts';

export const HELD_OUT: Sample[] = [
  {
    id: 'h-c-01',
    category: 'CEng',
    text: "On the hospital energy centre project I defined the programme for design, procurement and construction, set up the risk and opportunity register and agreed the quality plan with the client's engineer.",
    codes: ['C1'],
  },
  {
    id: 'h-c-02',
    category: 'CEng',
    text: 'I directed the work of three design consultants and a specialist contractor, controlling the design budget of £800k and reallocating staff between packages as priorities changed.',
    codes: ['C2'],
  },
  {
    id: 'h-c-03',
    category: 'CEng',
    text: 'I coach the engineers in my team, share my technical knowledge through monthly design clinics and recently supported two colleagues to become Chartered Engineers.',
    codes: ['C3'],
  },
  {
    id: 'h-c-04',
    category: 'CEng',
    text: 'Our flood model kept predicting levels that did not match what we saw on site. I researched newer modelling approaches, calibrated a two-dimensional model against recorded storm events and proved it against the 2020 flood; the council adopted it for its flood risk plan.',
    codes: ['A1', 'B2'],
  },
  {
    id: 'h-c-05',
    category: 'CEng',
    text: "At the design review I had to defend my choice of a steel frame over timber against the architect's preference. I set out fire, cost and programme evidence, listened to the concerns raised and we agreed a hybrid solution.",
    codes: ['D2'],
  },
  {
    id: 'h-c-06',
    category: 'CEng',
    text: 'I considered the environmental impact of the scheme from the start, specifying low-carbon concrete and designing the drainage to reduce runoff, which helped the project reach BREEAM Excellent.',
    codes: ['E3'],
  },
  {
    id: 'h-c-07',
    category: 'CEng',
    text: 'I was asked to certify a design I had doubts about because the programme was tight. I explained the risk to the project director in writing, declined to sign until an independent check had been done and accepted the delay.',
    codes: ['E5'],
  },
  {
    id: 'h-n-02',
    category: 'CEng',
    text: 'In 2019 I moved to the London office when the team relocated.',
    codes: [],
  },
  {
    id: 'h-i-01',
    category: 'IEng',
    text: 'I manage the maintenance budget for the site and organise the planned work of two contracted maintenance teams, so that downtime is scheduled around production.',
    codes: ['C2'],
  },
  {
    id: 'h-i-02',
    category: 'IEng',
    text: 'I analysed six months of failure data from the conveyor drives, found that most failures followed gearbox overheating and introduced a thermal monitoring check that has halved unplanned stoppages.',
    codes: ['A2'],
  },
  {
    id: 'h-i-03',
    category: 'IEng',
    text: 'I produced the detailed electrical design for the new workshop, including cable calculations and distribution board schedules, which the lead engineer reviewed and approved.',
    codes: ['B2'],
  },
  {
    id: 'h-i-04',
    category: 'IEng',
    text: 'I prepare the method statements and risk assessments for our contractors, check them on site and stopped work twice when the agreed controls were not in place.',
    codes: ['E2'],
  },
  {
    id: 'h-i-05',
    category: 'IEng',
    text: 'I recorded my CPD throughout the year and completed a course in project management, which I then used to plan the refurbishment of the test laboratory.',
    codes: ['E4', 'C1'],
  },
  {
    id: 'h-i-06',
    category: 'IEng',
    text: 'I chair the weekly progress meeting with the contractors and the client, and issue clear minutes and action lists afterwards.',
    codes: ['D1'],
  },
  {
    id: 'h-n-01',
    category: 'IEng',
    text: 'The company makes hydraulic cylinders for agricultural machinery and employs 120 people.',
    codes: [],
  },
  {
    id: 'h-e-01',
    category: 'EngTech',
    text: 'When the boiler kept locking out, I checked the flue sensor, gas pressure and ignition sequence in turn, found a cracked ignition lead and replaced it; the boiler has run without a lockout since.',
    codes: ['B1'],
  },
  {
    id: 'h-e-02',
    category: 'EngTech',
    text: 'I am trusted to carry out inspections on my own and work to the relevant codes of practice, such as the wiring regulations, without needing my work checked.',
    codes: ['C1'],
  },
  {
    id: 'h-e-03',
    category: 'EngTech',
    text: 'I supervise two apprentices, giving them tasks suited to their experience and checking their work before it goes to the customer.',
    codes: ['C3'],
  },
  {
    id: 'h-e-04',
    category: 'EngTech',
    text: 'I always wear the right PPE, follow the lock-off procedure and report near misses, and I reviewed the risk assessment for roof work after a ladder slipped.',
    codes: ['E2'],
  },
  {
    id: 'h-e-05',
    category: 'EngTech',
    text: 'I order materials for each installation, keep the job within the quoted cost and return unused stock, taking care that nothing is wasted.',
    codes: ['B2'],
  },
  {
    id: 'h-e-06',
    category: 'EngTech',
    text: 'I explain test results to site managers and write clear handover notes so the next shift knows the state of each machine.',
    codes: ['D1'],
  },
  {
    id: 'h-t-01',
    category: 'ICTTech',
    text: 'I diagnosed intermittent Wi-Fi drop-outs in the warehouse by surveying signal strength, found interference from new racking and moved two access points, after which the scanners stayed connected.',
    codes: ['B1'],
  },
  {
    id: 'h-t-02',
    category: 'ICTTech',
    text: 'I maintain the backup system for 60 servers, test restores each month and fixed a failing job that had gone unnoticed for weeks.',
    codes: ['B2'],
  },
  {
    id: 'h-t-03',
    category: 'ICTTech',
    text: 'I allocate the overnight monitoring tasks to the two junior operators and check the handover log each morning.',
    codes: ['C3'],
  },
  {
    id: 'h-t-04',
    category: 'ICTTech',
    text: 'I suggested a checklist for new user accounts after finding several set up with the wrong permissions, and errors fell to almost none.',
    codes: ['C4'],
  },
  {
    id: 'h-t-05',
    category: 'ICTTech',
    text: 'I explain outages to non-technical staff by email and on the intranet, keeping the messages short and clear.',
    codes: ['D1'],
  },
  {
    id: 'h-t-06',
    category: 'ICTTech',
    text: 'I completed a course in cloud administration and keep a learning log with reflections that I review with my line manager every quarter.',
    codes: ['E4'],
  },
];
