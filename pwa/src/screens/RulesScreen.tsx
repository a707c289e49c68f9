// Rules: every rule the workbook checks against that nobody could confirm, or that public sources
// disagree about — which items and documents are mandatory, supporters needed, the per-file
// limit, page guides — each with where it comes from, each switchable. The workbook's gates, the
// companion's overlay and exports follow what is set here. Loaded only when opened.
import { useSignal } from '@preact/signals';
import { useEffect, useId, useRef } from 'preact/hooks';
import { RULE_DEFAULTS } from '../../../core/rules/adjustable.ts';
import { CATEGORY_IDS, ROUTE_IDS, ROUTES } from '../../../core/rules/categories.ts';
import { DEFAULT_LIMITS, LIMIT_TITLES } from '../../../core/rules/limits.ts';
import { provenanceWords, type RuleRow, ruleRows } from '../../../core/rules/rule-list.ts';
import type { CategoryId, Limits, RouteId } from '../../../core/types.ts';
import { saveLimitChanges, saveLimitOverrides, saveSwitch, saveSwitchOverrides } from '../db/store.ts';
import { LIMIT_MAX } from '../state/limits.ts';
import { limitOverrides } from '../state/rule-choices.ts';
import { rules } from '../state/rules.ts';
import { FormError } from '../ui/FormError.tsx';
import { Select, TextField } from '../ui/fields.tsx';
import { formatSize } from '../ui/format.ts';

const MB = 1024 * 1024;
const EVERYWHERE = 'every';

export function RulesScreen() {
  useEffect(() => {
    document.title = 'Rules — ProReg Companion';
  }, []);
  const where = useSignal(EVERYWHERE);
  const [category, route] = where.value === EVERYWHERE ? [] : (where.value.split('/') as [CategoryId, RouteId]);
  const here = category && route ? { category, route } : undefined;
  const switches = ruleRows(rules.value, here ? { where: here } : {}).filter((r) => r.kind === 'switch');
  return (
    <section aria-labelledby="rules-title">
      <h2 id="rules-title">Rules</h2>
      <p>
        The workbook checks your application against the rules below. Nobody could confirm them, or public sources disagree about them, so
        each says where it comes from. Career Manager marks what it really needs (mandatory checklist items are shown in orange): if it
        differs, change the rule here. The workbook's checks, the companion on Career Manager pages and your exports all follow.
      </p>
      <Select
        label="Show the rules for"
        value={where.value}
        onValue={(v) => (where.value = v)}
        options={[
          { value: EVERYWHERE, label: 'Every category and route' },
          ...CATEGORY_IDS.flatMap((c) => ROUTE_IDS.map((r) => ({ value: `${c}/${r}`, label: `${c}, ${ROUTES[r].title.toLowerCase()}` }))),
        ]}
      />
      <h3>Mandatory items and documents</h3>
      <p>Ticked: the workbook holds the lock until it is done. Not ticked: it is optional.</p>
      <ul class="rules">
        {switches.map((row) => (
          <SwitchRule key={row.id} row={row} />
        ))}
      </ul>
      <h3>Numbers</h3>
      <LimitsForm />
      <h3>Start again</h3>
      <RestoreAll />
    </section>
  );
}

function SwitchRule({ row }: { row: RuleRow }) {
  const id = useId();
  // Keep only what differs from the default, so a later change of default reaches everyone else.
  const set = (on: boolean) => void saveSwitch(row.id, on === RULE_DEFAULTS.switches[row.id] ? null : on);
  return (
    <li class="card">
      <div class="field check">
        <input
          id={id}
          type="checkbox"
          checked={row.on === true}
          aria-describedby={`${id}-source`}
          onChange={(e) => set((e.currentTarget as HTMLInputElement).checked)}
        />
        <label for={id}>{row.title} is mandatory</label>
      </div>
      <p class="hint" id={`${id}-source`}>
        Applies to {row.where}. {provenanceWords(row)}
        {row.changed ? ' — you changed this.' : '.'} {row.source}
      </p>
    </li>
  );
}

const LIMIT_KEYS = Object.keys(DEFAULT_LIMITS) as (keyof Limits)[];

