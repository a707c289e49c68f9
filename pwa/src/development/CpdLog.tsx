// The CPD log: this year against the applicant's target, the mix as small charts with tables,
// the activities, and CSV import (all or nothing, after confirmation) and export.
import { useSignal } from '@preact/signals';
import { activityLabel, CPD_ACTIVITY_TYPES, SUGGESTED_CPD_HOURS } from '../../../core/development/constants.ts';
import { cpdEntryProblems, cpdTotals, describeYear, formatHours, missingTypes } from '../../../core/development/cpd.ts';
import { cpdToCsv, parseCpdCsv } from '../../../core/development/csv.ts';
import type { CpdEntry } from '../../../core/development/types.ts';
import { STANDARDS } from '../../../core/rules/standards.ts';
import type { Application, AreaId, CategoryId } from '../../../core/types.ts';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import { download } from '../exchange/files.ts';
import { ConfirmRemove } from '../ui/ConfirmRemove.tsx';
import { FormError } from '../ui/FormError.tsx';
import { Checkbox, Select, TextArea, TextField } from '../ui/fields.tsx';
import { formatDate } from '../ui/format.ts';
import { Bars } from './Bars.tsx';
import { CompetencePicker } from './CompetencePicker.tsx';
import { PrintButton } from './print.tsx';
import { type DevelopmentHandle, newId, todayIso } from './state.ts';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const AREA_IDS: AreaId[] = ['A', 'B', 'C', 'D', 'E'];

function blankEntry(today: string): CpdEntry {
  return { id: '', date: today, hours: 1, type: 'training', planned: true, title: '', did: '', learned: '', apply: '', competences: [] };
}

export function CpdLog({ dev, app }: { dev: DevelopmentHandle; app: Application }) {
  const category = app.category;
  const data = dev.data.value!;
  const today = todayIso();
  const totals = cpdTotals(data.cpd, data.cpdSettings, today);
  const chosen = useSignal<number | null>(null);
  const year = totals.find((t) => t.year === chosen.value) ?? totals[0]!;
  const editing = useSignal<CpdEntry | null>(null);
  const entries = [...data.cpd].sort((a, b) => b.date.localeCompare(a.date));
  const areas = category === 'ICTTech' ? STANDARDS['ICTTech-3'].areas : STANDARDS['UK-SPEC-4'].areas;

  return (
    <div class="cpd" id="cpd-log">
      <PrintButton target="cpd-log" label="Print the CPD log" />
      <h3>This year</h3>
      <Select
        label="CPD year shown"
        value={String(year.year)}
        options={totals.map((t) => ({ value: String(t.year), label: t.label }))}
        onValue={(v) => {
          chosen.value = Number(v);
        }}
      />
      <p>
        <strong>{describeYear(year)}</strong> Planned {formatHours(year.planned)} h, unplanned {formatHours(year.unplanned)} h.
      </p>
      <div class="field">
        <label for="cpd-progress">Hours towards your target</label>
        <progress id="cpd-progress" max={year.target} value={Math.min(year.hours, year.target)}>
          {formatHours(year.hours)} of {formatHours(year.target)} hours
        </progress>
      </div>
      {year.entries > 0 && missingTypes(year).length > 0 && (
        <p class="hint">No hours yet this year in: {missingTypes(year).join(', ')}. Reviewers look at the mix.</p>
      )}
      <div class="chart-pair">
        <Bars
          caption={`Hours by activity type, ${year.label}`}
          unit="Hours"
          bars={CPD_ACTIVITY_TYPES.map((t) => ({ label: t.label, value: year.byType[t.id] }))}
        />
        <Bars
          caption={`Hours by competence area, ${year.label} (an activity counts in every area it develops)`}
          unit="Hours"
          bars={[
            ...AREA_IDS.map((a) => ({ label: `${a}: ${areas[a]}`, value: year.byArea[a] })),
            { label: 'Not linked to a competence', value: year.unlinked },
          ]}
        />
      </div>

      <CpdSettingsForm dev={dev} />

      <h3>Activities</h3>
      {editing.value === null && (
        <button type="button" onClick={() => (editing.value = blankEntry(today))}>
          Add an activity
        </button>
      )}
      {editing.value !== null && (
        <EntryForm
          key={editing.value.id || 'new'}
          dev={dev}
          category={category}
          initial={editing.value}
          onDone={() => (editing.value = null)}
        />
      )}
      {entries.length === 0 ? (
        <p>No activities recorded yet.</p>
      ) : (
        <ul class="plain cpd-entries">
          {entries.map((e) => (
            <li key={e.id} class="card">
              <p>
                <strong>{e.title || e.did.slice(0, 80)}</strong>
              </p>
              <p>
                {formatDate(e.date)} · {formatHours(e.hours)} h · {activityLabel(e.type)} · {e.planned ? 'planned' : 'unplanned'}
                {e.competences.length > 0 && ` · ${e.competences.join(', ')}`}
              </p>
              {e.learned && <p class="prose">What I learned: {e.learned}</p>}
              <CommentsFor app={app} anchor={{ kind: 'cpd', entryId: e.id }} />
              <p class="actions">
                <button
                  type="button"
                  onClick={() => (editing.value = e)}
                  aria-label={`Edit ${e.title || 'activity'} of ${formatDate(e.date)}`}
                >
                  Edit
                </button>{' '}
                <ConfirmRemove
                  what={`activity of ${formatDate(e.date)}`}
                  detail={`“${e.title || e.did.slice(0, 80)}” leaves your CPD log.`}
                  onRemove={() => {
                    void dev.change((d) => ({ ...d, cpd: d.cpd.filter((x) => x.id !== e.id) }));
                    return true;
                  }}
                />
              </p>
            </li>
          ))}
        </ul>
      )}
      <CsvPanel dev={dev} category={category} />
    </div>
  );
}

