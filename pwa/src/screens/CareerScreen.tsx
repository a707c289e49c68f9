import { Component } from 'preact';
import { latestDateFor, roleDateProblems } from '../../../core/application/dates.ts';
import { countChars, describePages, estimatePages, lengthWarnings, roleChars, roleLabel } from '../../../core/application/text.ts';
import type { RoleField } from '../../../core/exchange/review-types.ts';
import { competencesFor } from '../../../core/rules/scope.ts';
import type { Application, CompetenceCode, Role } from '../../../core/types.ts';
import { lazyComponent } from '../evidence/lazy.tsx';
import { CommentsFor } from '../exchange/CommentsFor.tsx';
import type { Draft } from '../state/draft.ts';
import { hrefFor } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { DateProblems } from '../ui/DateProblems.tsx';
import { Checkbox, TextArea, TextField } from '../ui/fields.tsx';
import { focusWhenReady } from '../ui/focus.ts';
import { localToday } from '../ui/format.ts';
import { edit, replaceIn } from './edit.ts';

// The evidence tools (suggestions, level check, passage links) load with the first role shown.
const FieldEvidence = lazyComponent(() => import('../evidence/FieldEvidence.tsx').then((m) => m.FieldEvidence), 'evidence tools');
const RoleEvidenceSummary = lazyComponent(
  () => import('../evidence/FieldEvidence.tsx').then((m) => m.RoleEvidenceSummary),
  'evidence summary',
);

const fmt = new Intl.NumberFormat('en-GB');

export function CareerScreen({ draft, app }: { draft: Draft; app: Application }) {
  const l = rules.value;
  const pages = estimatePages(app, l);
  const warnings = lengthWarnings(app, l);
  const disabled = app.stage === 'submitted';
  const latestDate = latestDateFor(app, localToday());
  const add = () => {
    const id = crypto.randomUUID();
    const added = edit(draft, (a) => ({
      roles: [
        ...a.roles,
        { id, employer: '', title: '', start: '', end: '', current: false, responsibilities: '', achievements: '', competences: [] },
      ],
    }));
    // Straight into the new role's first field.
    if (added) focusWhenReady(() => document.querySelector<HTMLElement>(`[data-role="${id}"] input`));
  };
  return (
    <>
      <p>Write in the first person about what you did. Your work is saved on this device as you type.</p>
      <div class="estimates" role="status" aria-live="polite" aria-atomic="true">
        <p>
          Whole application: {describePages(pages.total)} when printed (no more than {l.maxPages} pages).
        </p>
        <p>
          Career history: {describePages(pages.career)} (guide: {l.careerPagesMin}–{l.careerPagesMax} pages).
        </p>
      </div>
      {warnings.length > 0 && (
        <ul class="warnings">
          {warnings.map((w, i) => (
            <li key={i}>{w.message}</li>
          ))}
        </ul>
      )}
      {app.roles.length === 0 && <p>No roles yet. Start with your current or most recent role.</p>}
      {app.roles.map((role, i) => (
        <RoleEditor key={role.id} role={role} index={i} draft={draft} disabled={disabled} app={app} latestDate={latestDate} />
      ))}
      <button type="button" disabled={disabled} onClick={add}>
        Add a role
      </button>
      <CompetenceCoverage app={app} />
    </>
  );
}

interface RoleProps {
  role: Role;
  index: number;
  draft: Draft;
  disabled: boolean;
  app: Application;
  /** The latest date a role may carry (today, or the last save). */
  latestDate: string;
}

// A role's share of the evidence: its links and the dismissals of its texts.
const roleEvidence = (app: Application, roleId: string) =>
  JSON.stringify([
    (app.evidence?.links ?? []).filter((l) => l.roleId === roleId),
    Object.keys(app.evidence?.dismissed ?? {}).filter((k) => k.startsWith(`${roleId}|`)),
  ]);

const sameRole = (a: Role, b: Role) =>
  a.id === b.id &&
  a.employer === b.employer &&
  a.title === b.title &&
  a.start === b.start &&
  a.end === b.end &&
  a.current === b.current &&
  a.responsibilities === b.responsibilities &&
  a.achievements === b.achievements &&
  a.competences.join() === b.competences.join();

// Typing in one role re-renders that role only: its counts are the costly part. Of the whole
// application a role editor uses only the category; the mentor comments beside its fields are
// about this role's own text, and re-render themselves when the comments change.
// (A class rather than compat's memo: importing preact/compat changes how every onChange behaves.)
class RoleEditor extends Component<RoleProps> {
  override shouldComponentUpdate(next: RoleProps): boolean {
    const a = this.props;
    return !(
      sameRole(a.role, next.role) &&
      a.index === next.index &&
      a.draft === next.draft &&
      a.disabled === next.disabled &&
      a.latestDate === next.latestDate &&
      a.app.category === next.app.category &&
      roleEvidence(a.app, a.role.id) === roleEvidence(next.app, next.role.id)
    );
  }
  override render() {
    return <RoleEditorBody {...this.props} />;
  }
}

