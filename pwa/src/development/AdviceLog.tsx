// The advice log: who advised what, about which version, and what the applicant did. Mentor
// review comments join it by themselves; what the applicant writes about one is kept with it.
import { useSignal } from '@preact/signals';
import { isCalendarDate } from '../../../core/application/dates.ts';
import { adviceNewestFirst, describeVersion, syncReviewAdvice } from '../../../core/development/advice.ts';
import { ADVISER_KINDS, adviserLabel } from '../../../core/development/constants.ts';
import type { AdviceEntry, AdviceVersion } from '../../../core/development/types.ts';
import { anchorLabel } from '../../../core/exchange/anchors.ts';
import type { Application } from '../../../core/types.ts';
import { type CommentRow, liveComments } from '../db/reviews.ts';
import { useLive } from '../state/live.ts';
import { FormError } from '../ui/FormError.tsx';
import { Select, TextArea, TextField } from '../ui/fields.tsx';
import { formatDate } from '../ui/format.ts';
import { PrintButton } from './print.tsx';
import { SavedText } from './SavedText.tsx';
import { type DevelopmentHandle, newId, todayIso } from './state.ts';

export function AdviceLog({ dev, app }: { dev: DevelopmentHandle; app: Application }) {
  const rows = useLive(() => liveComments(app.id), [app.id], [] as CommentRow[]);
  const describe = (c: CommentRow['data']) => anchorLabel(app, c.comment.anchor);
  const log = adviceNewestFirst(
    syncReviewAdvice(
      dev.data.value!.advice,
      rows.value.map((r) => r.data),
      describe,
    ),
  );
  const adding = useSignal(false);
  const respond = (entry: AdviceEntry, response: string) =>
    void dev.change((d) => {
      // A mentor comment is stored in the log the first time the applicant answers it.
      const synced = syncReviewAdvice(
        d.advice,
        rows.value.map((r) => r.data),
        describe,
      );
      return { ...d, advice: synced.map((e) => (e.id === entry.id ? { ...e, response } : e)) };
    });
  return (
    <div class="advice" id="advice-log">
      <p>
        Advice from advisers, mentors and supporters can differ. Note who said what, about which version, and what you did: it shows where
        advice conflicts. Mentor comments you import appear here by themselves.
      </p>
      <PrintButton target="advice-log" label="Print the advice log" />{' '}
      {!adding.value && (
        <button type="button" onClick={() => (adding.value = true)}>
          Add advice
        </button>
      )}
      {adding.value && <AdviceForm dev={dev} app={app} onDone={() => (adding.value = false)} />}
      {log.length === 0 ? (
        <p>No advice recorded yet.</p>
      ) : (
        <ul class="plain">
          {log.map((e) => (
            <li key={e.id} class="card">
              <p>
                <strong>
                  {adviserLabel(e.who)}
                  {e.name && `: ${e.name}`}
                </strong>{' '}
                · {formatDate(e.date)} · about {describeVersion(e.version)}
                {e.source.kind === 'review' && ' · from a mentor review'}
              </p>
              <p class="prose">{e.advice}</p>
              <SavedText
                label={`What you did about it (${adviserLabel(e.who)}, ${formatDate(e.date)})`}
                value={e.response}
                rows={2}
                onSave={(v) => respond(e, v)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function AdviceForm({ dev, app, onDone }: { dev: DevelopmentHandle; app: Application; onDone(): void }) {
  const who = useSignal<AdviceEntry['who']>('adviser');
  const name = useSignal('');
  const date = useSignal(todayIso());
  const advice = useSignal('');
  const versionKind = useSignal<'lock' | 'export' | 'unknown'>(app.lock ? 'lock' : 'unknown');
  const exportDate = useSignal('');
  const problems = useSignal<{ message: string }[]>([]);
  const save = async (e: Event) => {
    e.preventDefault();
    const found: { message: string }[] = [];
    if (!isCalendarDate(date.value) || date.value > todayIso())
      found.push({ message: 'Enter the date the advice was given (not in the future).' });
    if (!advice.value.trim()) found.push({ message: 'Say what the advice was.' });
    if (versionKind.value === 'export' && !isCalendarDate(exportDate.value))
      found.push({ message: 'Enter the date of the export the advice was about.' });
    problems.value = found;
    if (found.length) return;
    const version: AdviceVersion =
      versionKind.value === 'lock' && app.lock
        ? { kind: 'lock', sha256: app.lock.sha256 }
        : versionKind.value === 'export'
          ? { kind: 'export', date: exportDate.value }
          : { kind: 'unknown' };
    const entry: AdviceEntry = {
      id: newId(),
      who: who.value,
      name: name.value.trim(),
      date: date.value,
      advice: advice.value.trim(),
      version,
      response: '',
      source: { kind: 'manual' },
    };
    if (await dev.change((d) => ({ ...d, advice: [...d.advice, entry] }))) onDone();
  };
  return (
    <form class="card" onSubmit={save} aria-label="New advice">
      <FormError reasons={problems.value} title="The advice was not saved:" />
      <Select
        label="Who advised you"
        value={who.value}
        options={ADVISER_KINDS.map((k) => ({ value: k.id, label: k.label }))}
        onValue={(v) => (who.value = v as AdviceEntry['who'])}
      />
      <TextField label="Their name" value={name.value} onValue={(v) => (name.value = v)} />
      <TextField label="When" type="date" value={date.value} onValue={(v) => (date.value = v)} />
      <TextArea label="What they advised" rows={3} value={advice.value} onValue={(v) => (advice.value = v)} />
      <Select
        label="Which version of your application it was about"
        value={versionKind.value}
        options={[
          ...(app.lock ? [{ value: 'lock', label: `The locked version (${app.lock.sha256.slice(0, 8)})` }] : []),
          { value: 'export', label: 'An export of a given date' },
          { value: 'unknown', label: 'Not recorded' },
        ]}
        onValue={(v) => (versionKind.value = v as 'lock' | 'export' | 'unknown')}
      />
      {versionKind.value === 'export' && (
        <TextField label="Date of that export" type="date" value={exportDate.value} onValue={(v) => (exportDate.value = v)} />
      )}
      <p class="actions">
        <button type="submit">Save advice</button>{' '}
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </p>
    </form>
  );
}
