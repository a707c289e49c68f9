// Supporter briefings: for each supporter, a printable page of what Career Manager will ask of
// them and which roles and competences they can speak to. No wording is written for them.
import { signal, useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { briefingFor, type Evidencing, renderBriefingHtml } from '../../../core/exchange/briefing.ts';
import type { Application, Supporter } from '../../../core/types.ts';
import { PRINT_TO_PDF_HINT, printArea, printAreaClass } from '../print/print.ts';
import { rules } from '../state/rules.ts';
import { roleName } from './ApplicationReader.tsx';
import { download, safeFileName } from './files.ts';

export function BriefingPanel({ app }: { app: Application }) {
  return (
    <section aria-labelledby="xc-briefings">
      <h3 id="xc-briefings">Briefings for your supporters</h3>
      <p>
        A page for each supporter to print or send: what Career Manager will ask of them, and which of your roles and competences they can
        speak to. It contains no wording for them, on purpose: supporters write their statements themselves.
      </p>
      {app.supporters.length === 0 ? (
        <p class="hint">No supporters yet. Supporters can be added once the application is locked (Validate and verify).</p>
      ) : (
        app.supporters.map((s) => <SupporterBriefing key={s.id} app={app} supporter={s} />)
      )}
    </section>
  );
}

const evidencingCode = signal<typeof import('../evidence/forExport.ts') | null>(null);

/** Which roles evidence each competence, passages included, once the evidence code has loaded (tags only until then). */
function useEvidencing(app: Application): Evidencing | undefined {
  useEffect(() => {
    if (!evidencingCode.value) void import('../evidence/forExport.ts').then((m) => (evidencingCode.value = m));
  }, []);
  return evidencingCode.value?.evidencing(app);
}

function SupporterBriefing({ app, supporter }: { app: Application; supporter: Supporter }) {
  const chosen = useSignal<string[]>(app.roles.map((r) => r.id));
  const preview = useSignal(false);
  const who = supporter.name || 'Unnamed supporter';
  const briefing = briefingFor(app, supporter, chosen.value, useEvidencing(app), rules.value.supportersRequired);
  const toggle = (id: string, on: boolean) => {
    chosen.value = on ? [...chosen.value, id] : chosen.value.filter((x) => x !== id);
  };
  return (
    <div class="card">
      <h4>{who}</h4>
      <fieldset>
        <legend>Roles {who} knows first-hand</legend>
        {app.roles.map((r) => (
          <div class="field check" key={r.id}>
            <input
              id={`xc-b-${supporter.id}-${r.id}`}
              type="checkbox"
              checked={chosen.value.includes(r.id)}
              onChange={(e) => toggle(r.id, (e.currentTarget as HTMLInputElement).checked)}
            />
            <label for={`xc-b-${supporter.id}-${r.id}`}>{roleName(r)}</label>
          </div>
        ))}
      </fieldset>
      <button
        type="button"
        onClick={() => download(renderBriefingHtml(briefing), `briefing-${safeFileName(who, 'supporter')}.html`, 'text/html')}
      >
        Download the briefing for {who}
      </button>
      <button type="button" aria-expanded={preview.value} onClick={() => (preview.value = !preview.value)}>
        {preview.value ? 'Hide' : 'Show'} the briefing for {who}
      </button>
      <button
        type="button"
        onClick={() => {
          preview.value = true;
          printArea(`briefing-${supporter.id}`);
        }}
      >
        Print the briefing for {who}
      </button>
      <p class="hint">{PRINT_TO_PDF_HINT}</p>
      {preview.value && (
        <div class={`xc-briefing ${printAreaClass(`briefing-${supporter.id}`)}`}>
          <p class="xc-briefing-title">
            <strong>
              Supporting {briefing.applicant}'s {briefing.categoryTitle} application: briefing for {who}
            </strong>
          </p>
          <h5>What Career Manager will ask of {who}</h5>
          <ol>
            {briefing.steps.map((s, i) => (
              <li key={i}>{s}</li>
            ))}
          </ol>
          <h5>Competences, one box each in Career Manager</h5>
          <ul>
            {briefing.competences.map((c) => (
              <li key={c.code}>
                <strong>{c.code}</strong> {c.summary}{' '}
                <span class="hint">{c.roles.length ? `Evidence in: ${c.roles.join('; ')}` : 'Not in the roles chosen.'}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
