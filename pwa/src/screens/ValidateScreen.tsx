// Validate and verify: lock (with what a snapshot means), changes since the lock, supporters,
// unlock (with its warning), submit (gated by core), and what happens after submission.
import { useSignal } from '@preact/signals';
import type { ComponentChildren } from 'preact';
import { changesSinceLock } from '../../../core/application/changes.ts';
import { canLock, lock, unlock } from '../../../core/application/lock.ts';
import {
  canSubmit,
  latestStageEntry,
  recordPostSubmission,
  removeLatestStage,
  submit,
  submitWarnings,
} from '../../../core/application/submit.ts';
import { addSupporter, commentsKept, removeSupporter, updateSupporter } from '../../../core/application/supporters.ts';
import { IN_CAREER_MANAGER, SUPPORTER_STATUS_WORDS } from '../../../core/design/vocabulary.ts';
import { POST_SUBMISSION_STAGES } from '../../../core/rules/steps.ts';
import type { Application, PostSubmissionStage, Supporter, SupporterStatus } from '../../../core/types.ts';
import { latestOf, useObservations } from '../bridge/observed.ts';
import type { Draft } from '../state/draft.ts';
import { hrefFor } from '../state/route.ts';
import { rules } from '../state/rules.ts';
import { ConfirmAction } from '../ui/ConfirmAction.tsx';
import { DraftRefusal, draftErrors, errorAt } from '../ui/FormError.tsx';
import { Reasons, Select, TextArea, TextField } from '../ui/fields.tsx';
import { formatDate, formatDateTime, localToday } from '../ui/format.ts';
import { Tag } from '../ui/Tag.tsx';

/** What Career Manager does and the workbook only records: marked as such. */
function InCareerManager() {
  return <Tag tone="external">{IN_CAREER_MANAGER}</Tag>;
}

export function ValidateScreen({ draft, app }: { draft: Draft; app: Application }) {
  return (
    <>
      {app.stage === 'draft' && <LockSection draft={draft} app={app} />}
      {app.stage === 'draft' && app.supporters.length > 0 && <KeptSupporters draft={draft} app={app} />}
      {app.stage !== 'draft' && app.lock && <SnapshotSection app={app} />}
      {app.stage === 'locked' && (
        <>
          <Supporters draft={draft} app={app} />
          <SubmitSection draft={draft} app={app} />
          <UnlockSection draft={draft} app={app} />
        </>
      )}
      {app.stage === 'submitted' && <AfterSubmission draft={draft} app={app} />}
      <History app={app} />
    </>
  );
}

function LockSection({ draft, app }: { draft: Draft; app: Application }) {
  const reasons = canLock(app, rules.value, localToday());
  return (
    <div class="card">
      <div class="card-head">
        <h3 id="lock-title">Lock the application</h3>
        <InCareerManager />
      </div>
      <p>
        In Career Manager you lock the application on the Validate / Verify tab once everything is complete. Only a locked application can
        have supporters.
      </p>
      {reasons.length > 0 ? (
        <Reasons reasons={reasons} title="You cannot lock yet:" />
      ) : (
        <>
          <p>Once you have locked it in Career Manager, record the lock here: the workbook keeps a snapshot to compare against.</p>
          <ConfirmAction
            label="I've locked it in Career Manager — record it"
            tone="external"
            field="lock"
            title="Record the lock in the workbook?"
            confirmLabel="Record the lock and take a snapshot"
            onConfirm={() => draft.apply((a, now) => lock(a, now, rules.value), { immediate: true })}
            focusAfter={() => document.getElementById('snapshot-title')}
          >
            <p>
              <strong>This records the lock in the workbook only.</strong> It does not lock anything in Career Manager: lock there yourself,
              on the Validate / Verify tab.
            </p>
            <p>
              The workbook keeps a snapshot of the application as it is now, with the time and a fingerprint (SHA-256) of its content.
              Career Manager's snapshot works the same way: changes you make to your records after locking are not in it. The workbook will
              list any change you make after the lock so you can tell whether to unlock.
            </p>
          </ConfirmAction>
        </>
      )}
    </div>
  );
}

