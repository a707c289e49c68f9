// Evidence beside one text of a role: link the words you select to competences, see the links
// (and those whose words are gone), take or dismiss suggestions, and act on the level check.
// Loaded on first use (see lazy.tsx); everything here works with keyboard and pointer.
import { useSignal } from '@preact/signals';
import { useId } from 'preact/hooks';
import { anchorPassage } from '../../../core/evidence/anchor.ts';
import { addLink, dismiss, dismissKey, evidenceOf, removeLink, undismiss } from '../../../core/evidence/edit.ts';
import { FLAG_TITLES } from '../../../core/evidence/flag-titles.ts';
import { flagKey } from '../../../core/evidence/level.ts';
import { suggestCompetences } from '../../../core/evidence/suggest.ts';
import type { Evidence, LevelFlag, RoleField, Suggestion, TextRange } from '../../../core/evidence/types.ts';
import { competencesFor } from '../../../core/rules/scope.ts';
import type { Application, CompetenceCode, Role } from '../../../core/types.ts';
import { edit } from '../screens/edit.ts';
import type { Draft } from '../state/draft.ts';
import { focusWhenReady } from '../ui/focus.ts';
import { useAnalysis } from './analysis.ts';
import './evidence.css';

export interface FieldEvidenceProps {
  app: Application;
  role: Role;
  field: RoleField;
  /** The text box's label, e.g. "Role 1: Responsibilities", to name this field's controls. */
  label: string;
  draft: Draft;
  disabled: boolean;
}

const textArea = (role: Role, field: RoleField) =>
  document.querySelector<HTMLTextAreaElement>(`[data-role="${CSS.escape(role.id)}"] textarea[name="${field}"]`);

/** Puts the caret on words of the text box, selected, so the applicant sees them. */
function showInText(role: Role, field: RoleField, range: TextRange) {
  const box = textArea(role, field);
  if (!box) return;
  box.focus();
  box.setSelectionRange(range.start, range.end);
}

function update(draft: Draft, change: (e: Evidence) => Evidence): boolean {
  return edit(draft, (a) => ({ evidence: change(evidenceOf(a)) }));
}

const suggestionKey = (s: Suggestion) => `suggestion|${s.code}|${s.triggers[0]?.ruleId ?? ''}|${s.triggers[0]?.quote.toLowerCase() ?? ''}`;
const levelKey = (f: LevelFlag) => `flag|${flagKey(f)}`;