function RoleEditorBody({ role, index, draft, disabled, app, latestDate }: RoleProps) {
  const n = `Role ${index + 1}`;
  const set = (change: Partial<Role>) => edit(draft, (a) => ({ roles: replaceIn(a.roles, role.id, change) }));
  const total = roleChars(role);
  const guide = rules.value.charsPerRole;
  const over = total > guide;
  const dateProblems = roleDateProblems(role, latestDate);
  const notes = (field: RoleField) => <CommentsFor app={app} anchor={{ kind: 'role', roleId: role.id, field }} />;
  return (
    <fieldset class="role card" data-role={role.id}>
      <legend>{roleLabel(role, index)}</legend>
      <TextField label={`${n}: employer`} value={role.employer} disabled={disabled} onValue={(v) => set({ employer: v })} />
      {notes('employer')}
      <TextField label={`${n}: job title`} value={role.title} disabled={disabled} onValue={(v) => set({ title: v })} />
      {notes('title')}
      <TextField label={`${n}: start date`} type="date" value={role.start} disabled={disabled} onValue={(v) => set({ start: v })} />
      <DateProblems problems={dateProblems.filter((p) => p.field === 'start')} />
      <Checkbox
        label={`${n}: I still work here`}
        checked={role.current}
        disabled={disabled}
        onChange={(v) => set({ current: v, end: v ? '' : role.end })}
      />
      {!role.current && (
        <TextField label={`${n}: end date`} type="date" value={role.end} disabled={disabled} onValue={(v) => set({ end: v })} />
      )}
      <DateProblems problems={dateProblems.filter((p) => p.field === 'end')} />
      {notes('dates')}
      <TextArea
        label={`${n}: Responsibilities`}
        name="responsibilities"
        value={role.responsibilities}
        disabled={disabled}
        onValue={(v) => set({ responsibilities: v })}
        status={`${fmt.format(countChars(role.responsibilities))} characters`}
      />
      {notes('responsibilities')}
      <FieldEvidence app={app} role={role} field="responsibilities" label={`${n}: Responsibilities`} draft={draft} disabled={disabled} />
      <TextArea
        label={`${n}: Personal Achievements`}
        name="achievements"
        value={role.achievements}
        disabled={disabled}
        onValue={(v) => set({ achievements: v })}
        status={`${fmt.format(countChars(role.achievements))} characters`}
      />
      {notes('achievements')}
      <FieldEvidence app={app} role={role} field="achievements" label={`${n}: Personal Achievements`} draft={draft} disabled={disabled} />
      <p class={over ? 'count over' : 'count'}>
        {n} in all: {fmt.format(total)} of about {fmt.format(guide)} characters{over ? ' — over the guide' : ''}.
      </p>
      <RoleEvidenceSummary app={app} role={role} />
      <Competences n={n} role={role} category={app.category} disabled={disabled} onChange={(competences) => set({ competences })} />
      {notes('competences')}
      <ConfirmAction
        label={`Remove ${n.toLowerCase()}`}
        disabled={disabled}
        title={`Remove ${roleLabel(role, index).replace(/^Role/, 'role')}?`}
        confirmLabel={`Remove ${n.toLowerCase()} for good`}
        cancelLabel="Keep the role"
        onConfirm={() => edit(draft, (a) => ({ roles: a.roles.filter((r) => r.id !== role.id) }))}
        focusAfter={() => document.getElementById('screen-title')}
      >
        <p>Its Responsibilities and Personal Achievements go with it.</p>
      </ConfirmAction>
    </fieldset>
  );
}

/** Which competences of the standard this role gives evidence for. */
function Competences({
  n,
  role,
  category,
  disabled,
  onChange,
}: {
  n: string;
  role: Role;
  category: Application['category'];
  disabled: boolean;
  onChange(c: CompetenceCode[]): void;
}) {
  const all = competencesFor(category);
  const chosen = new Set(role.competences);
  const toggle = (code: CompetenceCode, on: boolean) => onChange(all.map((c) => c.code).filter((c) => (c === code ? on : chosen.has(c))));
  return (
    <details>
      <summary>
        {n}: competences it shows ({role.competences.length ? role.competences.join(', ') : 'none chosen yet'})
      </summary>
      <fieldset>
        <legend>{n}: competences this role gives evidence for</legend>
        {all.map((c) => (
          <Checkbox
            key={c.code}
            label={`${n}: ${c.code} — ${c.summary}`}
            checked={chosen.has(c.code)}
            disabled={disabled}
            onChange={(on) => toggle(c.code, on)}
          />
        ))}
      </fieldset>
    </details>
  );
}

/** Each competence of the standard with the roles that give evidence for it, and the mentor's comments on it. */
function CompetenceCoverage({ app }: { app: Application }) {
  const all = competencesFor(app.category);
  if (all.length === 0) return null;
  return (
    <section aria-labelledby="competence-coverage">
      <h3 id="competence-coverage">Competences across your roles</h3>
      <p>
        The roles tagged with each competence as a whole. Linked passages are counted in the{' '}
        <a href={hrefFor({ name: 'app', id: app.id, screen: 'overview' })}>coverage map</a> on the Overview.
      </p>
      <ul class="coverage">
        {all.map((c) => {
          const roles = app.roles.map((r, i) => ({ r, i })).filter(({ r }) => r.competences.includes(c.code));
          return (
            <li key={c.code}>
              <strong>{c.code}</strong> {c.summary}
              {c.provenance === 'assumed' && <em> (Our reading of the standard could not be confirmed: check this in Career Manager.)</em>}:{' '}
              {roles.length ? roles.map(({ r, i }) => roleLabel(r, i)).join('; ') : 'no role chosen yet'}
              <CommentsFor app={app} anchor={{ kind: 'competence', code: c.code }} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
