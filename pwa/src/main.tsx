import { render } from 'preact';
import { App } from './App.tsx';
import { startBridge } from './bridge/start.ts';
import { db } from './db/database.ts';
import { watchForNewerVersion } from './db/status.ts';
import { flushOnLeave } from './state/draft.ts';
import { watchLimits } from './state/limits.ts';
import { watchRoute } from './state/route.ts';
import { requestPersistence } from './state/storage.ts';
import { registerServiceWorker } from './sw/register.ts';
import './styles.css';

watchForNewerVersion(db);
watchRoute();
watchLimits();
flushOnLeave();
void requestPersistence();
registerServiceWorker();
startBridge();

render(<App />, document.getElementById('app')!);
