// The pairing question in the popup: a workbook page asked to pair, and the applicant types the
// code that page shows. Typing it (rather than pressing "yes") makes sure they compared the two.
import { useEffect, useState } from 'preact/hooks';
import { api } from '../shared/api.ts';
import { KEYS } from '../shared/settings.ts';

interface Stored {
  origin: string;
  at: string;
}

const isStored = (x: unknown): x is Stored =>
  typeof x === 'object' && x !== null && typeof (x as Stored).origin === 'string' && typeof (x as Stored).at === 'string';

/** A request younger than the background's ten minutes. */
const fresh = (r: Stored) => Date.now() - Date.parse(r.at) < 10 * 60 * 1000;

export function PairingSection() {
  const [state, setState] = useState<{ pairing: Stored | null; request: Stored | null } | null>(null);
  const [code, setCode] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const load = async () => {
    const got = await api.storage.local.get([KEYS.pairing, KEYS.pairingRequest]);
    const request = got[KEYS.pairingRequest];
    setState({
      pairing: isStored(got[KEYS.pairing]) ? (got[KEYS.pairing] as Stored) : null,
      request: isStored(request) && fresh(request) ? request : null,
    });
  };
  useEffect(() => {
    void load();
  }, []);
  if (!state) return null;
  const { pairing, request } = state;

  const confirm = async (event: Event) => {
    event.preventDefault();
    const answer = (await api.runtime.sendMessage({ type: 'pairing-confirm', code })) as { paired?: boolean } | undefined;
    if (answer?.paired) {
      setMessage({ ok: true, text: `Paired with the workbook at ${request!.origin}.` });
      setCode('');
    } else
      setMessage({ ok: false, text: 'That is not the code this workbook asked with. Nothing was paired; check the code and try again.' });
    await load();
  };
  const decline = async () => {
    await api.runtime.sendMessage({ type: 'pairing-decline' });
    setMessage({ ok: true, text: 'Request turned down. Nothing was paired.' });
    await load();
  };

  return (
    <section aria-labelledby="pairing-title">
      <h2 id="pairing-title">Your workbook</h2>
      {request ? (
        <form onSubmit={confirm}>
          <p>
            A page at <strong>{request.origin}</strong> asks to pair with the companion. Pair only if you just asked for it in your
            workbook: the companion will then give that page what it saw in Career Manager and take your drafts from it.
          </p>
          <label for="pairing-code">Code your workbook shows</label>
          <input
            id="pairing-code"
            inputMode="numeric"
            autoComplete="off"
            value={code}
            aria-describedby="pairing-help"
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          <p id="pairing-help" class="muted">
            Six digits, shown in the workbook's Settings under "Companion extension".
          </p>
          <button type="submit">Pair</button>{' '}
          <button type="button" onClick={() => void decline()}>
            Not now
          </button>
        </form>
      ) : pairing ? (
        <p>Paired with the workbook at {pairing.origin}.</p>
      ) : (
        <p>Not paired with a workbook yet. In your workbook, open Settings and choose "Pair with the companion".</p>
      )}
      {message && (
        <p role="status" class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
