// Options: where the workbook is, hints on or off, and which application is linked.
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import { checkWorkbookUrl, isLoopbackUrl, originPattern } from '../shared/origins.ts';
import { type Mirror, readMirror, readSettings, type Settings, writeSettings } from '../shared/settings.ts';

/** Asks for access to a workbook that is not on this computer, at the moment the user saves it. */
async function grantAccess(url: string): Promise<boolean> {
  if (isLoopbackUrl(url)) return true;
  return browser.permissions.request({ origins: [originPattern(url)], permissions: ['scripting'] });
}

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [mirror, setMirror] = useState<Mirror | null>(null);
  const [address, setAddress] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    void Promise.all([readSettings(), readMirror()]).then(([s, m]) => {
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
      if (!(await grantAccess(checked.url))) {
        return setMessage({
          ok: false,
          text: 'Access to that address was not granted, so the companion cannot reach the workbook there. Nothing was changed.',
        });
      }
      workbookUrl = checked.url;
    }
    setSettings(await writeSettings({ ...settings, workbookUrl }));
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
          your drafts. Another address on this computer may use http; any other must use https, and your browser will ask you to allow the
          companion to reach it.
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
    </main>
  );
}

render(<Options />, document.getElementById('app')!);
