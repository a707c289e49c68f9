// The checklist's professional development item reads the CPD log: this year's hours against
// the target, and (when the application has no development records yet) a way to fill them
// from the log, since those records are what goes into the application itself.
import { cpdTotals, describeYear } from '../../../core/development/cpd.ts';
import type { Application } from '../../../core/types.ts';
import { hrefFor } from '../state/route.ts';
import { todayIso, useDevelopment } from './state.ts';

export function CpdChecklistSummary({
  app,
  onCopy,
  disabled,
}: {
  app: Application;
  onCopy(records: Application['development']): void;
  disabled: boolean;
}) {
  const dev = useDevelopment(app.id);
  const data = dev.data.value;
  if (!data) return null;
  const year = cpdTotals(data.cpd, data.cpdSettings, todayIso())[0];
  const copied = new Set(app.development.map((d) => `${d.date}|${d.title.trim()}`));
  const fresh = data.cpd.filter((e) => !copied.has(`${e.date}|${(e.title || e.did).trim().slice(0, 200)}`));
  return (
    <section class="note" aria-label="From your CPD log">
      <p>
        Your CPD log: {data.cpd.length} {data.cpd.length === 1 ? 'activity' : 'activities'}
        {year && `; ${describeYear(year)}`} <a href={hrefFor({ name: 'app', id: app.id, screen: 'development' })}>Open the CPD log</a>
      </p>
      {fresh.length > 0 && (
        <button
          type="button"
          disabled={disabled}
          onClick={() =>
            onCopy(
              [...fresh]
                .sort((a, b) => a.date.localeCompare(b.date))
                .map((e) => ({
                  id: crypto.randomUUID(),
                  date: e.date,
                  title: (e.title || e.did).trim().slice(0, 200),
                  notes: [e.did, e.learned && `What I learned: ${e.learned}`, e.apply && `How I will use it: ${e.apply}`]
                    .filter(Boolean)
                    .join('\n'),
                })),
            )
          }
        >
          Add {fresh.length} {fresh.length === 1 ? 'activity' : 'activities'} from the CPD log as development records
        </button>
      )}
    </section>
  );
}
