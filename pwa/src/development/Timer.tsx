// A stopwatch for practice: start, pause, reset. The ticking clock is not announced (it would
// drown a screen reader); pausing announces the time reached.
import { useSignal } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { clock } from '../../../core/development/presentation.ts';

export function useStopwatch() {
  const elapsed = useSignal(0);
  const running = useSignal(false);
  const started = useRef(0);
  const before = useRef(0);
  useEffect(() => {
    if (!running.value) return;
    started.current = Date.now();
    const t = setInterval(() => {
      elapsed.value = before.current + Math.floor((Date.now() - started.current) / 1000);
    }, 250);
    return () => clearInterval(t);
  }, [running.value]);
  return {
    elapsed,
    running,
    start() {
      if (!running.value) running.value = true;
    },
    pause() {
      if (!running.value) return;
      before.current += Math.floor((Date.now() - started.current) / 1000);
      elapsed.value = before.current;
      running.value = false;
    },
    reset() {
      running.value = false;
      before.current = 0;
      elapsed.value = 0;
    },
  };
}

export function StopwatchControls({ watch, what }: { watch: ReturnType<typeof useStopwatch>; what: string }) {
  return (
    <div class="timer">
      <p class="clock" aria-hidden="true">
        {clock(watch.elapsed.value)}
      </p>
      <p class="actions">
        {watch.running.value ? (
          <button type="button" onClick={watch.pause}>
            Pause the {what} timer
          </button>
        ) : (
          <button type="button" onClick={watch.start}>
            {watch.elapsed.value > 0 ? 'Resume' : 'Start'} the {what} timer
          </button>
        )}{' '}
        <button type="button" onClick={watch.reset}>
          Reset the {what} timer
        </button>
      </p>
      <p role="status" class="visually-hidden">
        {!watch.running.value && watch.elapsed.value > 0 ? `Timer paused at ${clock(watch.elapsed.value)}` : ''}
      </p>
    </div>
  );
}
