// Building a file to download, shared by the backup and the export: one at a time, saying so.
import { useSignal } from '@preact/signals';
import { guardedWrite } from '../db/status.ts';
import { flushAll } from '../state/draft.ts';
import type { ShownIssue } from './ui.tsx';

/**
 * State for a download button. `run(make)` saves pending edits, then calls `make`, which downloads
 * and returns the notice to show, or returns the problems that stopped it. While it runs, the
 * button is busy and `preparing` is shown (a large file takes a while). The button is marked
 * aria-disabled, not disabled, so focus stays on it; `run` ignores clicks while busy.
 */
export function useDownload(preparing: string) {
  const busy = useSignal(false);
  const notice = useSignal('');
  const problems = useSignal<ShownIssue[]>([]);
  const run = async (make: () => Promise<string | ShownIssue[]>) => {
    if (busy.value) return;
    busy.value = true;
    notice.value = preparing;
    problems.value = [];
    try {
      await flushAll();
      await guardedWrite(async () => {
        const result = await make();
        if (typeof result === 'string') notice.value = result;
        else problems.value = result;
      });
    } finally {
      busy.value = false;
      if (notice.value === preparing) notice.value = '';
    }
  };
  return { busy, notice, problems, run };
}