// After an unlock the supporters stay on the list: they are asked again once the application is locked again.
function KeptSupporters({ draft, app }: { draft: Draft; app: Application }) {
  return (
    <div class="card">
      <h3 id="kept-supporters-title">Supporters from before you unlocked</h3>
      <p>
        Expect them to have to validate again after you lock again (our reading; the guide does not say). You can add more supporters once
        the application is locked.
      </p>
      <ul class="supporters">
        {app.supporters.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong> — {SUPPORTER_STATUS_WORDS[s.status]}{' '}
            <RemoveSupporter draft={draft} supporter={s} focusId="lock-title">
              <p>They are removed from the workbook's list. The comments you kept from them stay in this application's history.</p>
            </RemoveSupporter>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SnapshotSection({ app }: { app: Application }) {
  const snap = app.lock!;
  const changes = app.stage === 'locked' ? changesSinceLock(app) : [];
  return (
    <div class="card">
      <h3 id="snapshot-title">Snapshot</h3>
      <p>Locked on {formatDateTime(snap.at)}.</p>
      {app.stage === 'locked' &&
        (changes.length === 0 ? (
          <p>No changes since the lock: the snapshot matches the application.</p>
        ) : (
          <>
            <p>Changed since the lock (not in the snapshot):</p>
            <ul>
              {changes.map((c) => (
                <li key={c.path}>{c.label}</li>
              ))}
            </ul>
          </>
        ))}
      <details class="technical">
        <summary>Technical detail</summary>
        <p>
          Fingerprint (SHA-256) of the snapshot: <code class="hash">{snap.sha256}</code>
        </p>
      </details>
    </div>
  );
}

function Supporters({ draft, app }: { draft: Draft; app: Application }) {
  const name = useSignal('');
  const relationship = useSignal('');
  const registration = useSignal('');
  const email = useSignal('');
  const errors = draftErrors(draft, 'add-supporter', SUPPORTER_FIELDS);
  const add = (e: Event) => {
    e.preventDefault();
    // Captured now: the change may run again on a newer version after the form has been cleared.
    const person = { name: name.value, relationship: relationship.value, registration: registration.value, email: email.value };
    const done = draft.apply((a, now) => addSupporter(a, person, now), { immediate: true, place: 'add-supporter' });
    if (done) name.value = relationship.value = registration.value = email.value = '';
  };
  return (
    <div class="card">
      <h3 id="supporters-title">Supporters</h3>
      <p>
        Your rules assume {rules.value.supportersRequired} {rules.value.supportersRequired === 1 ? 'supporter' : 'supporters'}: nobody could
        confirm how many Career Manager asks for, so check the Add Supporters tab and{' '}
        <a href={hrefFor({ name: 'rules' })}>change the number under Rules</a> if it differs. Supporters write their own comments in Career
        Manager; do not write them for them.
      </p>
      {app.supporters.length === 0 ? (
        <p>No supporters yet.</p>
      ) : (
        <ul class="supporters">
          {app.supporters.map((s) => (
            <SupporterItem key={s.id} draft={draft} supporter={s} />
          ))}
        </ul>
      )}
      {app.stage === 'locked' && <PreviousSupporters draft={draft} app={app} />}
      <form onSubmit={add} aria-labelledby="add-supporter-title">
        <div class="card-head">
          <h4 id="add-supporter-title">Add a supporter</h4>
          <InCareerManager />
        </div>
        <p class="hint">Add them in Career Manager, then record them here.</p>
        <DraftRefusal draft={draft} place="add-supporter" title="The supporter was not added:" fields={SUPPORTER_FIELDS} />
        <TextField
          label="Supporter's name"
          field="supporters.add"
          error={errorAt(errors, 'supporters.add')}
          value={name.value}
          onValue={(v) => (name.value = v)}
        />
        <TextField label="How they know your work" value={relationship.value} onValue={(v) => (relationship.value = v)} />
        <TextField
          label="Their professional registration (e.g. CEng MIET)"
          value={registration.value}
          onValue={(v) => (registration.value = v)}
        />
        <TextField
          label="Their email address"
          type="email"
          field="supporters.email"
          error={errorAt(errors, 'supporters.email')}
          value={email.value}
          onValue={(v) => (email.value = v)}
        />
        <button type="submit">Add supporter</button>
      </form>
    </div>
  );
}

/** Which field each refusal of the supporter form is about. */
const SUPPORTER_FIELDS = { 'supporter-name-missing': 'supporters.add', 'supporter-duplicate': 'supporters.email' };

/** Supporters from before the last unlock who are not on the application again yet. */
function previousSupporters(app: Application): Supporter[] {
  const last = [...app.history].reverse().find((h) => h.type === 'unlocked');
  if (last?.type !== 'unlocked') return [];
  const same = (a: Supporter, b: Supporter) => a.name === b.name && a.email === b.email;
  return last.supporters.filter((old) => !app.supporters.some((now) => same(old, now)));
}

// After an unlock and a new lock, the same people usually support again: one click each, without
// their old status or comments (we assume Career Manager starts their validation afresh).
function PreviousSupporters({ draft, app }: { draft: Draft; app: Application }) {
  const previous = previousSupporters(app);
  if (previous.length === 0) return null;
  return (
    <div>
      <h4>Supporters before you unlocked</h4>
      <ul>
        {previous.map((s) => (
          <li key={s.id}>
            {s.name} — {s.relationship}{' '}
            <button
              type="button"
              onClick={() =>
                draft.apply(
                  (a, now) =>
                    addSupporter(a, { name: s.name, relationship: s.relationship, registration: s.registration, email: s.email }, now),
                  {
                    immediate: true,
                  },
                )
              }
            >
              Add {s.name} again
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

function SupporterItem({ draft, supporter: s }: { draft: Draft; supporter: Supporter }) {
  const comment = useSignal('');
  const addComment = (e: Event) => {
    e.preventDefault();
    const text = comment.value.trim();
    if (!text) return;
    // Added to the supporter's comments as stored when it runs, not as shown when clicked.
    const done = draft.apply(
      (a, now) =>
        updateSupporter(a, s.id, { comments: [...(a.supporters.find((x) => x.id === s.id)?.comments ?? []), { at: now, text }] }, now),
      { immediate: true },
    );
    if (done) comment.value = '';
  };
  return (
    <li>
      <p>
        <strong>{s.name}</strong> — {s.relationship}
        {s.registration ? `, ${s.registration}` : ''}
        {s.email ? ` (${s.email})` : ''}
      </p>
      <Select
        label={`Status of ${s.name}`}
        field={`supporters.${s.id}.status`}
        value={s.status}
        onValue={(v) => draft.apply((a, now) => updateSupporter(a, s.id, { status: v as SupporterStatus }, now), { immediate: true })}
        options={(Object.keys(SUPPORTER_STATUS_WORDS) as SupporterStatus[]).map((k) => ({ value: k, label: SUPPORTER_STATUS_WORDS[k] }))}
      />
      {s.comments.length > 0 && (
        <ul class="comments" aria-label={`Comments from ${s.name}`}>
          {s.comments.map((c, i) => (
            <li key={i}>
              {formatDateTime(c.at)}: {c.text}
            </li>
          ))}
        </ul>
      )}
      <form onSubmit={addComment}>
        <TextArea
          label={`Comment ${s.name} gave (copy it from Career Manager)`}
          rows={3}
          value={comment.value}
          onValue={(v) => (comment.value = v)}
        />
        <button type="submit">Keep comment from {s.name}</button>
      </form>
      <RemoveSupporter draft={draft} supporter={s} focusId="supporters-title">
        <p>Their status and the comments you kept from them ({s.comments.length}) are removed from the workbook.</p>
      </RemoveSupporter>
    </li>
  );
}

function SubmitSection({ draft, app }: { draft: Draft; app: Application }) {
  const reasons = canSubmit(app, rules.value);
  const warnings = submitWarnings(app);
  return (
    <div class="card">
      <div class="card-head">
        <h3>Submit</h3>
        <InCareerManager />
      </div>
      {reasons.length > 0 ? (
        <Reasons reasons={reasons} title="You cannot submit yet:" />
      ) : warnings.length === 0 ? (
        <p>Everything is in place. Submit in Career Manager, then record it here; the workbook copy becomes read-only.</p>
      ) : (
        <p>Your supporters have validated. Submit in Career Manager, then record it here; the workbook copy becomes read-only.</p>
      )}
      <div class="warnings">
        <Reasons reasons={warnings} title="Before you submit:" />
      </div>
      <ConfirmAction
        label="I've submitted it in Career Manager — record it"
        tone="external"
        field="submit"
        disabled={reasons.length > 0}
        title="Record the submission?"
        confirmLabel="Record the submission"
        cancelLabel="Not yet"
        onConfirm={() => draft.apply((a, now) => submit(a, now, rules.value), { immediate: true })}
        focusAfter={() => document.getElementById('after-title')}
      >
        <p>
          This records that you have submitted the application in Career Manager; do that there first. From now on the workbook copy is
          read-only: you can still read, export and print it, and record the stages after submission, but not change it. This cannot be
          undone.
        </p>
        <Reasons reasons={warnings} title="Before you submit:" />
      </ConfirmAction>
    </div>
  );
}

function UnlockSection({ draft, app }: { draft: Draft; app: Application }) {
  const why = useSignal('');
  return (
    <div class="card">
      <div class="card-head">
        <h3>Unlock</h3>
        <InCareerManager />
      </div>
      <p>Unlock only if supporter feedback means you must change the application.</p>
      <ConfirmAction
        label="Unlock…"
        tone="danger"
        field="unlock"
        title="Unlock the application?"
        confirmLabel="Unlock application"
        cancelLabel="Keep it locked"
        onConfirm={() => {
          // The step may be replayed on top of another tab's save, after the field is cleared.
          const reason = why.value;
          return draft.apply((a, now) => unlock(a, now, reason), { immediate: true, place: 'unlock' });
        }}
        refusalInDialog
        onClose={() => (why.value = '')}
        focusAfter={() => document.getElementById('lock-title')}
      >
        <UnlockKeeps app={app} />
        <p>
          Your supporters stay on the workbook's list, back to “invited”: expect them to have to validate again after you lock again (our
          reading; the guide does not say). Nor does it say whether Career Manager keeps them as supporters: check the Add Supporters tab
          after locking again.
        </p>
        <TextField label="Why you are unlocking" value={why.value} onValue={(v) => (why.value = v)} />
        <DraftRefusal draft={draft} place="unlock" title="The application was not unlocked:" />
      </ConfirmAction>
    </div>
  );
}

/** What an unlock keeps, supporter by supporter: only the comments copied into the workbook, never "all of them". */
function UnlockKeeps({ app }: { app: Application }) {
  const kept = commentsKept(app);
  const missing = kept.filter((k) => k.nothingCopied);
  // What the companion saved from Career Manager since this lock (Overview, "Seen in Career Manager").
  const saved = latestOf(useObservations(app.id), 'supporter-comments');
  const savedNow = saved && app.lock && saved.at >= app.lock.at ? saved : undefined;
  const savedCount = savedNow?.data.supporters.reduce((n, s) => n + s.comments.length, 0) ?? 0;
  return (
    <>
      <p>
        <strong>Career Manager loses your supporters' comments when you unlock.</strong> The workbook keeps the snapshot, and only the
        comments you copied into it{kept.length > 0 ? ':' : '.'}
      </p>
      {kept.length > 0 && (
        <ul aria-label="Comments the workbook keeps">
          {kept.map(({ supporter: s, count, latest }) => (
            <li key={s.id}>
              {s.name} ({SUPPORTER_STATUS_WORDS[s.status]}):{' '}
              {count === 0
                ? 'no comment copied'
                : `${count === 1 ? '1 comment' : `${count} comments`}, the latest added ${formatDateTime(latest!)}`}
            </li>
          ))}
        </ul>
      )}
      {savedNow && (
        <p>
          The companion also saved {savedCount === 1 ? '1 comment' : `${savedCount} comments`} shown in Career Manager on{' '}
          {formatDateTime(savedNow.at)}: they are on the Overview, under “Seen in Career Manager”.
        </p>
      )}
      {missing.length > 0 && (
        <p class="note">
          Nothing from {missing.map((k) => k.supporter.name).join(' and ')} is on their card here
          {savedNow ? ' (check that the companion’s copy above has what they wrote)' : ''}. Add what they wrote in Career Manager to their
          card (“Keep comment from …”) before you unlock, or it is gone.
        </p>
      )}
      {kept.some((k) => k.supporter.status === 'changes-requested') && (
        <p>Check that what each supporter asked you to change is among the comments you copied: the workbook cannot see Career Manager.</p>
      )}
    </>
  );
}

function AfterSubmission({ draft, app }: { draft: Draft; app: Application }) {
  const stage = useSignal<PostSubmissionStage>(POST_SUBMISSION_STAGES[0]!.id);
  const date = useSignal(localToday());
  const note = useSignal('');
  const record = (e: Event) => {
    e.preventDefault();
    const entry = { stage: stage.value, date: date.value, note: note.value };
    const today = localToday();
    if (
      draft.apply((a, now) => recordPostSubmission(a, entry, now, today), {
        immediate: true,
        place: 'record-stage',
      })
    )
      note.value = '';
  };
  const stageErrors = draftErrors(draft, 'record-stage', STAGE_FIELDS);
  const reached = new Map(app.postSubmission.map((e) => [e.stage, e]));
  const latest = latestStageEntry(app);
  const latestTitle = POST_SUBMISSION_STAGES.find((s) => s.id === latest?.stage)?.title;
  return (
    <div class="card">
      <h3 id="after-title">After submission</h3>
      <p>Submitted on {app.submittedAt ? formatDateTime(app.submittedAt) : '—'}. Record each stage as you hear about it.</p>
      <ol class="stages">
        {POST_SUBMISSION_STAGES.map((s) => {
          const e = reached.get(s.id);
          return (
            <li key={s.id}>
              <strong>{s.title}</strong>: {e ? `reached on ${formatDate(e.date)}${e.note ? ` — ${e.note}` : ''}` : 'not yet'}
              <br />
              <span class="hint">{s.summary}</span>
            </li>
          );
        })}
      </ol>
      {latest && latestTitle && (
        <p>
          Recorded a stage by mistake?{' '}
          <ConfirmAction
            label={`Remove ${latestTitle}`}
            tone="danger"
            title={`Remove ${latestTitle}?`}
            confirmLabel={`Remove ${latestTitle} for good`}
            cancelLabel="Keep it"
            fallbackFocusId="after-title"
            onConfirm={() => draft.apply((a, now) => removeLatestStage(a, now), { immediate: true, place: 'record-stage' })}
            focusAfter={() => document.getElementById('after-title')}
          >
            <p>
              The stage “{latestTitle}” ({formatDate(latest.date)}){latest.note ? <> and its note “{latest.note}”</> : null} are removed
              from the workbook. Record it again if you removed it by mistake.
            </p>
          </ConfirmAction>
        </p>
      )}
      <form onSubmit={record} aria-labelledby="record-stage-title">
        <h4 id="record-stage-title">Record a stage</h4>
        <DraftRefusal draft={draft} place="record-stage" title="That stage was not recorded:" fields={STAGE_FIELDS} />
        <Select
          label="Stage reached"
          field="after-submission"
          error={errorAt(stageErrors, 'after-submission')}
          value={stage.value}
          onValue={(v) => (stage.value = v as PostSubmissionStage)}
          options={POST_SUBMISSION_STAGES.map((s) => ({ value: s.id, label: s.title }))}
        />
        <TextField
          label="Date reached"
          type="date"
          field="after-submission.date"
          error={errorAt(stageErrors, 'after-submission.date')}
          value={date.value}
          onValue={(v) => (date.value = v)}
        />
        <TextField label="Note (optional)" value={note.value} onValue={(v) => (note.value = v)} />
        <button type="submit">Record stage</button>
      </form>
    </div>
  );
}

/** Which field each refusal of the stage form is about. */
const STAGE_FIELDS = {
  'stage-unknown': 'after-submission',
  'stage-out-of-order': 'after-submission',
  'date-invalid': 'after-submission.date',
  'date-in-future': 'after-submission.date',
  'date-before-submission': 'after-submission.date',
  'date-before-previous-stage': 'after-submission.date',
};

function History({ app }: { app: Application }) {
  const unlocks = app.history.filter((h) => h.type === 'unlocked');
  if (unlocks.length === 0) return null;
  return (
    <div class="card">
      <h3>Earlier locks</h3>
      <ul>
        {unlocks.map((h, i) => (
          <li key={i}>
            Unlocked on {formatDateTime(h.at)}
            {h.reason ? ` (${h.reason})` : ''}; snapshot of {formatDateTime(h.snapshot.at)} kept.
            {h.supporters.length > 0 && (
              <ul>
                {h.supporters.map((s) => (
                  <li key={s.id}>
                    {s.name} ({SUPPORTER_STATUS_WORDS[s.status]}){s.comments.length > 0 ? ': ' : ''}
                    {s.comments.map((c) => `${c.text} (added ${formatDateTime(c.at)})`).join(' · ')}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Removing a supporter asks first, wherever it is offered; focus then goes to the heading named. */
function RemoveSupporter({
  draft,
  supporter: s,
  focusId,
  children,
}: {
  draft: Draft;
  supporter: Supporter;
  focusId: string;
  children: ComponentChildren;
}) {
  return (
    <ConfirmAction
      label={`Remove supporter ${s.name}`}
      tone="danger"
      title={`Remove ${s.name}?`}
      confirmLabel={`Remove ${s.name}`}
      cancelLabel="Keep them"
      onConfirm={() => draft.apply((a, now) => removeSupporter(a, s.id, now), { immediate: true })}
      focusAfter={() => document.getElementById(focusId)}
    >
      {children}
    </ConfirmAction>
  );
}
