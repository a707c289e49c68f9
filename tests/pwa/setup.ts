// Every DOM test gets a fresh, in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { lazyLoadsSettled } from '../../pwa/src/ui/lazy.tsx';

// findBy… waits for what the user would see; on a loaded 2-core machine a screen can take more
// than the default second to settle. This is patience, not a timing assertion.
configure({ asyncUtilTimeout: 5000 });

// Code a screen started loading on demand (the evidence tools) must arrive before the test's
// environment is torn down, or its late import fails the run.
afterEach(() => lazyLoadsSettled());
