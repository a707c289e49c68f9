// Content script on Career Manager pages (the default host, and hosts the user added in the
// options); only pages it recognises get an overlay. Built as one classic script (no loader, no
// chunks the page could fetch). A newer copy of this script, after an extension update, takes over.
import { api } from '../shared/api.ts';
import { startCompanion } from './companion.ts';
import { claimPage } from './lifecycle.ts';

let stop: () => void = () => undefined;
claimPage(document.documentElement, document, api.runtime.getManifest().version, () => stop());
stop = startCompanion(document);
document.documentElement.dataset.proregCompanion = 'ready';
