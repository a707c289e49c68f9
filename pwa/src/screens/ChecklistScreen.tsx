// The Registration checklist: every item for the category and route, with its guidance and
// state; the items completed in the workbook are edited here.
import { developmentDateProblems, latestDateFor, praDateProblems } from '../../../core/application/dates.ts';
import { checklistStatus } from '../../../core/application/status.ts';
import { IN_CAREER_MANAGER, missingWords, STATUS_WORDS } from '../../../core/design/vocabulary.ts';
import type { Application, ChecklistItem } from '../../../core/types.ts';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import type { Draft } from '../state/draft.ts';
import { hrefFor } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { ConfirmRemove } from '../ui/ConfirmRemove.tsx';
import { DateProblems } from '../ui/DateProblems.tsx';
import { Checkbox, Radios, TextArea, TextField } from '../ui/fields.tsx';
import { focusWhenReady } from '../ui/focus.ts';
import { localToday } from '../ui/format.ts';
import { MandatoryNote } from '../ui/MandatoryNote.tsx';
import { Tag } from '../ui/Tag.tsx';
import { CpdSummaryLoader } from './DevelopmentLoader.tsx';
import { edit, replaceIn } from './edit.ts';

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** What a complete advice-only item says. */
const ADVISORY_DONE: Partial<Record<ChecklistItem['kind'], string>> = {
  competences: 'Every competence is shown in at least one role.',
  pra: 'Answered.',
};

export function ChecklistScreen({ draft, app }: { draft: Draft; app: Application }) {
  const rows = checklistStatus(app, rules.value, localToday());
  const ro = app.stage === 'submitted';
  return (
    <>
      <p>Read each item's guidance first. Items marked mandatory must be complete before you can choose panelling information.</p>
      <ul class="checklist">
        {rows.map((row) => (
          <li
            key={row.item.id}
            class={`card ${row.complete ? 'is-done' : row.mandatory ? 'is-missing' : ''}`}
            data-field={`checklist.${row.item.id}`}
          >
            <div class="card-head">
              <h3>{row.item.title}</h3>
              <span class="tags">
                <span class={row.mandatory ? 'mandatory' : 'optional'}>{row.needed}</span>
                <ItemTag complete={row.complete} mandatory={row.mandatory} missing={row.missing.length} />
                {row.item.completedIn === 'career-manager' && <Tag tone="external">{IN_CAREER_MANAGER}</Tag>}
              </span>
            </div>
            {row.item.advisory && !row.mandatory ? (
              <>
                <p class="state">
                  {row.complete ? ADVISORY_DONE[row.item.kind] : 'Optional advice: this never holds up your application.'}
                </p>
                {row.missing.map((m, i) => (
                  <p key={i}>{capitalised(m)}.</p>
                ))}
              </>
            ) : (
              !row.complete && !row.mandatory && <p class="state">Leave this if it does not apply to you.</p>
            )}
            {(!row.item.advisory || row.mandatory) && !row.complete && row.missing.length > 0 && (
              <ul class="missing">
                {/* An optional item is never "missing" anything: it only says what to add if it applies. */}
                {row.missing.map((m, i) => (
                  <li key={i}>{row.mandatory ? `Missing: ${m}` : `If it applies to you, add ${m}`}</li>
                ))}
              </ul>
            )}
            {row.advice.map((a, i) => (
              <p key={i} class="advice">
                {a}
              </p>
            ))}
            <p class="guidance">{row.item.guidance}</p>
            <MandatoryNote subject="checklist" id={row.item.id} app={app} />
            <ItemEditor item={row.item} app={app} draft={draft} disabled={ro} />
            <CommentsFor app={app} anchor={{ kind: 'checklist', itemId: row.item.id }} />
          </li>
        ))}
      </ul>
    </>
  );
}

/** An item's state as a tag: done, how many things are missing, or nothing for an optional item not taken up. */
function ItemTag({ complete, mandatory, missing }: { complete: boolean; mandatory: boolean; missing: number }) {
  if (complete) return <Tag tone="done">{STATUS_WORDS.done}</Tag>;
  return mandatory ? <Tag tone="missing">{missingWords(Math.max(1, missing))}</Tag> : null;
}

