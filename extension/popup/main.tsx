// The toolbar popup: the linked application's progress through the ten steps and a link to
// open the workbook.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { progress } from '../../core/application/progress.ts';
import { STEP_STATE_WORDS } from '../../core/rules/step-words.ts';
import type { Application, Limits, Progress } from '../../core/types.ts';
import { linkedApplication, type Mirror, mirrorLimits, readMirror, readSettings, type Settings, workbookHref } from '../shared/settings.ts';

function progressOf(app: unknown, limits: Limits): Progress | null {
  try {
    return progress(app as Application, limits);
  } catch {
    return null;
  }
}

function Popup() {
  const [state, setState] = useState<{ settings: Settings; mirror: Mirror | null } | null>(null);
  useEffect(() => {
    void Promise.all([readSettings(), readMirror()]).then(([settings, mirror]) => setState({ settings, mirror }));
  }, []);
  if (!state)
    return (
      <main aria-busy="true">
        <h1>ProReg Companion</h1>
      </main>
    );
  const app = linkedApplication(state.mirror, state.settings);
  const p = app ? progressOf(app, mirrorLimits(state.mirror)) : null;
  return (
    <main>
      <h1>ProReg Companion</h1>
      {!app && <p>No application yet. Open your workbook once and the companion will read your applications from it.</p>}
      {app && (
        <>
          <h2>
            {app.name} ({app.category}, {app.route} route)
          </h2>
          {p ? (
            <>
              <ol aria-label="The ten steps">
                {p.steps.map((s) => (
                  <li key={s.id} class={s.state}>
                    {s.title}: {STEP_STATE_WORDS[s.state]}
                  </li>
                ))}
              </ol>
              <p>
                <strong>Next:</strong> {p.nextAction}
              </p>
            </>
          ) : (
            <p>This application could not be read; open the workbook to refresh it.</p>
          )}
          <p class="muted">As of your workbook on {new Date(state.mirror!.at).toLocaleString('en-GB')}.</p>
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
