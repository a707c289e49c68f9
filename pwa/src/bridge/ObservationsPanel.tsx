// What the companion extension saw in Career Manager for this application, with when it saw it,
// and where that disagrees with the workbook's own stage.
import { type LockMismatch, lockMismatch } from '../../../core/bridge/lock-mismatch.ts';
import { statusOf, summariseRows } from '../../../core/pages/rows.ts';
import type { Application } from '../../../core/types.ts';
import { liveApplication } from '../db/store.ts';
import { useLive } from '../state/live.ts';
import { hrefFor } from '../state/route.ts';
import { extensionConnected } from './connected.ts';
import { latestOf as latest, type ObservationOf as Of, useObservations, seenOn as when } from './observed.ts';

/** The mismatch in words, with what to do about it. */
function MismatchNote({ mismatch, applicationId }: { mismatch: LockMismatch; applicationId: string }) {
  const validate = hrefFor({ name: 'app', id: applicationId, screen: 'validate' });
  const text =
    mismatch.kind === 'locked-in-career-manager'
      ? `Career Manager showed this application locked on ${when(mismatch.seenAt)}, but the workbook still says it is being prepared. Lock it here too, so the workbook keeps the snapshot and tracks your supporters.`
      : `Career Manager showed this application unlocked on ${when(mismatch.seenAt)}, but the workbook says it is ${mismatch.stage === 'locked' ? 'locked' : 'submitted'}. If you unlocked it there, unlock it here too, so the workbook keeps the old snapshot and the supporters’ comments; if not, check Career Manager.`;
  return (
    <div class="note" role="note" aria-label="Career Manager and the workbook disagree">
      <p>{text}</p>
      <p>
        <a href={validate}>Open Validate and verify in the workbook</a>
      </p>
    </div>
  );
}

function Rows({ o, noun }: { o: Of<'checklist'> | Of<'documents'>; noun: string }) {
  const s = summariseRows(o.data.rows);
  return (
    <>
      <p>
        {s.complete.length} of {s.mandatory} mandatory {noun} complete, as shown on {when(o.at)}
        {s.unknown.length > 0 && `; the companion could not read ${s.unknown.length}`}.
      </p>
      <ul>
        {o.data.rows.map((r) => (
          <li key={r.title}>
            {r.title}
            {r.mandatory ? ' (mandatory)' : ''}: {r.statusText}
            {statusOf(r) === 'complete' ? ' ✓' : statusOf(r) === 'unknown' ? ' (could not be read)' : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** The observations panel on the Overview screen. */
export function ObservationsPanel({ applicationId }: { applicationId: string }) {
  const all = useObservations(applicationId);
  const app = useLive<Application | undefined>(() => liveApplication(applicationId), [applicationId], undefined).value;
  const checklist = latest(all, 'checklist');
  const documents = latest(all, 'documents');
  const lockState = latest(all, 'lock-state');
  const sectors = latest(all, 'sectors');
  const comments = all
    .filter((o): o is Of<'supporter-comments'> => o.kind === 'supporter-comments')
    .sort((a, b) => b.at.localeCompare(a.at));
  const mismatch = app && lockState ? lockMismatch({ locked: lockState.data.locked, at: lockState.at }, app) : null;

  return (
    <section aria-labelledby="observations-heading">
      <h3 id="observations-heading">Seen in Career Manager</h3>
      {all.length === 0 ? (
        <p>
          Nothing yet. With the ProReg Companion extension, what Career Manager shows you (checklist state, lock, sector list, supporter
          comments) appears here. {extensionConnected.value ? 'The extension is connected.' : ''}
        </p>
      ) : (
        <>
          {mismatch && <MismatchNote mismatch={mismatch} applicationId={applicationId} />}
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
              <p>
                As listed on {when(sectors.at)}: {sectors.data.sectors.join(', ')}.
              </p>
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
