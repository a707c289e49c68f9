// Loads the development parts of the workbook on demand: they are never in its start path (the
// service worker precaches them, so they still open offline).
import { useSignal } from '@preact/signals';
import type { FunctionComponent } from 'preact';
import { useEffect } from 'preact/hooks';
import type { Application } from '../../../core/types.ts';

type Module = typeof import('../development/DevelopmentScreen.tsx');
let loaded: Module | null = null;

function useDevelopmentModule() {
  const ready = useSignal(loaded);
  const failed = useSignal(false);
  useEffect(() => {
    if (ready.value) return;
    import('../development/DevelopmentScreen.tsx').then(
      (m) => {
        loaded = m;
        ready.value = m;
      },
      () => {
        failed.value = true;
      },
    );
  }, []);
  return { ready, failed };
}

/** One of the development module's components, shown once the module has loaded. */
function Loaded<P extends object>({ pick, props }: { pick(m: Module): FunctionComponent<P>; props: P }) {
  const { ready, failed } = useDevelopmentModule();
  if (failed.value) return <p role="alert">This part of the workbook could not be loaded. Reload the page to try again.</p>;
  if (!ready.value) return <p>Loading…</p>;
  const Component = pick(ready.value);
  return <Component {...props} />;
}

export function DevelopmentLoader({ app, which }: { app: Application; which: 'development' | 'interview' }) {
  return <Loaded pick={(m) => (which === 'development' ? m.DevelopmentScreen : m.InterviewScreen)} props={{ app }} />;
}

/** The CPD log's summary for the checklist's professional development item. */
export function CpdSummaryLoader({
  app,
  onCopy,
  disabled,
}: {
  app: Application;
  onCopy(records: Application['development']): void;
  disabled: boolean;
}) {
  return <Loaded pick={(m) => m.CpdChecklistSummary} props={{ app, onCopy, disabled }} />;
}
