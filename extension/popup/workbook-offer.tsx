// "Use this workbook": when the applicant opens the popup on a workbook page the companion does not
// know yet, it offers that page's address. One click asks the browser for access to that one host,
// saves the address, and reloads the page so the companion can reach it; pairing comes next.
import { useEffect, useState } from 'preact/hooks';
import { relayServes } from '../background/registrations.ts';
import { api } from '../shared/api.ts';
import { grantWorkbook } from '../shared/grant.ts';
import { KEYS, type Settings, writeSettings } from '../shared/settings.ts';
import { workbookOffer } from './offer.ts';

/** Waits (up to about five seconds) until the background has registered the relay for `url`. */
async function relayReady(url: string): Promise<boolean> {
  for (let i = 0; i < 50; i++) {
    if (await relayServes(url).catch(() => false)) return true;
    await new Promise((ok) => setTimeout(ok, 100));
  }
  return false;
}

export function WorkbookOffer({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [tab, setTab] = useState<{ id?: number; url?: string; title?: string } | undefined>(undefined);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  useEffect(() => {
    void api.tabs.query({ active: true, currentWindow: true }).then(
      ([t]) => setTab(t),
      () => undefined,
    );
  }, []);
  const offer = workbookOffer(tab, settings);
  if (!offer && !message) return null;

  const use = async () => {
    if (!offer) return;
    // Kept for the background in case the popup closes while the browser asks (Firefox closes it).
    void api.storage.local.set({ [KEYS.workbookOffer]: { url: offer, at: new Date().toISOString() } });
    // The browser's question must be the first thing the click waits for.
    const granted = await grantWorkbook(offer);
    void api.storage.local.remove(KEYS.workbookOffer);
    if (!granted) {
      return setMessage({ ok: false, text: 'Access to that address was not granted, so nothing was changed.' });
    }
    onSaved(await writeSettings({ workbookUrl: offer }));
    const ready = await relayReady(offer);
    if (ready && tab?.id !== undefined) await api.tabs.reload(tab.id).catch(() => undefined);
    setMessage({
      ok: true,
      text: `Your workbook is now the one at ${offer}. ${ready ? 'It has been reloaded: pair it' : 'Reload it, then pair it'} in its Settings, under "Companion extension".`,
    });
  };

  return (
    <section aria-labelledby="offer-title">
      {offer && (
        <>
          <h2 id="offer-title">A workbook in this tab</h2>
          <p>
            This tab looks like a ProReg Companion workbook at <strong>{offer}</strong>, and the companion does not use it yet. Use it only
            if it is the workbook you keep your application in.
          </p>
          <button type="button" onClick={() => void use()}>
            Use this workbook
          </button>
        </>
      )}
      {message && (
        <p role="status" class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </section>
  );
}