function ItemEditor({ item, app, draft, disabled }: { item: ChecklistItem; app: Application; draft: Draft; disabled: boolean }) {
  if (item.completedIn === 'career-manager') return <ManualTick item={item} app={app} draft={draft} disabled={disabled} />;
  switch (item.kind) {
    case 'personal':
      return (
        <div>
          <TextField
            field="personal.fullName"
            label="Full name"
            autoComplete="name"
            value={app.personal.fullName}
            disabled={disabled}
            onValue={(v) => edit(draft, (a) => ({ personal: { ...a.personal, fullName: v } }))}
          />
          <TextField
            field="personal.email"
            label="Email address"
            type="email"
            autoComplete="email"
            value={app.personal.email}
            disabled={disabled}
            onValue={(v) => edit(draft, (a) => ({ personal: { ...a.personal, email: v } }))}
          />
        </div>
      );
    case 'membership':
      return (
        <TextField
          field="personal.membershipNumber"
          label="IET membership number"
          value={app.personal.membershipNumber}
          disabled={disabled}
          onValue={(v) => edit(draft, (a) => ({ personal: { ...a.personal, membershipNumber: v } }))}
        />
      );
    case 'qualifications':
      return <Qualifications app={app} draft={draft} disabled={disabled} />;
    case 'development':
      return <Development app={app} draft={draft} disabled={disabled} />;
    case 'pra':
      return (
        <div>
          <Radios
            legend="Have you shared a draft with a Professional Registration Adviser (PRA) or an Industry Representative (IR)?"
            field="pra.answer"
            value={app.pra.answer === '' ? 'unanswered' : app.pra.answer}
            options={[
              { value: 'yes', label: 'Yes' },
              { value: 'no', label: 'No' },
              { value: 'unanswered', label: 'Not answered yet' },
            ]}
            disabled={disabled}
            onValue={(v) => edit(draft, (a) => ({ pra: { ...a.pra, answer: v === 'unanswered' ? '' : v } }))}
          />
          {app.pra.answer === 'yes' && (
            <>
              <Radios
                legend="Who was it?"
                field="pra.who"
                value={app.pra.who === '' ? 'unsaid' : app.pra.who}
                options={[
                  { value: 'pra', label: 'A Professional Registration Adviser (PRA)' },
                  { value: 'ir', label: 'An Industry Representative (IR)' },
                  { value: 'unsaid', label: 'Not said yet' },
                ]}
                disabled={disabled}
                onValue={(v) => edit(draft, (a) => ({ pra: { ...a.pra, who: v === 'unsaid' ? '' : v } }))}
              />
              <TextField
                label="When you shared it"
                field="pra.date"
                type="date"
                value={app.pra.date}
                disabled={disabled}
                onValue={(v) => edit(draft, (a) => ({ pra: { ...a.pra, date: v } }))}
              />
              <DateProblems problems={praDateProblems(app.pra, latestDateFor(app, localToday()))} />
              <TextField
                label="Their name"
                field="pra.adviser"
                value={app.pra.adviser}
                disabled={disabled}
                onValue={(v) => edit(draft, (a) => ({ pra: { ...a.pra, adviser: v } }))}
              />
            </>
          )}
        </div>
      );
    case 'scheme':
      return (
        <div>
          <Checkbox
            label="I have completed a professional development scheme"
            checked={app.scheme.completed}
            disabled={disabled}
            onChange={(v) => edit(draft, (a) => ({ scheme: { ...a.scheme, completed: v } }))}
          />
          <TextField
            label="Name of the scheme"
            value={app.scheme.name}
            disabled={disabled}
            onValue={(v) => edit(draft, (a) => ({ scheme: { ...a.scheme, name: v } }))}
          />
        </div>
      );
    case 'career':
      return (
        <p>
          <a href={hrefFor({ name: 'app', id: app.id, screen: 'career' })}>Write your career history</a>
        </p>
      );
    case 'competences':
      return (
        <p>
          <a href={hrefFor({ name: 'app', id: app.id, screen: 'career' })}>Link competences to your roles in Career history</a>
        </p>
      );
    default:
      return <ManualTick item={item} app={app} draft={draft} disabled={disabled} />;
  }
}

/** Items whose content lives only in Career Manager: the applicant ticks them off here. */
function ManualTick({ item, app, draft, disabled }: { item: ChecklistItem; app: Application; draft: Draft; disabled: boolean }) {
  const entry = app.checklist[item.id] ?? { done: false, note: '' };
  return (
    <div>
      <Checkbox
        field={`checklist.${item.id}.done`}
        label={`${item.title}: done in Career Manager`}
        checked={entry.done}
        disabled={disabled}
        onChange={(v) =>
          edit(draft, (a) => ({ checklist: { ...a.checklist, [item.id]: { ...(a.checklist[item.id] ?? { note: '' }), done: v } } }))
        }
      />
      <TextField
        label={`${item.title}: your note`}
        value={entry.note}
        disabled={disabled}
        onValue={(v) =>
          edit(draft, (a) => ({ checklist: { ...a.checklist, [item.id]: { ...(a.checklist[item.id] ?? { done: false }), note: v } } }))
        }
      />
    </div>
  );
}

