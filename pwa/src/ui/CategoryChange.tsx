// Category and route of an application. Changing either says first what it would change (a
// document no longer used, an interview location dropped) and asks in the shared dialog.
import { useSignal } from '@preact/signals';
import { categoryChangeEffects } from '../../../core/application/category-change.ts';
import { setCategory, setRoute } from '../../../core/application/edit.ts';
import { CATEGORIES, ROUTES } from '../../../core/rules/categories.ts';
import type { Application, CategoryId, RouteId } from '../../../core/types.ts';
import type { Draft } from '../state/draft.ts';
import { rules } from '../state/rules.ts';
import { ConfirmDialog } from './ConfirmDialog.tsx';
import { Select } from './fields.tsx';

interface Proposal {
  category: CategoryId;
  route: RouteId;
  effects: string[];
}

export function CategoryRouteFields({ draft, app, disabled }: { draft: Draft; app: Application; disabled: boolean }) {
  const proposal = useSignal<Proposal | null>(null);
  const apply = (category: CategoryId, route: RouteId) =>
    draft.apply(
      (a, now) => {
        const withCategory = setCategory(a, category, now);
        return withCategory.ok ? setRoute(withCategory.value, route, now) : withCategory;
      },
      { immediate: true },
    );
  const propose = (category: CategoryId, route: RouteId) => {
    const effects = categoryChangeEffects(app, category, route, rules.value);
    if (effects.length === 0) apply(category, route);
    else proposal.value = { category, route, effects };
  };
  const p = proposal.value;
  return (
    <>
      <Select
        label="Registration category"
        value={app.category}
        disabled={disabled}
        onValue={(v) => propose(v as CategoryId, app.route)}
        options={Object.values(CATEGORIES).map((c) => ({ value: c.id, label: c.title }))}
      />
      <Select
        label="Route"
        value={app.route}
        disabled={disabled}
        onValue={(v) => propose(app.category, v as RouteId)}
        options={Object.values(ROUTES).map((r) => ({ value: r.id, label: r.title }))}
      />
      {p && (
        <ConfirmDialog
          title={p.category !== app.category ? `Change to ${p.category}?` : `Change to the ${ROUTES[p.route].title.toLowerCase()}?`}
          confirmLabel="Change it"
          cancelLabel={`Keep ${app.category}, ${ROUTES[app.route].title.toLowerCase()}`}
          onCancel={() => (proposal.value = null)}
          onConfirm={() => {
            proposal.value = null;
            apply(p.category, p.route);
          }}
        >
          <p>This is what changes:</p>
          <ul>
            {p.effects.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </ConfirmDialog>
      )}
    </>
  );
}
