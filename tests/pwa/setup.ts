// Every DOM test gets a fresh, in-memory IndexedDB.
import 'fake-indexeddb/auto';
import { configure } from '@testing-library/preact';

// findBy… waits for what the user would see; on a loaded 2-core machine a screen can take more
// than the default second to settle. This is patience, not a timing assertion.
configure({ asyncUtilTimeout: 5000 });
