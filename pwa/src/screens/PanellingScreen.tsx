// Panelling information: sector, specialisms and interview location. Core keeps it unavailable
// (with its reasons) until every mandatory checklist item and document is complete.
import { useSignal, type Signal } from '@preact/signals';
import { CATEGORIES, NOT_APPLICABLE, panellingGate, setPanelling } from '../../../core/index.ts';
import type { Application } from '../../../core/types.ts';
import type { Draft } from '../state/draft.ts';
import { limits } from '../state/limits.ts';
import { hrefFor } from '../state/route.ts';
import { SCREEN_TITLES } from '../App.tsx';
import { TextField } from '../ui/fields.tsx';
import { DraftRefusal } from '../ui/FormError.tsx';
import { SectorField } from '../bridge/SectorField.tsx';
import { STEP_SCREEN } from './steps.ts';
import { localToday } from '../ui/format.ts';

export function PanellingScreen({ draft, app }: { draft: Draft; app: Application }) {
  const saved = useSignal<string | null>(null);
  const gate = panellingGate(app, limits.value, localToday());
  if (gate.length > 0) {
    return (
      <>
        <p>Panelling becomes available once every mandatory checklist item and supporting document is complete. Still to do:</p>
        <ul class="blockers">
          {gate.map((r, i) => (
            <li key={i}>
              {r.message} <a href={hrefFor({ name: 'app', id: app.id, screen: STEP_SCREEN[r.step] })}>Go to {SCREEN_TITLES[STEP_SCREEN[r.step]]}</a>
            </li>
          ))}
        </ul>
      </>
    );
  }
  // Remounted when the stored panelling changes (here or in another tab), so the form shows it.
  return (
    <>
      <PanellingForm key={app.stage + JSON.stringify(app.panelling)} draft={draft} app={app} saved={saved} />
      <div role="status">{saved.value && <p>{saved.value}</p>}</div>
    </>
  );
}

function PanellingForm({ draft, app, saved }: { draft: Draft; app: Application; saved: Signal<string | null> }) {
  const sector = useSignal(app.panelling.sector);
  const specialisms = useSignal<string[]>(app.panelling.specialisms.length ? app.panelling.specialisms : ['']);
  const location = useSignal(app.panelling.interviewLocation);
  const interview = CATEGORIES[app.category].interviewRequired;
  const disabled = app.stage === 'submitted';

  const save = (e: Event) => {
    e.preventDefault();
    const done = draft.apply(
      (a, now) => setPanelling(a, { sector: sector.value, specialisms: specialisms.value, interviewLocation: interview ? location.value : NOT_APPLICABLE }, limits.value, now),
      { immediate: true, place: 'panelling' },
    );
    saved.value = done ? 'Panelling information saved.' : null;
  };

  return (
    <form onSubmit={save}>
      <p>Choose the sector and specialisms that fit your work, so your application reaches the right assessors. The IET's lists are not public: use the names Career Manager shows you.</p>
      {app.stage === 'locked' && <p class="note">The application is locked: changes you save now are not in the snapshot, and are listed under Validate and verify.</p>}
      <SectorField applicationId={app.id} value={sector.value} disabled={disabled} onValue={(v) => (sector.value = v)} />
      <fieldset>
        <legend>Specialisms</legend>
        {specialisms.value.map((s, i) => (
          <div key={i} class="row">
            <TextField
              label={`Specialism ${i + 1}`}
              value={s}
              disabled={disabled}
              onValue={(v) => (specialisms.value = specialisms.value.map((x, j) => (j === i ? v : x)))}
            />
            <button type="button" disabled={disabled} onClick={() => (specialisms.value = specialisms.value.filter((_, j) => j !== i))}>
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
          hint={`An interview location is required for ${app.category}.`}
          value={location.value === NOT_APPLICABLE ? '' : location.value}
          disabled={disabled}
          onValue={(v) => (location.value = v)}
        />
      ) : (
        <p>
          Interview location: <strong>{NOT_APPLICABLE}</strong> — {app.category} applicants choose “{NOT_APPLICABLE}” in Career Manager.
        </p>
      )}
      <button type="submit" disabled={disabled}>
        Save panelling information
      </button>
      <DraftRefusal draft={draft} place="panelling" title="The panelling information was not saved:" />
    </form>
  );
}
