// "Insert my draft": beside a role's Responsibilities and Personal Achievements, a button that
// fills the field from the workbook's drafts mirror — only when clicked, and never over text
// already there without asking.

import { signal } from '@preact/signals';
import { h, render } from 'preact';
import type { MirrorApplication } from '../../../core/bridge/schema.ts';
import { fieldKind, sameRole } from '../../../core/pages/fields.ts';
import { type FieldOnPage, readFields } from '../extract.ts';
import type { Feature, FeatureContext } from './feature.ts';
import { roleOptionLabel } from './role-option.ts';

type Draftable = 'responsibilities' | 'achievements';
type MirrorRole = MirrorApplication['roles'][number];

/** Sets a field's value the way typing would, so the page's own scripts notice. */
export function fillField(control: HTMLTextAreaElement | HTMLInputElement, text: string): void {
  const proto = Object.getPrototypeOf(control) as object;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(control, text);
  else control.value = text;
  control.dispatchEvent(new Event('input', { bubbles: true }));
  control.dispatchEvent(new Event('change', { bubbles: true }));
}

function fieldValue(fields: FieldOnPage[], pattern: RegExp): string {
  return fields.find((f) => pattern.test(f.label))?.control.value ?? '';
}

function insert(ctx: FeatureContext, field: FieldOnPage, text: string, label: string): void {
  const control = field.control as HTMLTextAreaElement;
  if (control.value.trim() === '' || control.value === text) {
    fillField(control, text);
    return;
  }
  ctx.overlay.ask({
    title: `Replace the text in ${label}?`,
    body: () =>
      h('p', null, `${label} already has text in Career Manager. Inserting your draft replaces it; what is there now is not kept.`),
    actions: [{ label: 'Replace with my draft', primary: true, run: () => fillField(control, text) }],
    cancelLabel: 'Keep my text',
  });
}

export const insertDraft: Feature = {
  id: 'insert-draft',
  pages: ['role'],
  run(ctx) {
    const app = ctx.linked();
    const fields = readFields(ctx.doc);
    const targets = fields.filter((f) => f.control.tagName === 'TEXTAREA' && fieldKind(f.label) !== 'other');
    if (!app || app.roles.length === 0 || targets.length === 0) return;
    const onPage = { employer: fieldValue(fields, /employer/i), title: fieldValue(fields, /job title|role title|position/i) };
    const chosen = signal<MirrorRole>(app.roles.find((r) => sameRole(onPage, r)) ?? app.roles[0]!);
    const matched = app.roles.some((r) => sameRole(onPage, r));

    for (const field of targets) {
      const kind = fieldKind(field.label) as Draftable;
      // Right after the field it fills, on a line of its own: Career Manager's form does not move.
      const mount = ctx.place(field.control, 'afterend', 'below');
      const Button = () => {
        const text = kind === 'responsibilities' ? chosen.value.responsibilities : chosen.value.achievements;
        return h(
          'button',
          { type: 'button', disabled: text.trim() === '', onClick: () => insert(ctx, field, text, field.label) },
          `Insert my draft`,
          h('span', { class: 'sr' }, ` of ${field.label}`),
        );
      };
      render(h(Button, null), mount);
    }

    return ctx.overlay.addSection({
      id: 'insert-draft',
      order: 20,
      title: 'Your drafts',
      render: () =>
        h(
          'div',
          null,
          h(
            'p',
            { class: 'count' },
            matched
              ? `Drafts from your workbook role at ${chosen.value.employer}.`
              : 'No workbook role has this employer and job title; choose which drafts to use.',
          ),
          h('label', { for: 'proreg-role' }, 'Workbook role to take drafts from'),
          h(
            'select',
            {
              id: 'proreg-role',
              value: chosen.value.id,
              onChange: (e: Event) => {
                const id = (e.currentTarget as HTMLSelectElement).value;
                chosen.value = app.roles.find((r) => r.id === id) ?? chosen.value;
              },
            },
            app.roles.map((r, i) => h('option', { key: r.id, value: r.id }, roleOptionLabel(r, i))),
          ),
          h('p', { class: 'count' }, 'Nothing is filled in until you press "Insert my draft" beside a field.'),
        ),
    });
  },
};
