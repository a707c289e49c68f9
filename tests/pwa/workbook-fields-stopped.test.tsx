// Every kind of field stops taking edits once a newer tab has stopped this one saving, even
// though the fields skip redraws when their own props have not changed (fields.tsx memoField):
// text fields and text areas turn read-only (their text can still be copied), check boxes and
// selects disabled. Nothing else changes in between, so only the signal can redraw them.
import { act, render, screen } from '@testing-library/preact';
import { afterEach, expect, test } from 'vitest';
import { newerVersionElsewhere } from '../../pwa/src/db/status.ts';
import { Checkbox, Select, TextArea, TextField } from '../../pwa/src/ui/fields.tsx';

afterEach(() => {
  newerVersionElsewhere.value = false;
});

const keep = () => {};

test('text fields, text areas, check boxes and selects stop taking edits when a newer tab stops this one saving', async () => {
  render(
    <>
      <TextField label="Full name" value="Ada" onValue={keep} />
      <TextArea label="Role 1: Responsibilities" value="Typed, not saved yet" onValue={keep} grow />
      <Checkbox label="I still work here" checked={false} onChange={keep} />
      <Select
        label="Registration category"
        value="CEng"
        onValue={keep}
        options={[
          { value: 'CEng', label: 'CEng' },
          { value: 'IEng', label: 'IEng' },
        ]}
      />
    </>,
  );
  const name = screen.getByLabelText('Full name') as HTMLInputElement;
  const area = screen.getByLabelText('Role 1: Responsibilities') as HTMLTextAreaElement;
  const check = screen.getByLabelText('I still work here') as HTMLInputElement;
  const select = screen.getByLabelText('Registration category') as HTMLSelectElement;
  expect([name.readOnly, area.readOnly, check.disabled, select.disabled]).toEqual([false, false, false, false]);

  await act(async () => {
    newerVersionElsewhere.value = true;
  });
  expect([name.readOnly, area.readOnly, check.disabled, select.disabled]).toEqual([true, true, true, true]);
  // Read-only, not disabled: what is in them can still be selected and copied.
  expect([name.disabled, area.disabled]).toEqual([false, false]);
  expect(area.value).toBe('Typed, not saved yet');

  // And back, should the signal clear (a test, or a reload that finds no newer tab).
  await act(async () => {
    newerVersionElsewhere.value = false;
  });
  expect([name.readOnly, area.readOnly, check.disabled, select.disabled]).toEqual([false, false, false, false]);
});