function CpdSettingsForm({ dev }: { dev: DevelopmentHandle }) {
  const s = dev.data.value!.cpdSettings;
  return (
    <details class="cpd-settings">
      <summary>Your target and CPD year</summary>
      <p class="hint">
        The IET suggests about {SUGGESTED_CPD_HOURS} hours a year; the Engineering Council sets no minimum. Years are counted from 1 January
        unless you choose another month. <span class="assumption">Check which year your own CPD records are asked for.</span>
      </p>
      <div class="field">
        <label for="cpd-target">Hours a year you aim for</label>
        <input
          id="cpd-target"
          type="number"
          min="1"
          step="0.5"
          value={String(s.targetHours)}
          onChange={(e) => {
            const n = Number((e.currentTarget as HTMLInputElement).value);
            if (Number.isFinite(n) && n > 0) void dev.change((d) => ({ ...d, cpdSettings: { ...d.cpdSettings, targetHours: n } }));
          }}
        />
      </div>
      <Select
        label="A CPD year starts in"
        value={String(s.yearStartMonth)}
        options={MONTHS.map((m, i) => ({ value: String(i + 1), label: i === 0 ? 'January (calendar year)' : m }))}
        onValue={(v) => void dev.change((d) => ({ ...d, cpdSettings: { ...d.cpdSettings, yearStartMonth: Number(v) } }))}
      />
    </details>
  );
}

