// Options: where the workbook is and the pairing with it, where Career Manager is, hints on or
// off, and which application is linked.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Mirror } from '../../core/bridge/schema.ts';
import { api } from '../shared/api.ts';
import { grantWorkbook } from '../shared/grant.ts';
import { checkCareerManagerUrl, checkWorkbookUrl, DEFAULT_CAREER_MANAGER_ORIGIN, originPattern } from '../shared/hosts.ts';
import { readStoredMirror } from '../shared/mirror.ts';
import { KEYS, readSettings, type Settings, writeSettings } from '../shared/settings.ts';

type Message = { ok: boolean; text: string } | null;

function CareerManagerHosts({ settings, onSaved }: { settings: Settings; onSaved: (s: Settings) => void }) {
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<Message>(null);
  const add = async (event: Event) => {
    event.preventDefault();
    const checked = checkCareerManagerUrl(address);
    if (!checked.ok) return setMessage({ ok: false, text: checked.message });
    if (checked.origin === DEFAULT_CAREER_MANAGER_ORIGIN || settings.careerManagerOrigins.includes(checked.origin)) {
      return setMessage({ ok: true, text: `${checked.origin} is already on the list.` });
    }
    // The browser asks the user; it must be the first thing the click does.
    if (!(await api.permissions.request({ origins: [originPattern(checked.origin)], permissions: ['scripting'] }))) {
      return setMessage({
        ok: false,
        text: 'Access to that address was not granted, so the companion stays off there. Nothing was changed.',
      });
    }
    onSaved(await writeSettings({ careerManagerOrigins: [...settings.careerManagerOrigins, checked.origin] }));
    setAddress('');
    setMessage({ ok: true, text: `Added ${checked.origin}. Reload any Career Manager page open there.` });
  };
  const remove = async (origin: string) => {
    onSaved(await writeSettings({ careerManagerOrigins: settings.careerManagerOrigins.filter((o) => o !== origin) }));
    await api.permissions.remove({ origins: [originPattern(origin)] }).catch(() => false);
    setMessage({ ok: true, text: `Removed ${origin}: the companion no longer acts there.` });
  };
  return (
    <form onSubmit={add} aria-labelledby="cm-title">
      <h2 id="cm-title">Where Career Manager is</h2>
      <p>The companion acts only on these addresses; on any other page, including other IET pages, it shows nothing and records nothing.</p>
      <ul aria-label="Career Manager addresses">
        <li>
          {DEFAULT_CAREER_MANAGER_ORIGIN} <span class="muted">(our assumption: the IET does not publish this address; check it)</span>
        </li>
        {settings.careerManagerOrigins.map((origin) => (
          <li key={origin}>
            {origin}{' '}
            <button type="button" onClick={() => void remove(origin)}>
              Remove<span class="sr"> {origin}</span>
            </button>
          </li>
        ))}
      </ul>
      <label for="cm-address">Add a Career Manager address</label>
      <input
        id="cm-address"
        type="url"
        value={address}
        placeholder="https://careermanager.theiet.org/"
        aria-describedby="cm-help"
        onInput={(e) => setAddress(e.currentTarget.value)}
      />
      <p id="cm-help" class="muted">
        If your Career Manager pages open at another address, paste one of them here. Your browser asks you to let the companion act there.
      </p>
      <button type="submit">Add address</button>
      {message && (
        <p role="status" class={message.ok ? 'ok' : 'error'}>
          {message.text}
        </p>
      )}
    </form>
  );
}

function Pairing() {
  const [origin, setOrigin] = useState<string | null | undefined>(undefined);
  const load = async () => {
    const raw = (await api.storage.local.get(KEYS.pairing))[KEYS.pairing] as { origin?: unknown } | undefined;
    setOrigin(typeof raw?.origin === 'string' ? raw.origin : null);
  };
  useEffect(() => {
    void load();
  }, []);
  if (origin === undefined) return null;
  return (
    <section aria-labelledby="pairing-title">
      <h2 id="pairing-title">Pairing with your workbook</h2>
      {origin ? (
        <>
          <p>Paired with the workbook at {origin}. Only a page there that holds the paired key exchanges with the companion.</p>
          <button
            type="button"
            onClick={async () => {
              await api.runtime.sendMessage({ type: 'pairing-forget' });
              await load();
            }}
          >
            Forget this workbook
          </button>
        </>
      ) : (
        <p>
          Not paired. In your workbook, open Settings and choose "Pair with the companion", then type its code in the companion's popup.
        </p>
      )}
    </section>
  );
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [mirror, setMirror] = useState<Mirror | null>(null);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<Message>(null);

  useEffect(() => {
    void Promise.all([readSettings(), readStoredMirror()]).then(([s, m]) => {
      setSettings(s);
      setMirror(m);
      setAddress(s.workbookUrl ?? '');
    });
  }, []);
  if (!settings)
    return (
      <main aria-busy="true">
        <h1>ProReg Companion options</h1>
      </main>
    );

  const save = async (event: Event) => {
    event.preventDefault();
    let workbookUrl: string | null = null;
    if (address.trim() !== '') {
      const checked = checkWorkbookUrl(address);
      if (!checked.ok) return setMessage({ ok: false, text: checked.message });
      if (!(await grantWorkbook(checked.url))) {
        return setMessage({
          ok: false,
          text: 'Access to that address was not granted, so the companion cannot reach the workbook there. Nothing was changed.',
        });
      }
      workbookUrl = checked.url;
    }
    const { hints, linkedApplicationId } = settings;
    setSettings(await writeSettings({ workbookUrl, hints, linkedApplicationId }));
    setMessage({ ok: true, text: 'Saved.' });
  };

  return (
    <main>
      <h1>ProReg Companion options</h1>
      <form onSubmit={save}>
        <label for="workbook">Workbook address</label>
        <input
          id="workbook"
          type="url"
          value={address}
          placeholder="http://127.0.0.1:4173/"
          aria-describedby="workbook-help"
          onInput={(e) => setAddress(e.currentTarget.value)}
        />
        <p id="workbook-help" class="muted">
          Leave empty for the workbook that <code>npm start</code> serves at http://127.0.0.1:4173/. Only that one address is trusted with
          your drafts, and only once you pair it. Another address on this computer may use http; any other must use https, and your browser
          will ask you to allow the companion to reach it.
        </p>
        <div class="check">
          <input
            id="hints"
            type="checkbox"
            checked={settings.hints}
            onChange={(e) => setSettings({ ...settings, hints: e.currentTarget.checked })}
          />{' '}
          <label for="hints">Show guidance hints on Career Manager pages</label>
        </div>
        <label for="linked">Application linked to Career Manager</label>
        <select
          id="linked"
          value={settings.linkedApplicationId ?? ''}
          onChange={(e) => setSettings({ ...settings, linkedApplicationId: e.currentTarget.value || null })}
        >
          <option value="">The one I edited most recently</option>
          {(mirror?.applications ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.name} ({a.category}, {a.route})
            </option>
          ))}
        </select>
        {!mirror && <p class="muted">Open your workbook once to choose from its applications.</p>}
        <button type="submit">Save</button>
        {message && (
          <p role="status" class={message.ok ? 'ok' : 'error'}>
            {message.text}
          </p>
        )}
      </form>
      <Pairing />
      <CareerManagerHosts settings={settings} onSaved={setSettings} />
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
