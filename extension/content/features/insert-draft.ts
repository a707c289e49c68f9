// "Insert my draft": beside a role's Responsibilities and Personal Achievements, a button that
// fills that one field from the workbook's drafts mirror, for the role the applicant picked. Only
// a real click or key press does it (see dom.ts); the draft text is nowhere on the page until
// then, and text already in the field is replaced only after the applicant confirms.
import { fieldKind, sameRole } from '../../../core/pages/fields.ts';
import { h } from '../dom.ts';
import { type FieldOnPage, readFields } from '../extract.ts';
import type { App } from '../store.ts';
import type { Feature, FeatureContext } from './feature.ts';
import { roleOptionLabel } from './role-option.ts';

type Role = App['roles'][number];

/** Sets a field's value the way typing would, so the page's own scripts notice. */
function fillField(control: HTMLTextAreaElement | HTMLInputElement, text: string): void {
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

function insert(ctx: FeatureContext, field: FieldOnPage, text: string): void {
  const control = field.control as HTMLTextAreaElement;
  if (control.value.trim() === '' || control.value === text) {
    fillField(control, text);
    return;
  }
  ctx.panel.ask({
    title: `Replace the text in ${field.label}?`,
    body: () =>
      h('p', null, `${field.label} already has text in Career Manager. Inserting your draft replaces it; what is there now is not kept.`),
    actions: [{ label: 'Replace with my draft', primary: true, run: () => fillField(control, text) }],
    cancelLabel: 'Keep my text',
  });
}

export const insertDraft: Feature = {
  id: 'insert-draft',
  pages: ['role'],
  run(ctx) {
    const app = ctx.linked;
    const fields = readFields(ctx.doc);
    const targets = fields.filter((f) => f.control.tagName === 'TEXTAREA' && fieldKind(f.label) !== 'other');
    if (!app || app.roles.length === 0 || targets.length === 0) return undefined;
    const onPage = { employer: fieldValue(fields, /employer/i), title: fieldValue(fields, /job title|role title|position/i) };
    const matched = app.roles.find((r) => sameRole(onPage, r));
    let chosen: Role = matched ?? app.roles[0]!;
    const buttons: { button: HTMLButtonElement; kind: 'responsibilities' | 'achievements' }[] = [];
    const says = () =>
      matched
        ? `Drafts from your workbook role at ${chosen.employer}.`
        : 'No workbook role has this employer and job title; choose which drafts to use.';
    const status = h('p', { class: 'count' });
    const enable = () => {
      for (const { button, kind } of buttons) button.disabled = chosen[kind].trim() === '';
      status.textContent = says();
    };

    for (const field of targets) {
      const kind = fieldKind(field.label) as 'responsibilities' | 'achievements';
      // The draft is read at the moment of the click, for the role chosen then: one field, one role.
      const button = h(
        'button',
        { type: 'button', onClick: () => insert(ctx, field, chosen[kind]) },
        'Insert my draft',
        h('span', { class: 'sr' }, ` of ${field.label}`),
      );
      buttons.push({ button, kind });
      // Right after the field it fills, on a line of its own: Career Manager's form does not move.
      ctx.place(field.control, 'afterend', 'below').append(button);
    }
    enable();

    const select = h(
      'select',
      {
        id: 'proreg-role',
        onChange: () => {
          chosen = app.roles.find((r) => r.id === select.value) ?? chosen;
          enable();
        },
      },
      app.roles.map((r, i) => h('option', { value: r.id, selected: r === chosen }, roleOptionLabel(r, i))),
    );
    return ctx.panel.addSection({
      id: 'insert-draft',
      order: 20,
      title: 'Your drafts',
      render: () => [
        status,
        h('label', { for: 'proreg-role' }, 'Workbook role to take drafts from'),
        select,
        h('p', { class: 'count' }, 'Nothing is filled in until you press "Insert my draft" beside a field.'),
      ],
    });
  },
};
