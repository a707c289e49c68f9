// Career history, written like in a writing tool: one role open at a time (a card that folds),
// text areas that grow with the text, and a length meter for the open role and for the whole
// career history (pages against the guide) that stays in view while typing. Autosaved.
// A key typed in one field redraws that field, its role's header and the meter; the other roles
// and fields are skipped (RoleEditor and the fields compare what they show).
import { Component } from 'preact';
import { latestDateFor, roleDateProblems } from '../../../core/application/dates.ts';
import { roleMissing } from '../../../core/application/status.ts';
import { countChars, describePages, estimatePages, lengthWarnings, roleChars, roleLabel } from '../../../core/application/text.ts';
import { missingWords, STATUS_WORDS } from '../../../core/design/vocabulary.ts';
import type { RoleField } from '../../../core/exchange/review-types.ts';
import { competencesFor } from '../../../core/rules/scope.ts';
import type { Application, CompetenceCode, Limits, Role } from '../../../core/types.ts';
import type { FieldEvidenceProps } from '../evidence/FieldEvidence.tsx';
import { CommentsFor, useSharedComments } from '../exchange/CommentsFor.tsx';
import { openRoleOf } from '../state/continue.ts';
import type { Draft } from '../state/draft.ts';
import { hrefFor } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { DateProblems } from '../ui/DateProblems.tsx';
import { Checkbox, TextArea, TextField } from '../ui/fields.tsx';
import { focusWhenReady } from '../ui/focus.ts';
import { localToday } from '../ui/format.ts';
import { lazy } from '../ui/lazy.tsx';
import { Tag } from '../ui/Tag.tsx';
import { edit, replaceIn } from './edit.ts';

// The evidence tools (suggestions, level check, passage links) load with the first role shown.
const FieldEvidence = lazy(() => import('../evidence/FieldEvidence.tsx').then((m) => m.FieldEvidence), 'evidence tools');
const RoleEvidenceSummary = lazy(() => import('../evidence/FieldEvidence.tsx').then((m) => m.RoleEvidenceSummary), 'evidence summary');

const fmt = new Intl.NumberFormat('en-GB');

/** The role shown open: the one chosen, else the first that still needs something, else the first. */
function openRole(app: Application, chosen: string | null | undefined, latest: string): string | null {
  if (chosen !== undefined && (chosen === null || app.roles.some((r) => r.id === chosen))) return chosen;
  const needs = app.roles.find((r, i) => roleMissing(r, i, latest).length > 0);
  return (needs ?? app.roles[0])?.id ?? null;
}

export function CareerScreen({ draft, app }: { draft: Draft; app: Application }) {
  const l = rules.value;
  const pages = estimatePages(app, l);
  const warnings = lengthWarnings(app, l);
  const disabled = app.stage === 'submitted';
  const latestDate = latestDateFor(app, localToday());
  const chosen = openRoleOf(app.id);
  const open = openRole(app, chosen.value, latestDate);
  const add = () => {
    const id = crypto.randomUUID();
    const added = edit(draft, (a) => ({
      roles: [
        ...a.roles,
        { id, employer: '', title: '', start: '', end: '', current: false, responsibilities: '', achievements: '', competences: [] },
      ],
    }));
    // The new role opens, and typing starts in its first field.
    if (added) {
      chosen.value = id;
      focusWhenReady(() => document.querySelector<HTMLElement>(`[data-role="${id}"] input`));
    }
  };
  const openRoleIndex = app.roles.findIndex((r) => r.id === open);
  return (
    <>
      <p>Write in the first person about what you did. Your work is saved on this device as you type. One role is open at a time.</p>
      <div class="estimates" role="status" aria-live="polite" aria-atomic="true">
        <p>
          Whole application: {describePages(pages.total)} when printed (a paper application may have at most {l.maxPages}; whether that
          applies in Career Manager is not said).
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
        <RoleEditor
          key={role.id}
          role={role}
          index={i}
          draft={draft}
          disabled={disabled}
          app={app}
          latestDate={latestDate}
          open={role.id === open}
          onToggle={() => (chosen.value = role.id === open ? null : role.id)}
        />
      ))}
      <button type="button" disabled={disabled} onClick={add} data-field="roles.add">
        Add a role
      </button>
      <CompetenceCoverage app={app} />
      <Meters app={app} limits={l} pages={pages.career} roleIndex={openRoleIndex} />
    </>
  );
}

/**
 * Kept in view at the bottom of the screen while writing: the open role's characters against the
 * guide per role, and the career history's printed pages against the guide's range, each drawn
 * and said in words.
 */
