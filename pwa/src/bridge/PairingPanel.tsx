// Settings → Companion extension: whether the companion is here, and pairing with it. Pairing
// shows a code the applicant types into the companion's popup; from then on the companion gives
// this workbook what it saw in Career Manager and takes the drafts from it, and from nowhere else.
import { useSignal } from '@preact/signals';
import { companionPairing, extensionConnected, pairingCodeShown } from './connected.ts';

export function PairingPanel() {
  const failed = useSignal(false);
  const status = companionPairing.value;
  const code = pairingCodeShown.value;
  const pair = async () => {
    const { pairWithCompanion } = await import('./start.ts');
    failed.value = !(await pairWithCompanion());
  };
  return (
    <section aria-labelledby="companion-title">
      <h3 id="companion-title">Companion extension</h3>
      {!extensionConnected.value ? (
        <p>
          The ProReg Companion extension is not connected on this page. If it is installed, click its button in your browser's toolbar while
          this page is open: it offers to use this page's address for your workbook. (You can also type the address in its options.)
        </p>
      ) : status === 'paired' ? (
        <p role="status">
          Paired. The companion takes your drafts from this workbook and brings what it saw in Career Manager here, while this page is open.
        </p>
      ) : (
        <>
          <p>
            The companion is installed but not paired with this workbook, so it exchanges nothing with it. Pairing tells the companion to
            trust this workbook, and no other page, with your drafts.
          </p>
          {status === 'waiting' && code ? (
            <p role="status">
              Open the ProReg Companion from your browser's toolbar and type this code: <strong class="pairing-code">{code}</strong>
            </p>
          ) : (
            <button type="button" onClick={() => void pair()}>
              Pair with the companion
            </button>
          )}
          {failed.value && <p role="alert">The pairing key could not be stored on this device, so nothing was paired.</p>}
        </>
      )}
    </section>
  );
}
