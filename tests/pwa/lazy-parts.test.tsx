// A part of the workbook whose code cannot be fetched (offline before the service worker had it)
// says so and can be tried again; a tool inside a screen shows nothing while it loads, a whole
// part says it is loading.

import { act, fireEvent, render, screen } from '@testing-library/preact';
import { expect, test } from 'vitest';
import { lazy } from '../../pwa/src/ui/lazy.tsx';

function Shown({ label }: { label: string }) {
  return <p>{label}</p>;
}

test('a tool that could not be loaded says which, keeps the screen, and loads on Try again', async () => {
  let fail = true;
  const CoverageMap = lazy(() => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(Shown)), 'coverage map');
  const { container } = render(<CoverageMap label="Coverage: 12 of 17" />);
  // Nothing while loading: the screen around it does not jump.
  expect(container.textContent).toBe('');
  const alert = await screen.findByRole('alert');
  expect(alert.textContent).toContain('The coverage map could not be loaded. Your work is safe on this device.');
  fail = false;
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
  });
  await screen.findByText('Coverage: 12 of 17');
  expect(screen.queryByRole('alert')).toBeNull();
});

test('a whole part says it is loading, then shows', async () => {
  let arrive: (c: typeof Shown) => void = () => undefined;
  const Part = lazy(() => new Promise<typeof Shown>((resolve) => (arrive = resolve)));
  render(<Part label="The screen" />);
  expect(screen.getByText('Loading…')).toBeTruthy();
  await act(async () => arrive(Shown));
  await screen.findByText('The screen');
});
