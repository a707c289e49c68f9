// Settings: the limits that are guidance or assumptions, and this device's storage.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { DEFAULT_LIMITS, LIMIT_PROVENANCE } from '../../../core/rules/limits.ts';
import type { Limits } from '../../../core/types.ts';
import { PairingPanel } from '../bridge/PairingPanel.tsx';
import { saveLimitOverrides } from '../db/store.ts';
import { LIMIT_MAX, limitOverrides, limits } from '../state/limits.ts';
import { persistence, requestPersistence, storageUsage, type Usage } from '../state/storage.ts';
import { FormError } from '../ui/FormError.tsx';
import { TextField } from '../ui/fields.tsx';
import { formatSize } from '../ui/format.ts';
import { formatLimit, LIMIT_LABELS } from '../ui/limitLabels.ts';

const MB = 1024 * 1024;
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
      <h3>Limits</h3>
      <p>
        These come from the IET's guidance or, where marked, are our assumption. If Career Manager tells you otherwise, change them here:
        every check in the workbook follows.
      </p>
      <LimitsForm />
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

function LimitsForm() {
  const keys = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];
  const stored = () => Object.fromEntries(keys.map((k) => [k, toField(k, limits.value[k])]));
  const text = useSignal<Record<string, string>>(stored());
  // What the fields showed when last in step with storage: a field still showing that is not being edited.
  const synced = useRef(text.value);
  const message = useSignal<string | null>(null);
  const refused = useSignal<{ message: string }[]>([]);
  useEffect(() => {
    // Follow changes saved elsewhere (another tab, a reset), but never overwrite what is being typed.
    const next = stored();
    text.value = Object.fromEntries(keys.map((k) => [k, text.value[k] === synced.current[k] ? next[k]! : text.value[k]!]));
    synced.current = next;
  }, [limitOverrides.value]);

  const save = async (e: Event) => {
    e.preventDefault();
    message.value = null;
    const overrides: Partial<Limits> = {};
    const values = {} as Limits;
    for (const k of keys) {
      const checked = checkLimit(k, text.value[k] ?? '');
      if (typeof checked === 'string') {
        refuse(`${checked} Nothing was changed.`);
        return;
      }
      values[k] = checked;
      if (checked !== DEFAULT_LIMITS[k]) overrides[k] = checked;
    }
    if (values.careerPagesMin > values.careerPagesMax) {
      refuse(`${LIMIT_LABELS.careerPagesMin} is more than ${LIMIT_LABELS.careerPagesMax.toLowerCase()}. Nothing was changed.`);
      return;
    }
    refused.value = [];
    if (await saveLimitOverrides(overrides)) message.value = 'Limits saved.';
  };
  const refuse = (text: string) => {
    refused.value = [{ message: text }];
  };
  const reset = async () => {
    refused.value = [];
    if (await saveLimitOverrides({})) message.value = 'Limits back to their defaults.';
  };

  return (
    <form onSubmit={save}>
      {keys.map((k) => (
        <TextField
          key={k}
          type="number"
          step={k === 'maxFileSize' ? '0.1' : '1'}
          min="0"
          label={k === 'maxFileSize' ? `${LIMIT_LABELS[k]} (MB)` : LIMIT_LABELS[k]}
          hint={`${LIMIT_PROVENANCE[k] === 'assumed' ? 'Assumption: check this in Career Manager.' : 'From IET guidance.'} Default ${formatLimit(k, DEFAULT_LIMITS[k])}${k === 'maxFileSize' ? `; at most ${formatSize(LIMIT_MAX.maxFileSize)}` : ''}.`}
          value={text.value[k] ?? ''}
          onValue={(v) => (text.value = { ...text.value, [k]: v })}
        />
      ))}
      <button type="submit">Save limits</button>
      <button type="button" onClick={() => void reset()}>
        Restore default limits
      </button>
      <FormError reasons={refused.value} title="The limits were not saved:" />
      <div role="status">{message.value && <p>{message.value}</p>}</div>
    </form>
  );
}

function toField(key: keyof Limits, value: number): string {
  return key === 'maxFileSize' ? String(Math.round((value / MB) * 10) / 10) : String(value);
}

/** The value to store for what was typed, or why it cannot be (in plain words). */
function checkLimit(key: keyof Limits, typed: string): number | string {
  const n = Number(typed.trim());
  const label = LIMIT_LABELS[key];
  if (typed.trim() === '' || !Number.isFinite(n) || n <= 0) return `${label}: enter a number greater than 0.`;
  if (key === 'maxFileSize') {
    const bytes = Math.round(n * MB);
    if (bytes > LIMIT_MAX.maxFileSize) {
      return `${label}: at most ${formatSize(LIMIT_MAX.maxFileSize)}, the largest document a backup file can carry and read back. You entered ${formatSize(bytes)}.`;
    }
    if (bytes < 0.1 * MB) return `${label}: at least 0.1 MB.`;
    return bytes;
  }
  const whole = Math.round(n);
  if (whole > LIMIT_MAX[key]) return `${label}: at most ${LIMIT_MAX[key].toLocaleString('en-GB')}.`;
  return Math.max(1, whole);
}
