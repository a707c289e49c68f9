// The development record in the .html export, as text a mentor can read and print: CPD totals
// and activities, the Development Action Plan, the advice log and the interview notes.
import { describeVersion } from '../development/advice.ts';
import { activityLabel, adviserLabel } from '../development/constants.ts';
import { cpdTotals, describeYear, formatHours } from '../development/cpd.ts';
import { dapDocumentRows } from '../development/dap.ts';
import type { DevelopmentData } from '../development/data.ts';
import { STANDARDS } from '../rules/standards.ts';
import type { Application, IsoDate } from '../types.ts';
import { exportDate } from './dates.ts';
import { type Child, el, type Markup } from './markup.ts';

type Table = (head: string[], rows: Child[][]) => Markup;

const prose = (text: string) => el('div', { class: 'prose' }, text);

/** The development section of the export, measured against `today` (overdue actions, this CPD year). */
export function developmentSection(app: Application, d: DevelopmentData, today: IsoDate, table: Table): Markup {
  const areas = app.category === 'ICTTech' ? STANDARDS['ICTTech-3'].areas : STANDARDS['UK-SPEC-4'].areas;
  const years = cpdTotals(d.cpd, d.cpdSettings, today).filter((y) => y.entries > 0);
  const answered = d.practice.filter((a) => a.notes.trim() !== '');
  return el(
    'section',
    null,
    el('h2', null, 'Development'),
    el('h3', null, 'CPD'),
    years.length
      ? el(
          'ul',
          null,
          years.map((y) => el('li', null, describeYear(y))),
        )
      : el('p', { class: 'meta' }, 'No CPD recorded.'),
    d.cpd.length
      ? table(
          ['Date', 'Hours', 'Type', 'Activity', 'Reflection', 'Competences'],
          [...d.cpd]
            .sort((a, b) => b.date.localeCompare(a.date))
            .map((e) => [
              exportDate(e.date),
              formatHours(e.hours),
              `${activityLabel(e.type)}, ${e.planned ? 'planned' : 'unplanned'}`,
              e.title,
              prose([e.did, e.learned && `Learned: ${e.learned}`, e.apply && `Use: ${e.apply}`].filter(Boolean).join('\n')),
              e.competences.join(', '),
            ]),
        )
      : null,
    el('h3', null, 'Development Action Plan'),
    el('p', null, `Achievements since ${d.plan.since ? exportDate(d.plan.since) : 'the start'}:`),
    prose(d.plan.achievements || '—'),
    d.plan.goals.length
      ? table(
          ['Area', 'Goal', 'Action', 'Timescale', 'Evidence', 'Status'],
          dapDocumentRows(d.plan, app.category, areas, today).map((r) => [
            `${r.area}: ${r.areaTitle}`,
            `${r.goal} (${r.competences.join(', ')})`,
            r.action || '—',
            r.timescale ? exportDate(r.timescale) : '—',
            r.evidence || '—',
            r.state,
          ]),
        )
      : el('p', { class: 'meta' }, 'No goals yet.'),
    el('h3', null, 'Advice log'),
    d.advice.length
      ? table(
          ['Date', 'Who', 'About', 'Advice', 'What I did'],
          d.advice.map((a) => [
            exportDate(a.date),
            `${adviserLabel(a.who)}${a.name ? `: ${a.name}` : ''}`,
            describeVersion(a.version),
            prose(a.advice),
            prose(a.response || '—'),
          ]),
        )
      : el('p', { class: 'meta' }, 'No advice recorded.'),
    el('h3', null, 'Interview preparation notes'),
    answered.length
      ? table(
          ['Question', 'Notes', 'Self-rating'],
          answered.map((a) => [a.question, prose(a.notes), a.rating === null ? '—' : `${a.rating} of 4`]),
        )
      : el('p', { class: 'meta' }, 'No notes yet.'),
  );
}