export function FieldEvidence({ app, role, field, label, draft, disabled }: FieldEvidenceProps) {
  const text = role[field];
  const evidence = evidenceOf(app);
  const { suggestions, flags } = useAnalysis(text, app.category);
  const picking = useSignal<{ range: TextRange; quote: string; codes: CompetenceCode[] } | null>(null);
  const message = useSignal('');
  const id = useId();
  const pickButton = `${id}-link`;

  const links = evidence.links
    .filter((l) => l.roleId === role.id && l.field === field)
    .map((link) => ({ link, anchoring: anchorPassage(text, link.selector) }));
  const dismissed = (what: string) => dismissKey(role.id, field, what) in evidence.dismissed;
  const linkedHere = (code: CompetenceCode, range: TextRange) =>
    links.some(
      ({ link, anchoring }) =>
        anchoring.status === 'anchored' && link.competences.includes(code) && anchoring.start < range.end && range.start < anchoring.end,
    );
  const open = suggestions.filter((s) => !dismissed(suggestionKey(s)) && !linkedHere(s.code, s.paragraph));
  const marks = flags.filter((f) => !dismissed(levelKey(f)));
  const dismissedMarks = flags.length - marks.length;

  const startLinking = () => {
    const box = textArea(role, field);
    const start = box?.selectionStart ?? 0;
    const end = box?.selectionEnd ?? 0;
    const quote = text.slice(start, end);
    if (!box || quote.trim() === '') {
      message.value = `First select the words in ${label} that show a competence (drag over them, or hold Shift and use the arrow keys), then choose this button.`;
      return;
    }
    message.value = '';
    const codes = [...new Set(suggestCompetences(quote, app.category).map((s) => s.code))];
    picking.value = { range: { start, end }, quote, codes };
    focusWhenReady(() => document.getElementById(`${id}-picker`));
  };
  const finishLinking = (codes: CompetenceCode[] | null) => {
    const p = picking.value;
    picking.value = null;
    if (p && codes && codes.length > 0) {
      update(draft, (e) => addLink(e, { id: crypto.randomUUID(), roleId: role.id, field, text, range: p.range, competences: codes }));
      message.value = `Linked to ${codes.join(', ')}.`;
    }
    focusWhenReady(() => document.getElementById(pickButton));
  };
  const accept = (s: Suggestion) => {
    update(draft, (e) => addLink(e, { id: crypto.randomUUID(), roleId: role.id, field, text, range: s.paragraph, competences: [s.code] }));
    message.value = `Linked the paragraph to ${s.code}.`;
    focusWhenReady(() => document.getElementById(pickButton));
  };
  const now = () => new Date().toISOString();

  return (
    <div class="evidence">
      <p class="evidence-title">Evidence in {label}</p>
      <button type="button" id={pickButton} disabled={disabled} onClick={startLinking}>
        Link selected words to competences
      </button>
      <p class="hint" role="status">
        {message.value}
      </p>
      {picking.value && (
        <LinkPicker id={`${id}-picker`} app={app} quote={picking.value.quote} suggested={picking.value.codes} onDone={finishLinking} />
      )}

      {links.length > 0 && (
        <details open>
          <summary>Linked passages ({links.length})</summary>
          <ul class="links">
            {links.map(({ link, anchoring }) => (
              <li key={link.id} class={anchoring.status === 'orphaned' ? 'orphaned' : undefined}>
                <strong>{link.competences.join(', ')}</strong>:{' '}
                {anchoring.status === 'anchored' ? (
                  <q>{text.slice(anchoring.start, anchoring.end)}</q>
                ) : (
                  <>
                    <q>{link.selector.exact}</q>{' '}
                    <span class="problem">These words are no longer in the text: the link is kept until you remove it.</span>
                  </>
                )}{' '}
                {anchoring.status === 'anchored' && (
                  <button type="button" class="link-button" onClick={() => showInText(role, field, anchoring)}>
                    Show in text<span class="visually-hidden"> ({link.competences.join(', ')})</span>
                  </button>
                )}{' '}
                <button
                  type="button"
                  class="link-button"
                  disabled={disabled}
                  onClick={() => {
                    update(draft, (e) => removeLink(e, link.id));
                    focusWhenReady(() => document.getElementById(pickButton));
                  }}
                >
                  Remove link<span class="visually-hidden"> ({link.competences.join(', ')})</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      {open.length > 0 && (
        <details open>
          <summary>Suggested competences ({open.length})</summary>
          <ul class="suggestions">
            {open.map((s) => (
              <li key={`${s.code}-${s.paragraph.start}`}>
                {s.explanation}{' '}
                <button type="button" disabled={disabled} onClick={() => accept(s)}>
                  Link as {s.code}
                </button>{' '}
                <button
                  type="button"
                  class="link-button"
                  disabled={disabled}
                  onClick={() => update(draft, (e) => dismiss(e, dismissKey(role.id, field, suggestionKey(s)), now()))}
                >
                  Dismiss<span class="visually-hidden"> the suggestion {s.code}</span>
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}

      {(marks.length > 0 || dismissedMarks > 0) && (
        <details>
          <summary>
            Level check: {marks.length} {marks.length === 1 ? 'mark' : 'marks'} to look at
            {dismissedMarks > 0 ? ` (${dismissedMarks} dismissed)` : ''}
          </summary>
          <ul class="marks">
            {marks.map((f) => (
              <li key={`${f.kind}-${f.ranges[0]!.start}`}>
                <strong>{FLAG_TITLES[f.kind]}</strong>: <q>{shorten(f.quote)}</q>
                <p>{f.why}</p>
                <p>
                  <em>How to fix it:</em> {f.fix}
                </p>
                <button type="button" class="link-button" onClick={() => showInText(role, field, f.ranges[0]!)}>
                  Show in text<span class="visually-hidden"> ({FLAG_TITLES[f.kind]})</span>
                </button>{' '}
                <button
                  type="button"
                  class="link-button"
                  disabled={disabled}
                  onClick={() => update(draft, (e) => dismiss(e, dismissKey(role.id, field, levelKey(f)), now()))}
                >
                  Dismiss<span class="visually-hidden"> the mark {FLAG_TITLES[f.kind]}</span>
                </button>
              </li>
            ))}
          </ul>
          {dismissedMarks > 0 && (
            <button
              type="button"
              class="link-button"
              disabled={disabled}
              onClick={() => update(draft, (e) => undismiss(e, dismissKey(role.id, field, 'flag|')))}
            >
              Show the dismissed marks again
            </button>
          )}
        </details>
      )}
    </div>
  );
}

function shorten(quote: string): string {
  return quote.length > 160 ? `${quote.slice(0, 157)}…` : quote;
}

/** Chooses the competences for the selected words; suggested ones start ticked. */
function LinkPicker({
  id,
  app,
  quote,
  suggested,
  onDone,
}: {
  id: string;
  app: Application;
  quote: string;
  suggested: CompetenceCode[];
  onDone(codes: CompetenceCode[] | null): void;
}) {
  const chosen = useSignal(new Set(suggested));
  const all = competencesFor(app.category);
  const toggle = (code: CompetenceCode, on: boolean) => {
    const next = new Set(chosen.value);
    if (on) next.add(code);
    else next.delete(code);
    chosen.value = next;
  };
  return (
    <fieldset class="picker" id={id} tabIndex={-1}>
      <legend>Link these words to competences</legend>
      <p>
        <q>{shorten(quote)}</q>
      </p>
      {suggested.length > 0 && <p class="hint">Ticked: what the words suggest. Change it to what you mean.</p>}
      <div class="picker-grid">
        {all.map((c) => (
          <label key={c.code} class="field check">
            <input
              type="checkbox"
              checked={chosen.value.has(c.code)}
              onChange={(e) => toggle(c.code, (e.currentTarget as HTMLInputElement).checked)}
            />{' '}
            <span>
              <strong>{c.code}</strong> {c.summary}
            </span>
          </label>
        ))}
      </div>
      <button
        type="button"
        disabled={chosen.value.size === 0}
        onClick={() => onDone(all.map((c) => c.code).filter((c) => chosen.value.has(c)))}
      >
        Link to {chosen.value.size === 0 ? 'the ticked competences' : [...chosen.value].sort().join(', ')}
      </button>{' '}
      <button type="button" class="link-button" onClick={() => onDone(null)}>
        Cancel
      </button>
    </fieldset>
  );
}

/** The evidence count of a role for its summary line: links (orphaned ones named) and level marks left. */
export function RoleEvidenceSummary({ app, role }: { app: Application; role: Role }) {
  const evidence = evidenceOf(app);
  const r = useAnalysis(role.responsibilities, app.category);
  const a = useAnalysis(role.achievements, app.category);
  const links = evidence.links.filter((l) => l.roleId === role.id);
  const orphaned = links.filter((l) => anchorPassage(role[l.field], l.selector).status === 'orphaned').length;
  const open = (field: RoleField, flags: LevelFlag[]) =>
    flags.filter((f) => !(dismissKey(role.id, field, levelKey(f)) in evidence.dismissed)).length;
  const marks = open('responsibilities', r.flags) + open('achievements', a.flags);
  const codes = [...new Set(links.flatMap((l) => l.competences))].sort();
  return (
    <p class="count">
      Evidence: {links.length} linked {links.length === 1 ? 'passage' : 'passages'}
      {codes.length > 0 ? ` (${codes.join(', ')})` : ''}
      {orphaned > 0 ? `, ${orphaned} whose words are gone` : ''}; level check: {marks} {marks === 1 ? 'mark' : 'marks'} to look at.
    </p>
  );
}
