import { render } from 'preact';
import { App } from './App.tsx';
import { preloadRoute } from './routes.ts';
import { route, watchRoute } from './state/route.ts';
import 'virtual:design.css';
import './styles.css';

// The screen on show (its code, or for the list its data) loads alongside the shell. Dexie and
// what runs on it (the newer-version watch, the limits) come next: at once for an application's
// screens, which need them, and after the first read for the list, which does not.
const screenLoaded = preloadRoute(route.value);
const startStorage = () => void import('./db/start.ts').then((m) => m.startStorage());
if (route.value.name === 'applications') void screenLoaded.then(startStorage);
else startStorage();
watchRoute();

render(<App />, document.getElementById('app')!);

// What the first screen does not need waits until its code is in and the page is idle: the
// bridge with the companion extension, the request for persistent storage and the service
// worker (offline use and updates). Messages for the bridge that arrive before its code are
// held for it, not lost.
const early: MessageEvent[] = [];
const hold = (event: MessageEvent) => early.push(event);
window.addEventListener('message', hold);
const later = (work: () => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(work, { timeout: 1000 }) : setTimeout(work, 200);
void screenLoaded.then(() =>
  later(() => {
    void import('./bridge/start.ts').then((m) => {
      window.removeEventListener('message', hold);
      m.startBridge(early);
    });
    void import('./state/storage.ts').then((m) => m.requestPersistence());
    void import('./sw/register.ts').then((m) => m.registerServiceWorker());
    // What a tab closed or reloaded with unsaved text left behind is merged (db/unsaved.ts).
    void import('./state/recover.ts').then((m) => m.recoverUnsavedEdits());
  }),
);
