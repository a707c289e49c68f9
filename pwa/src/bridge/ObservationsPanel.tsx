// What the companion extension saw in Career Manager for this application, with when it saw it.
import { liveQuery } from 'dexie';
import type { Observation } from '../../../core/bridge/index.ts';
import { summariseRows, rowStatus } from '../../../core/pages/index.ts';
import { db, type StoredObservation } from '../db/database.ts';
import { useLive } from '../state/live.ts';
import { fromStored } from './protocol.ts';
import { extensionConnected } from './start.ts';

type Of<K extends Observation['kind']> = Extract<Observation, { kind: K }>;

const when = (iso: string) => new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

function latest<K extends Observation['kind']>(all: Observation[], kind: K): Of<K> | undefined {
  return all.filter((o): o is Of<K> => o.kind === kind).sort((a, b) => b.at.localeCompare(a.at))[0];
}

function Rows({ o, noun }: { o: Of<'checklist'> | Of<'documents'>; noun: string }) {
  const s = summariseRows(o.data.rows);
  return (
    <>
      <p>
        {s.mandatoryComplete} of {s.mandatory} mandatory {noun} complete, as shown on {when(o.at)}.
      </p>
      <ul>
        {o.data.rows.map((r) => (
          <li key={r.title}>
            {r.title}
            {r.mandatory ? ' (mandatory)' : ''}: {r.statusText}
            {rowStatus(r.statusText) === 'complete' ? ' ✓' : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The observations panel on the Overview screen. */
export function ObservationsPanel({ applicationId }: { applicationId: string }) {
  const rows = useLive<StoredObservation[]>(
    () => liveQuery(() => db.observations.filter((o) => o.applicationId === applicationId || o.applicationId === null).toArray()),
    [applicationId],
    [],
  );
  const all = rows.value.map(fromStored).filter((o): o is Observation => o !== null);
  const checklist = latest(all, 'checklist');
  const documents = latest(all, 'documents');
  const lockState = latest(all, 'lock-state');
  const sectors = latest(all, 'sectors');
  const comments = all.filter((o): o is Of<'supporter-comments'> => o.kind === 'supporter-comments').sort((a, b) => b.at.localeCompare(a.at));

  return (
    <section aria-labelledby="observations-heading">
      <h3 id="observations-heading">Seen in Career Manager</h3>
      {all.length === 0 ? (
        <p>
          Nothing yet. With the ProReg Companion extension, what Career Manager shows you (checklist state, lock, sector list,
          supporter comments) appears here. {extensionConnected.value ? 'The extension is connected.' : ''}
        </p>
      ) : (
        <>
          {lockState && (
            <p>
              Application {lockState.data.locked ? 'locked' : 'not locked'} in Career Manager, as shown on {when(lockState.at)}.
            </p>
          )}
          {checklist && (
            <>
              <h4>Registration Check List</h4>
              <Rows o={checklist} noun="items" />
            </>
          )}
          {documents && (
            <>
              <h4>Supporting Documents</h4>
              <Rows o={documents} noun="documents" />
            </>
          )}
          {sectors && (
            <>
              <h4>Sectors offered</h4>
              <p>As listed on {when(sectors.at)}: {sectors.data.sectors.join(', ')}.</p>
            </>
          )}
          {comments.map((o) => (
            <div key={o.id}>
              <h4>Supporter comments saved {when(o.at)}</h4>
              {o.data.supporters.map((s) => (
                <div key={s.name}>
                  <p>
                    <strong>{s.name}</strong>
                    {s.status ? ` (${s.status})` : ''}
                  </p>
                  <dl>
                    {s.comments.map((c, i) => (
                      <div key={i}>
                        <dt>{c.competence}</dt>
                        <dd>{c.text}</dd>
                      </div>
                    ))}
                  </dl>
                </div>
              ))}
            </div>
          ))}
        </>
      )}
    </section>
  );
}