function Qualifications({ app, draft, disabled }: { app: Application; draft: Draft; disabled: boolean }) {
  const add = () => {
    const id = crypto.randomUUID();
    const added = edit(draft, (a) => ({
      qualifications: [...a.qualifications, { id, title: '', institution: '', year: '', accredited: false }],
    }));
    // Straight into the new qualification's first field, as "Add a role" does.
    if (added) focusWhenReady(() => document.querySelector<HTMLElement>(`[data-item="${id}"] input`));
  };
  return (
    <div>
      {app.qualifications.map((q, i) => {
        const n = `Qualification ${i + 1}`;
        const set = (change: Partial<typeof q>) => edit(draft, (a) => ({ qualifications: replaceIn(a.qualifications, q.id, change) }));
        return (
          <fieldset key={q.id} data-item={q.id}>
            <legend>{n}</legend>
            <TextField
              label={`${n}: title`}
              field={`qualifications.${q.id}.title`}
              value={q.title}
              disabled={disabled}
              onValue={(v) => set({ title: v })}
            />
            <TextField
              label={`${n}: institution`}
              field={`qualifications.${q.id}.institution`}
              value={q.institution}
              disabled={disabled}
              onValue={(v) => set({ institution: v })}
            />
            <TextField
              label={`${n}: year`}
              field={`qualifications.${q.id}.year`}
              value={q.year}
              disabled={disabled}
              onValue={(v) => set({ year: v })}
            />
            <Checkbox label={`${n}: accredited`} checked={q.accredited} disabled={disabled} onChange={(v) => set({ accredited: v })} />
            <ConfirmRemove
              what={n}
              disabled={disabled}
              detail={q.title ? `“${q.title}” is removed from the workbook.` : 'It is removed from the workbook.'}
              onRemove={() => edit(draft, (a) => ({ qualifications: a.qualifications.filter((x) => x.id !== q.id) }))}
            />
          </fieldset>
        );
      })}
      <button type="button" disabled={disabled} onClick={add} data-field="qualifications.add">
        Add a qualification
      </button>
    </div>
  );
}

function Development({ app, draft, disabled }: { app: Application; draft: Draft; disabled: boolean }) {
  const add = () => {
    const id = crypto.randomUUID();
    const added = edit(draft, (a) => ({ development: [...a.development, { id, date: '', title: '', notes: '' }] }));
    if (added) focusWhenReady(() => document.querySelector<HTMLElement>(`[data-item="${id}"] input`));
  };
  return (
    <div>
      <CpdSummaryLoader
        app={app}
        disabled={disabled}
        onCopy={(records) => edit(draft, (a) => ({ development: [...a.development, ...records] }))}
      />
      {app.development.map((d, i) => {
        const n = `Development record ${i + 1}`;
        const set = (change: Partial<typeof d>) => edit(draft, (a) => ({ development: replaceIn(a.development, d.id, change) }));
        return (
          <fieldset key={d.id} data-item={d.id}>
            <legend>{n}</legend>
            <TextField
              label={`${n}: what you did`}
              field={`development.${d.id}.title`}
              value={d.title}
              disabled={disabled}
              onValue={(v) => set({ title: v })}
            />
            <TextField
              label={`${n}: date`}
              field={`development.${d.id}.date`}
              type="date"
              value={d.date}
              disabled={disabled}
              onValue={(v) => set({ date: v })}
            />
            <DateProblems problems={developmentDateProblems(d, latestDateFor(app, localToday()))} />
            <TextArea
              label={`${n}: what you took from it`}
              rows={3}
              value={d.notes}
              disabled={disabled}
              onValue={(v) => set({ notes: v })}
            />
            <ConfirmRemove
              what={n}
              disabled={disabled}
              detail={d.title ? `“${d.title}” and your notes on it are removed from the workbook.` : 'It is removed from the workbook.'}
              onRemove={() => edit(draft, (a) => ({ development: a.development.filter((x) => x.id !== d.id) }))}
            />
          </fieldset>
        );
      })}
      <button type="button" disabled={disabled} onClick={add} data-field="development.add">
        Add a development record
      </button>
    </div>
  );
}
