// The list of applications: create (category and route), rename, delete with confirmation. The
// first screen, so it is drawn by the shell's own code from the first read of the database;
// what it needs only when used (saving, renaming, deleting, the backup reminder) loads then.
import { useSignal } from '@preact/signals';
import { STAGE_WORDS } from '../../../core/design/vocabulary.ts';
import { closeBidi } from '../../../core/text/bidi.ts';
import type { Application, CategoryId, Reason, RouteId } from '../../../core/types.ts';
import { applications, followApplications } from '../db/applications.ts';
import { hrefFor, navigate } from '../state/route.ts';
import { ConfirmDialog } from '../ui/ConfirmDialog.tsx';
import { errorAt, FormError, withFields } from '../ui/FormError.tsx';
import { Select, TextField } from '../ui/fields.tsx';
import { focusIdWhenReady, focusWhenReady } from '../ui/focus.ts';
import { categoryList, routeList, routeTitle } from '../ui/labels.ts';
import { lazy } from '../ui/lazy.tsx';

const BackupReminder = lazy(() => import('../exchange/BackupReminder.tsx').then((m) => m.BackupReminder));
const save = async (app: Application) => (await import('../db/store.ts')).saveApplication(app);

const NAME_EMPTY: Reason = { code: 'name-empty', message: 'Give the application a name, e.g. “CEng 2027”.', step: 'category' };

export function ApplicationsScreen() {
  void followApplications();
  const apps = applications;
  return (
    <>
      {/* Once the list is drawn: the reminder's code (and the database's) loads after the first read. */}
      {apps.value !== undefined && <BackupReminder withButton />}
      <section aria-labelledby="apps-title">
        <h2 id="apps-title">Your applications</h2>
        <p>Everything you prepare stays on this device. You can keep several applications, for example EngTech now and CEng later.</p>
        {apps.value === undefined ? (
          <p>Loading…</p>
        ) : apps.value.length === 0 ? (
          <p>You have no applications yet. Start one below.</p>
        ) : (
          <ul class="apps">
            {apps.value.map((app) => (
              <ApplicationItem key={app.id} app={app} />
            ))}
          </ul>
        )}
        <CreateForm />
        <p>
          <a href={hrefFor({ name: 'import' })}>Import a workbook file or review someone else's application</a>
        </p>
      </section>
    </>
  );
}

function ApplicationItem({ app }: { app: Application }) {
  const mode = useSignal<'view' | 'rename' | 'delete'>('view');
  const name = useSignal(app.name);
  const refused = useSignal<Reason[]>([]);
  const rename = async (e: Event) => {
    e.preventDefault();
    const trimmed = name.value.trim();
    if (!trimmed) {
      refused.value = [NAME_EMPTY];
      return;
    }
    // Renaming and deleting load their code when used: the list is drawn without it.
    const { editApplication } = await import('../../../core/application/edit.ts');
    const result = editApplication(app, { name: trimmed }, new Date().toISOString());
    refused.value = result.ok ? [] : result.reasons;
    if (result.ok && (await save(result.value))) {
      mode.value = 'view';
      focusWhenReady(() => document.querySelector<HTMLElement>(`[data-app="${app.id}"] button`));
    }
  };
  return (
    <li class="app-item" data-app={app.id}>
      <p class="app-summary">
        {/* A name typed with a bidi override left open must not reverse the words after it. */}
        <a href={hrefFor({ name: 'app', id: app.id, screen: 'overview' })}>{closeBidi(app.name)}</a>{' '}
        <span class="app-meta">
          {app.category}, {routeTitle(app.route)} — {STAGE_WORDS[app.stage]}
        </span>
      </p>
      {mode.value !== 'rename' && (
        <span class="actions">
          <button
            type="button"
            aria-label={`Rename ${app.name}`}
            onClick={() => {
              name.value = app.name;
              refused.value = [];
              mode.value = 'rename';
            }}
          >
            Rename
          </button>
          <button type="button" class="danger" aria-label={`Delete ${app.name}`} onClick={() => (mode.value = 'delete')}>
            Delete
          </button>
        </span>
      )}
      {mode.value === 'rename' && (
        <form class="rename" onSubmit={rename}>
          <FormError reasons={withFields(refused.value, { 'name-empty': `rename.${app.id}` })} title="The name was not changed:" />
          <TextField
            label={`New name for ${app.name}`}
            field={`rename.${app.id}`}
            error={refused.value.length ? refused.value[0]?.message : undefined}
            value={name.value}
            onValue={(v) => (name.value = v)}
          />
          <button type="submit">Save name</button>
          <button type="button" onClick={() => (mode.value = 'view')}>
            Cancel
          </button>
        </form>
      )}
      {mode.value === 'delete' && (
        <ConfirmDialog
          title={`Delete ${app.name}?`}
          confirmLabel="Delete for good"
          cancelLabel="Keep it"
          onCancel={() => (mode.value = 'view')}
          onConfirm={async () => {
            const [{ closeDraft }, { deleteApplication }] = await Promise.all([import('../state/draft.ts'), import('../db/remove.ts')]);
            closeDraft(app.id);
            // On a storage failure the dialog closes so the message at the top can be read.
            if (await deleteApplication(app)) focusIdWhenReady('apps-title');
            else mode.value = 'view';
          }}
        >
          <p>
            This removes the application, its career history and its documents from this device. It cannot be undone; export it first if you
            may want it back.
          </p>
        </ConfirmDialog>
      )}
    </li>
  );
}

/** Which field each refusal of the create form is about. */
const CREATE_FIELDS = { 'name-empty': 'create.name' };

function CreateForm() {
  const category = useSignal<CategoryId>('CEng');
  const routeId = useSignal<RouteId>('standard');
  const name = useSignal('');
  const refused = useSignal<Reason[]>([]);
  const create = async (e: Event) => {
    e.preventDefault();
    // A blank name is refused here as it is on rename, so the list never holds a name nobody chose.
    if (!name.value.trim()) {
      refused.value = [NAME_EMPTY];
      return;
    }
    refused.value = [];
    const id = crypto.randomUUID();
    const { newApplication } = await import('../../../core/application/create.ts');
    const app = newApplication({
      id,
      name: name.value.trim(),
      category: category.value,
      route: routeId.value,
      now: new Date().toISOString(),
    });
    if (await save(app)) {
      name.value = '';
      navigate({ name: 'app', id, screen: 'overview' });
    }
  };
  return (
    <form class="card" onSubmit={create} aria-labelledby="create-title">
      <h3 id="create-title">Start an application</h3>
      <FormError reasons={withFields(refused.value, CREATE_FIELDS)} title="The application was not created:" />
      <TextField
        label="Name of the application"
        hint="For your own use, e.g. “CEng 2027”."
        field="create.name"
        error={errorAt(withFields(refused.value, CREATE_FIELDS), 'create.name')}
        value={name.value}
        onValue={(v) => (name.value = v)}
      />
      <Select
        label="Registration category"
        value={category.value}
        onValue={(v) => (category.value = v as CategoryId)}
        options={categoryList().map((c) => ({ value: c.id, label: c.title }))}
      />
      <fieldset>
        <legend>Route</legend>
        {routeList().map((r) => (
          <div class="field check" key={r.id}>
            <input
              type="radio"
              id={`route-${r.id}`}
              name="route"
              value={r.id}
              checked={routeId.value === r.id}
              onChange={() => (routeId.value = r.id)}
            />
            <label for={`route-${r.id}`}>
              {r.title}: {r.summary}
            </label>
          </div>
        ))}
      </fieldset>
      <button type="submit" class="btn-primary">
        Create application
      </button>
    </form>
  );
}