function EntryForm({
  dev,
  category,
  initial,
  onDone,
}: {
  dev: DevelopmentHandle;
  category: CategoryId;
  initial: CpdEntry;
  onDone(): void;
}) {
  const e = useSignal(initial);
  const hoursText = useSignal(String(initial.hours));
  const problems = useSignal<{ message: string }[]>([]);
  const set = (patch: Partial<CpdEntry>) => {
    e.value = { ...e.value, ...patch };
  };
  const save = async (ev: Event) => {
    ev.preventDefault();
    const hours = Number(hoursText.value.replace(',', '.'));
    const entry = { ...e.value, hours: hoursText.value.trim() === '' ? Number.NaN : hours, id: e.value.id || newId() };
    const found = cpdEntryProblems(entry, todayIso(), category);
    problems.value = found;
    if (found.length) return;
    const saved = await dev.change((d) => ({
      ...d,
      cpd: d.cpd.some((x) => x.id === entry.id) ? d.cpd.map((x) => (x.id === entry.id ? entry : x)) : [...d.cpd, entry],
    }));
    if (saved) onDone();
  };
  return (
    <form class="card" onSubmit={save} aria-label={initial.id ? 'Edit activity' : 'New activity'}>
      <FormError reasons={problems.value} title="The activity was not saved:" />
      <TextField label="Date" type="date" value={e.value.date} onValue={(date) => set({ date })} />
      <TextField label="Hours" type="text" hint="For example 2 or 1.5" value={hoursText.value} onValue={(v) => (hoursText.value = v)} />
      <Select
        label="Activity type"
        value={e.value.type}
        options={CPD_ACTIVITY_TYPES.map((t) => ({ value: t.id, label: t.label }))}
        onValue={(v) => set({ type: v as CpdEntry['type'] })}
      />
      <Checkbox label="Planned (it was in my development plan)" checked={e.value.planned} onChange={(planned) => set({ planned })} />
      <TextField
        label="Activity"
        hint="A short name, e.g. Functional safety course"
        value={e.value.title}
        onValue={(title) => set({ title })}
      />
      <TextArea label="What I did" rows={3} value={e.value.did} onValue={(did) => set({ did })} />
      <TextArea label="What I learned" rows={3} value={e.value.learned} onValue={(learned) => set({ learned })} />
      <TextArea label="How I will use it" rows={3} value={e.value.apply} onValue={(apply) => set({ apply })} />
      <CompetencePicker
        legend="Competences it develops"
        category={category}
        value={e.value.competences}
        onValue={(competences) => set({ competences })}
      />
      <p class="actions">
        <button type="submit">Save activity</button>{' '}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}

type Pending =
  | { ok: true; good: CpdEntry[]; bad: { row: number; reasons: string[] }[]; notices: string[]; name: string }
  | { ok: false; message: string; name: string };

function CsvPanel({ dev, category }: { dev: DevelopmentHandle; category: CategoryId }) {
  const pending = useSignal<Pending | null>(null);
  const done = useSignal('');
  const read = async (file: File) => {
    done.value = '';
    const text = await file.text();
    const result = parseCpdCsv(text, { today: todayIso(), category, existing: dev.data.value!.cpd, makeId: () => newId() });
    pending.value = result.ok
      ? { ok: true, good: result.good.map((g) => g.entry), bad: result.bad, notices: result.notices, name: file.name }
      : { ok: false, message: result.message, name: file.name };
  };
  const confirmImport = async () => {
    const p = pending.value;
    if (!p?.ok) return;
    // One write: every good row is added, or (if the write fails) none is.
    const saved = await dev.change((d) => ({ ...d, cpd: [...d.cpd, ...p.good] }));
    if (saved) {
      done.value = `${p.good.length} ${p.good.length === 1 ? 'activity' : 'activities'} added from ${p.name}.`;
      pending.value = null;
    }
  };
  const p = pending.value;
  return (
    <section aria-labelledby="cpd-csv-title" class="cpd-csv">
      <h3 id="cpd-csv-title">Spreadsheet (CSV)</h3>
      <p>
        <button type="button" onClick={() => download(cpdToCsv(dev.data.value!.cpd), `cpd-log-${todayIso()}.csv`, 'text/csv')}>
          Export the CPD log as CSV
        </button>
      </p>
      <div class="field">
        <label for="cpd-csv-file">Import activities from a CSV file</label>
        <p class="hint" id="cpd-csv-hint">
          Columns Date, Hours and Activity type are needed; export once to see the layout. Nothing is added until you confirm.
        </p>
        <input
          id="cpd-csv-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="cpd-csv-hint"
          onChange={(e) => {
            const input = e.currentTarget as HTMLInputElement;
            const file = input.files?.[0];
            if (file) void read(file);
            input.value = '';
          }}
        />
      </div>
      <div role="status">{done.value}</div>
      {p && !p.ok && (
        <div role="alert" class="form-error">
          <p>{p.name} could not be read. Nothing was added.</p>
          <p>{p.message}</p>
        </div>
      )}
      {p?.ok && (
        <section class="card" aria-label="CSV import to confirm">
          <p>
            <strong>{p.name}</strong>: {p.good.length} {p.good.length === 1 ? 'activity' : 'activities'} can be added
            {p.bad.length > 0 && `; ${p.bad.length} ${p.bad.length === 1 ? 'row' : 'rows'} cannot`}.
          </p>
          {p.notices.map((n) => (
            <p key={n} class="hint">
              {n}
            </p>
          ))}
          {p.bad.length > 0 && (
            <table class="bad-rows">
              <caption>Rows that will not be added</caption>
              <thead>
                <tr>
                  <th scope="col">Row</th>
                  <th scope="col">Why</th>
                </tr>
              </thead>
              <tbody>
                {p.bad.slice(0, 200).map((b) => (
                  <tr key={b.row}>
                    <th scope="row">{b.row}</th>
                    <td>{b.reasons.join(' ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {p.bad.length > 200 && <p>…and {p.bad.length - 200} more rows.</p>}
          <p class="actions">
            {p.good.length > 0 && (
              <button type="button" onClick={confirmImport}>
                Add {p.good.length} {p.good.length === 1 ? 'activity' : 'activities'}
              </button>
            )}{' '}
            <button type="button" onClick={() => (pending.value = null)}>
              Cancel
            </button>
          </p>
        </section>
      )}
    </section>
  );
}