function LimitsForm() {
  const rows = new Map(ruleRows(rules.value, { allLimits: true }).map((r) => [r.id, r]));
  const stored = () => Object.fromEntries(LIMIT_KEYS.map((k) => [k, toField(k, rules.value[k])]));
  const text = useSignal<Record<string, string>>(stored());
  // What the fields showed when last in step with storage: a field still showing that is not being edited.
  const synced = useRef(text.value);
  const message = useSignal<string | null>(null);
  const refused = useSignal<{ message: string }[]>([]);
  useEffect(() => {
    // Follow changes saved elsewhere (another tab, a reset), but never overwrite what is being typed.
    const next = stored();
    text.value = Object.fromEntries(LIMIT_KEYS.map((k) => [k, text.value[k] === synced.current[k] ? next[k]! : text.value[k]!]));
    synced.current = next;
  }, [limitOverrides.value]);

  const refuse = (words: string) => {
    refused.value = [{ message: words }];
  };
  const save = async (e: Event) => {
    e.preventDefault();
    message.value = null;
    // Only the fields changed here are written: a limit another tab saved meanwhile is kept.
    const changes: Partial<Record<keyof Limits, number | null>> = {};
    const values = {} as Limits;
    for (const k of LIMIT_KEYS) {
      const checked = checkLimit(k, text.value[k] ?? '');
      if (typeof checked === 'string') return refuse(`${checked} Nothing was changed.`);
      values[k] = checked;
      if (text.value[k] !== synced.current[k]) changes[k] = checked === DEFAULT_LIMITS[k] ? null : checked;
    }
    if (values.careerPagesMin > values.careerPagesMax) {
      return refuse(`${LIMIT_TITLES.careerPagesMin} is more than ${LIMIT_TITLES.careerPagesMax.toLowerCase()}. Nothing was changed.`);
    }
    refused.value = [];
    if (await saveLimitChanges(changes)) message.value = 'Limits saved.';
  };
  const reset = async () => {
    refused.value = [];
    if (await saveLimitOverrides({})) message.value = 'Limits back to their defaults.';
  };

  return (
    <form onSubmit={save}>
      {LIMIT_KEYS.map((k) => {
        const row = rows.get(k)!;
        return (
          <TextField
            key={k}
            type="number"
            step={k === 'maxFileSize' ? '0.1' : '1'}
            min="0"
            label={k === 'maxFileSize' ? `${LIMIT_TITLES[k]} (MB)` : LIMIT_TITLES[k]}
            hint={`${provenanceWords(row)}: ${row.source} Default ${formatLimit(k, DEFAULT_LIMITS[k])}${k === 'maxFileSize' ? `; at most ${formatSize(LIMIT_MAX.maxFileSize)}` : ''}.`}
            value={text.value[k] ?? ''}
            onValue={(v) => (text.value = { ...text.value, [k]: v })}
          />
        );
      })}
      <button type="submit">Save limits</button>
      <button type="button" onClick={() => void reset()}>
        Restore default limits
      </button>
      <FormError reasons={refused.value} title="The limits were not saved:" />
      <div role="status">{message.value && <p>{message.value}</p>}</div>
    </form>
  );
}

function RestoreAll() {
  const message = useSignal<string | null>(null);
  const restore = async () => {
    if ((await saveSwitchOverrides({})) && (await saveLimitOverrides({}))) message.value = 'Every rule is back to its default.';
  };
  return (
    <>
      <button type="button" onClick={() => void restore()}>
        Restore every rule to its default
      </button>
      <div role="status">{message.value && <p>{message.value}</p>}</div>
    </>
  );
}

/** A limit's value for people: "0.5 MB" for the file size, a plain number otherwise. */
function formatLimit(key: keyof Limits, value: number): string {
  return key === 'maxFileSize' ? formatSize(value) : value.toLocaleString('en-GB');
}

function toField(key: keyof Limits, value: number): string {
  return key === 'maxFileSize' ? String(Math.round((value / MB) * 10) / 10) : String(value);
}

/** The value to store for what was typed, or why it cannot be (in plain words). */
function checkLimit(key: keyof Limits, typed: string): number | string {
  const n = Number(typed.trim());
  const label = LIMIT_TITLES[key];
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
