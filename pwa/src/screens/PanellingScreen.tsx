// Panelling information: sector, specialisms and interview location. Core keeps it unavailable
// (with its reasons) until every mandatory checklist item and document is complete.
import { useSignal } from '@preact/signals';
import { useLayoutEffect, useRef } from 'preact/hooks';
import { setPanelling } from '../../../core/application/edit.ts';
import { panellingGate, panellingReasons } from '../../../core/application/gates.ts';
import { STEP_PART } from '../../../core/application/next-field.ts';
import { CATEGORIES } from '../../../core/rules/categories.ts';
import { NOT_APPLICABLE } from '../../../core/rules/steps.ts';
import type { Application, Panelling } from '../../../core/types.ts';
import { SectorField } from '../bridge/SectorField.tsx';
import type { Draft } from '../state/draft.ts';
import { hrefFor, SCREEN_TITLES } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { Reasons, TextField } from '../ui/fields.tsx';
import { localToday } from '../ui/format.ts';

export function PanellingScreen({ draft, app }: { draft: Draft; app: Application }) {
  const gate = panellingGate(app, rules.value, localToday());
  if (gate.length > 0) {
    return (
      <>
        <p>Panelling becomes available once every mandatory checklist item and supporting document is complete. Still to do:</p>
        <ul class="blockers">
          {gate.map((r, i) => (
            <li key={i}>
              {r.message}{' '}
              <a href={hrefFor({ name: 'app', id: app.id, screen: STEP_PART[r.step] })}>Go to {SCREEN_TITLES[STEP_PART[r.step]]}</a>
            </li>
          ))}
        </ul>
      </>
    );
  }
  return <PanellingForm draft={draft} app={app} />;
}

const panellingJson = (p: Panelling) => JSON.stringify(p);

// Saved as you type, like every other screen. What is typed lives in this form (so a space or an
// empty specialism row is not tidied away under the cursor) and goes through core's setPanelling
// on every change. A half-filled choice is saved too; what is still missing is listed below
// (it blocks the lock, not the save).
// A change saved elsewhere (another tab) is taken in without remounting the form.
function PanellingForm({ draft, app }: { draft: Draft; app: Application }) {
  const sector = useSignal(app.panelling.sector);
  const specialisms = useSignal<string[]>(app.panelling.specialisms.length ? app.panelling.specialisms : ['']);
  const location = useSignal(app.panelling.interviewLocation);
  // The stored panelling this form last matched: its own save, or one it took in.
  const known = useRef(panellingJson(app.panelling));
  const interview = CATEGORIES[app.category].interviewRequired;
  const disabled = app.stage === 'submitted';
  const stored = panellingJson(app.panelling);

  useLayoutEffect(() => {
    if (stored === known.current) return;
    known.current = stored;
    sector.value = app.panelling.sector;
    specialisms.value = app.panelling.specialisms.length ? app.panelling.specialisms : [''];
    location.value = app.panelling.interviewLocation;
  }, [stored]);

  const save = () => {
    const typed: Panelling = {
      sector: sector.value,
      specialisms: specialisms.value,
      interviewLocation: interview ? location.value : NOT_APPLICABLE,
    };
    if (draft.apply((a, now) => setPanelling(a, typed, rules.value, now), { place: 'panelling' })) {
      known.current = panellingJson(draft.app.value!.panelling);
    }
  };
  const change = (apply: () => void) => {
    apply();
    save();
  };
  const refused = draft.refusedAt.value === 'panelling' ? draft.refused.value : [];

  return (
    <form onSubmit={(e) => e.preventDefault()}>
      <p>
        Choose the sector and specialisms that fit your work, so your application reaches the right assessors. The IET's lists are not
        public: use the names Career Manager shows you. Your answers are saved on this device as you type.
      </p>
      <SectorField applicationId={app.id} value={sector.value} disabled={disabled} onValue={(v) => change(() => (sector.value = v))} />
      <fieldset>
        <legend>Specialisms</legend>
        {specialisms.value.map((s, i) => (
          <div key={i} class="row">
            <TextField
              label={`Specialism ${i + 1}`}
              value={s}
              disabled={disabled}
              onValue={(v) => change(() => (specialisms.value = specialisms.value.map((x, j) => (j === i ? v : x))))}
            />
            <button
              type="button"
              class="btn-quiet"
              disabled={disabled}
              onClick={() => change(() => (specialisms.value = specialisms.value.filter((_, j) => j !== i)))}
            >
              Remove specialism {i + 1}
            </button>
          </div>
        ))}
        <button type="button" disabled={disabled} onClick={() => (specialisms.value = [...specialisms.value, ''])}>
          Add a specialism
        </button>
      </fieldset>
      {interview ? (
        <TextField
          label="Interview location"
          field="panelling.interviewLocation"
          hint={`An interview location is required for ${app.category}.`}
          value={location.value === NOT_APPLICABLE ? '' : location.value}
          disabled={disabled}
          onValue={(v) => change(() => (location.value = v))}
        />
      ) : (
        <p>
          Interview location: <strong>{NOT_APPLICABLE}</strong> — {app.category} applicants choose “{NOT_APPLICABLE}” in Career Manager.
        </p>
      )}
      {/* Polite and without taking focus: it changes as the user types. */}
      <div role="status" class={refused.length > 0 ? 'form-error' : undefined}>
        <Reasons reasons={refused} title="Not saved yet (what you typed stays here):" />
        {/* Derived from what is stored, so it shows on arrival and after a reload, not only while typing. */}
        {refused.length === 0 && (
          <Reasons reasons={panellingReasons(app)} title="Your answers are saved. Still to choose before you can lock:" />
        )}
      </div>
    </form>
  );
}
