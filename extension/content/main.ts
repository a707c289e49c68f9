// Content script on Career Manager pages (any page under theiet.org; only pages it recognises
// get an overlay). A newer copy of this script, after an extension update, takes over.
import browser from 'webextension-polyfill';
import { startCompanion } from './companion.ts';
import { claimPage } from './lifecycle.ts';

let stop: () => void = () => undefined;
claimPage(document.documentElement, document, browser.runtime.getManifest().version, () => stop());
stop = startCompanion(document);
document.documentElement.dataset.proregCompanion = 'ready';