function Meters({ app, limits: l, pages, roleIndex }: { app: Application; limits: Limits; pages: number; roleIndex: number }) {
  const role = app.roles[roleIndex];
  const chars = role ? roleChars(role) : 0;
  const guide = l.charsPerRole;
  // The page scale runs to half as far again as the guide's top, so its range sits inside it.
  const scale = Math.max(l.careerPagesMax * 1.5, pages);
  const pct = (n: number) => `${Math.min(100, Math.round((n / scale) * 1000) / 10)}%`;
  const pagesOver = pages > l.careerPagesMax;
  return (
    <div class="meters">
      {role && (
        <p class={chars > guide ? 'meter over' : 'meter'}>
          Role {roleIndex + 1}: {fmt.format(chars)} of about {fmt.format(guide)} characters{chars > guide ? ' — over the guide' : ''}
          <span class="bar" aria-hidden="true">
            <span class={chars > guide ? 'bar-fill is-over' : 'bar-fill'} style={{ width: `${Math.min(100, (chars / guide) * 100)}%` }} />
          </span>
        </p>
      )}
      <p class={pagesOver ? 'meter over' : 'meter'}>
        Career history: {describePages(pages)} (guide: {l.careerPagesMin}–{l.careerPagesMax} pages)
        <span class="bar" aria-hidden="true">
          <span
            class="bar-band"
            style={{ left: pct(l.careerPagesMin), width: `calc(${pct(l.careerPagesMax)} - ${pct(l.careerPagesMin)})` }}
          />
          <span class={pagesOver ? 'bar-fill is-over' : 'bar-fill'} style={{ width: pct(pages) }} />
        </span>
      </p>
    </div>
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
  open: boolean;
  onToggle(): void;
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

// Typing in one role re-renders that role only. Of the whole application a role editor uses only
// the category; the mentor comments beside its fields are about this role's own text, and
// re-render themselves when the comments change.
// (A class rather than compat's memo: importing preact/compat changes how every onChange behaves.)
/** What a role's editor and its evidence tools both draw from besides the role: the same, they need not redraw. */
type Surroundings = Pick<RoleProps, 'draft' | 'disabled' | 'app' | 'role'>;
const sameSurroundings = (a: Surroundings, b: Surroundings): boolean =>
  a.draft === b.draft &&
  a.disabled === b.disabled &&
  a.app.category === b.app.category &&
  roleEvidence(a.app, a.role.id) === roleEvidence(b.app, b.role.id);

class RoleEditor extends Component<RoleProps> {
  override shouldComponentUpdate(next: RoleProps): boolean {
    const a = this.props;
    return !(
      sameRole(a.role, next.role) &&
      a.index === next.index &&
      a.latestDate === next.latestDate &&
      a.open === next.open &&
      sameSurroundings(a, next)
    );
  }
  override render() {
    return <RoleEditorBody {...this.props} />;
  }
}

/**
 * One text's evidence tools, redrawn when that text, the role's evidence, the category or the
 * field's state change: a key typed in the role's other text leaves them alone. (Whatever they
 * show or act on comes from these props, so a skipped render leaves nothing stale behind.)
 */
class TextEvidence extends Component<FieldEvidenceProps> {
  override shouldComponentUpdate(next: FieldEvidenceProps): boolean {
    const a = this.props;
    return !(
      a.role.id === next.role.id &&
      a.field === next.field &&
      a.role[a.field] === next.role[next.field] &&
      a.label === next.label &&
      sameSurroundings(a, next)
    );
  }
  override render() {
    return <FieldEvidence {...this.props} />;
  }
}

function RoleEditorBody({ role, index, draft, disabled, app, latestDate, open, onToggle }: RoleProps) {
  const n = `Role ${index + 1}`;
  const label = roleLabel(role, index);
  const total = roleChars(role);
  const missing = roleMissing(role, index, latestDate).length;
  const bodyId = `role-body-${role.id}`;
  // Comments on a folded role are out of sight: its header says how many are open.
  const comments = useSharedComments().filter(
    (r) => r.data.resolvedAt === null && r.data.comment.anchor.kind === 'role' && r.data.comment.anchor.roleId === role.id,
  ).length;
  return (
    <section class={`card role-card ${missing ? 'is-missing' : 'is-done'}`} data-role={role.id} aria-label={label}>
      <h3>
        <button type="button" class="role-toggle" aria-expanded={open} aria-controls={bodyId} onClick={onToggle}>
          <span>
            {label}
            <span class="role-sub">
              {' '}
              {role.title.trim() || 'No job title yet'} · {fmt.format(total)} characters
            </span>
          </span>
          {comments > 0 && (
            <Tag tone="todo">
              {comments} mentor comment{comments === 1 ? '' : 's'}
            </Tag>
          )}
          <Tag tone={missing ? 'missing' : 'done'}>{missing ? missingWords(missing) : STATUS_WORDS.done}</Tag>
        </button>
      </h3>
      {open && (
        <div class="role-body" id={bodyId}>
          <RoleFields role={role} n={n} label={label} draft={draft} disabled={disabled} app={app} latestDate={latestDate} />
        </div>
      )}
    </section>
  );
}

function RoleFields({
  role,
  n,
  label,
  draft,
  disabled,
  app,
  latestDate,
}: {
  role: Role;
  n: string;
  label: string;
  draft: Draft;
  disabled: boolean;
  app: Application;
  latestDate: string;
}) {
  const set = (change: Partial<Role>) => edit(draft, (a) => ({ roles: replaceIn(a.roles, role.id, change) }));
  const total = roleChars(role);
  const guide = rules.value.charsPerRole;
  const over = total > guide;
  const dateProblems = roleDateProblems(role, latestDate);
  const path = (name: keyof Role) => `roles.${role.id}.${name}`;
  const notes = (field: RoleField) => <CommentsFor app={app} anchor={{ kind: 'role', roleId: role.id, field }} />;
  return (
    <>
      <TextField
        label={`${n}: employer`}
        field={path('employer')}
        value={role.employer}
        disabled={disabled}
        onValue={(v) => set({ employer: v })}
      />
      {notes('employer')}
      <TextField
        label={`${n}: job title`}
        field={path('title')}
        value={role.title}
        disabled={disabled}
        onValue={(v) => set({ title: v })}
      />
      {notes('title')}
      <div class="date-pair">
        <div>
          <TextField
            label={`${n}: start date`}
            field={path('start')}
            type="date"
            value={role.start}
            disabled={disabled}
            onValue={(v) => set({ start: v })}
          />
          <DateProblems problems={dateProblems.filter((p) => p.field === 'start')} />
        </div>
        {!role.current && (
          <div>
            <TextField
              label={`${n}: end date`}
              field={path('end')}
              type="date"
              value={role.end}
              disabled={disabled}
              onValue={(v) => set({ end: v })}
            />
            <DateProblems problems={dateProblems.filter((p) => p.field === 'end')} />
          </div>
        )}
      </div>
      <Checkbox
        label={`${n}: I still work here`}
        checked={role.current}
        disabled={disabled}
        onChange={(v) => set({ current: v, end: v ? '' : role.end })}
      />
      {notes('dates')}
      <TextArea
        label={`${n}: Responsibilities`}
        name="responsibilities"
        field={path('responsibilities')}
        grow
        value={role.responsibilities}
        disabled={disabled}
        onValue={(v) => set({ responsibilities: v })}
        status={`${fmt.format(countChars(role.responsibilities))} characters`}
      />
      {notes('responsibilities')}
      <TextEvidence app={app} role={role} field="responsibilities" label={`${n}: Responsibilities`} draft={draft} disabled={disabled} />
      <TextArea
        label={`${n}: Personal Achievements`}
        name="achievements"
        field={path('achievements')}
        grow
        value={role.achievements}
        disabled={disabled}
        onValue={(v) => set({ achievements: v })}
        status={`${fmt.format(countChars(role.achievements))} characters`}
      />
      {notes('achievements')}
      <TextEvidence app={app} role={role} field="achievements" label={`${n}: Personal Achievements`} draft={draft} disabled={disabled} />
      <p class={over ? 'count over' : 'count'}>
        {n} in all: {fmt.format(total)} of about {fmt.format(guide)} characters{over ? ' — over the guide' : ''}.
      </p>
      <RoleEvidenceSummary app={app} role={role} />
      <Competences n={n} role={role} category={app.category} disabled={disabled} onChange={(competences) => set({ competences })} />
      {notes('competences')}
      <ConfirmAction
        label={`Remove ${n.toLowerCase()}`}
        tone="danger"
        disabled={disabled}
        title={`Remove ${label.replace(/^Role/, 'role')}?`}
        confirmLabel={`Remove ${n.toLowerCase()} for good`}
        cancelLabel="Keep the role"
        onConfirm={() => edit(draft, (a) => ({ roles: a.roles.filter((r) => r.id !== role.id) }))}
        focusAfter={() => document.getElementById('screen-title')}
      >
        <p>Its Responsibilities and Personal Achievements go with it.</p>
      </ConfirmAction>
    </>
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

// What the coverage list shows of the application: its category, and each role's name and competences.
const coverageKey = (app: Application) => JSON.stringify([app.category, app.roles.map((r) => [r.employer, r.competences])]);

/** The coverage list, redrawn only when what it shows changes (not on every key typed in a role's text). */
class CompetenceCoverage extends Component<{ app: Application }> {
  override shouldComponentUpdate(next: { app: Application }): boolean {
    return coverageKey(next.app) !== coverageKey(this.props.app);
  }
  override render() {
    return <CoverageList app={this.props.app} />;
  }
}

/** Each competence of the standard with the roles that give evidence for it, and the mentor's comments on it. */
function CoverageList({ app }: { app: Application }) {
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
              {c.provenance === 'assumed' && <em> (Our reading of the standard could not be confirmed: check this in Career Manager.)</em>}{' '}
              {roles.length ? `Tagged in: ${roles.map(({ r, i }) => roleLabel(r, i)).join('; ')}.` : 'No role tagged with it yet.'}
              <CommentsFor app={app} anchor={{ kind: 'competence', code: c.code }} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
