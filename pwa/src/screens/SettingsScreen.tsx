// Settings: this device's storage, and where the rules and limits are set.
import { useSignal } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { PairingPanel } from '../bridge/PairingPanel.tsx';
import { hrefFor } from '../state/route.ts';
import { persistence, requestPersistence, storageUsage, type Usage } from '../state/storage.ts';
import { formatSize } from '../ui/format.ts';

const PERSISTENCE_TEXT = {
  unknown: 'Checking…',
  persistent: 'Persistent: the browser will not clear the workbook to free space.',
  'not-granted':
    'Not persistent: the browser may clear the workbook if the device runs short of space. Installing the workbook as an app, or bookmarking it, often makes the browser agree. Export your applications from time to time as a backup.',
  unsupported: 'This browser cannot promise to keep the data. Export your applications from time to time as a backup.',
} as const;

export function SettingsScreen() {
  const usage = useSignal<Usage | null | undefined>(undefined);
  useEffect(() => {
    void storageUsage().then((u) => (usage.value = u));
  }, []);
  return (
    <section aria-labelledby="settings-title">
      <h2 id="settings-title">Settings</h2>
      <h3>Rules and limits</h3>
      <p>
        Which items and documents are mandatory, how many supporters are needed, the largest file and the page guides are set on the{' '}
        <a href={hrefFor({ name: 'rules' })}>Rules</a> screen, each with where it comes from.
      </p>
      <PairingPanel />
      <h3>Storage on this device</h3>
      <p>Everything you prepare stays in this browser on this device; nothing is sent anywhere.</p>
      <p role="status">Storage: {PERSISTENCE_TEXT[persistence.value]}</p>
      {persistence.value === 'not-granted' && (
        <button type="button" onClick={() => void requestPersistence()}>
          Ask again for persistent storage
        </button>
      )}
      <p>
        Used:{' '}
        {usage.value === undefined
          ? 'checking…'
          : usage.value === null
            ? 'this browser does not say.'
            : `${formatSize(usage.value.usage)} of about ${formatSize(usage.value.quota)} available to the workbook.`}
      </p>
    </section>
  );
}
