// The toolbar popup: the linked application's progress through the ten steps (as the workbook
// worked it out), pairing with the workbook, and a link to open it.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Mirror } from '../../core/bridge/schema.ts';
import { formatMoment } from '../../core/design/dates.ts';
import { stateWords } from '../../core/rules/step-words.ts';
import { readStoredMirror } from '../shared/mirror.ts';
import { linkedApplication, readSettings, type Settings, workbookHref } from '../shared/settings.ts';
import { PairingSection } from './pairing.tsx';
import { WorkbookOffer } from './workbook-offer.tsx';

function Popup() {
  const [state, setState] = useState<{ settings: Settings; mirror: Mirror | null } | null>(null);
  useEffect(() => {
    void Promise.all([readSettings(), readStoredMirror()]).then(([settings, mirror]) => setState({ settings, mirror }));
  }, []);
  if (!state)
    return (
      <main aria-busy="true">
        <h1>ProReg Companion</h1>
      </main>
    );
  const app = state.mirror ? linkedApplication(state.mirror.applications, state.settings) : null;
  return (
    <main>
      <h1>ProReg Companion</h1>
      <WorkbookOffer settings={state.settings} onSaved={(settings) => setState({ ...state, settings })} />
      <PairingSection />
      {!app && <p>No application yet. Pair your workbook and open it once; the companion then reads your applications from it.</p>}
      {app && (
        <>
          <h2>
            {app.name} ({app.category}, {app.route} route)
          </h2>
          <ol aria-label="The ten steps">
            {app.steps.map((s) => (
              <li key={s.id} class={s.state}>
                {s.title}: {stateWords(s.state, s.missingSinceLock)}
              </li>
            ))}
          </ol>
          <p>
            <strong>Next:</strong> {app.nextAction}
          </p>
          <p class="muted">As of your workbook on {formatMoment(state.mirror!.at)}.</p>
        </>
      )}
      <p>
        <a href={workbookHref(state.settings)} target="_blank" rel="noreferrer">
          Open the workbook
        </a>
      </p>
      <p>
        <a href="../options/index.html" target="_blank" rel="noopener">
          Options
        </a>
      </p>
    </main>
  );
}

render(<Popup />, document.getElementById('app')!);
