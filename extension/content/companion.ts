// Runs the companion on a Career Manager page: recognises the page, runs the features that
// apply to it, and follows in-page navigation (content replaced without a reload).

import { signal } from '@preact/signals';
import { h, render } from 'preact';
import browser from 'webextension-polyfill';
import { recognisePage, ruleFor } from '../../core/pages/recognise.ts';
import type { PageDescription, PageKind } from '../../core/pages/types.ts';
import { STEP_IDS, STEP_TITLES } from '../../core/rules/steps.ts';
import {
  DEFAULT_SETTINGS,
  KEYS,
  linkedApplication,
  type Mirror,
  mirrorLimits,
  overlayShown,
  readMirror,
  readOverlayShown,
  readSettings,
  type Settings,
} from '../shared/settings.ts';
import { describePage, OWN_TAGS, readRows } from './extract.ts';
import type { FeatureContext } from './features/feature.ts';
import { FEATURES } from './features/index.ts';
import { Overlay } from './overlay/Overlay.tsx';
import { shadowHost } from './overlay/shadow.ts';
import { OverlayState } from './overlay/state.ts';

const DEBOUNCE_MS = 250;

/**
 * Screens this narrow start with the overlay collapsed: open (about 344px wide, bottom right), it
 * would cover the page's own fields, e.g. Personal Achievements and its counter at 768px.
 */
export const START_COLLAPSED = '(max-width: 1023px)';

function isOwnNode(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && OWN_TAGS.some((tag) => el.tagName === tag || el.closest(tag.toLowerCase()) !== null);
}

/** Starts the companion on this document; returns a function that stops it and removes all it added. */
export function startCompanion(doc: Document): () => void {
  const settings = signal<Settings>(DEFAULT_SETTINGS);
  const mirror = signal<Mirror | null>(null);
  const overlay = new OverlayState();
  // Until the applicant chooses, the overlay is open on wide screens and collapsed on narrower ones.
  const narrow = doc.defaultView?.matchMedia(START_COLLAPSED);
  let chosen = false;
  overlay.expanded.value = !(narrow?.matches ?? false);
  const onWidth = (event: MediaQueryListEvent) => {
    if (!chosen) overlay.expanded.value = !event.matches;
  };
  narrow?.addEventListener('change', onWidth);
  let host: HTMLElement | null = null;
  const cleanups: (() => void)[] = [];
  let signature = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const teardown = () => {
    for (const c of cleanups.splice(0).reverse()) c();
    overlay.clear();
  };

  const context = (kind: PageKind, page: PageDescription): FeatureContext => ({
    doc,
    kind,
    page,
    overlay,
    settings,
    mirror,
    limits: () => mirrorLimits(mirror.value),
    linked: () => linkedApplication(mirror.value, settings.value),
    async observe(obsKind, data) {
      const observation = {
        id: crypto.randomUUID(),
        at: new Date().toISOString(),
        url: doc.location.href,
        applicationId: linkedApplication(mirror.value, settings.value)?.id ?? null,
        kind: obsKind,
        data,
      };
      await browser.runtime.sendMessage({ type: 'observe', observation });
    },
    place(anchor, position, layout = 'inline') {
      const { host: el, mount } = shadowHost(doc, 'proreg-hint');
      if (layout === 'below') el.dataset.below = '';
      anchor.insertAdjacentElement(position, el);
      cleanups.push(() => {
        render(null, mount);
        el.remove();
      });
      return mount;
    },
    intercept(matches, handler) {
      let passing = false;
      const onClick = (event: Event) => {
        if (passing) return;
        const target = event.target instanceof Element ? event.target.closest('button, input[type=submit], a, [role=button]') : null;
        if (!target || isOwnNode(target) || !matches(target)) return;
        event.preventDefault();
        event.stopImmediatePropagation();
        handler(target as HTMLElement, () => {
          // The user chose to go ahead: let the page's own action run, once.
          passing = true;
          try {
            (target as HTMLElement).click();
          } finally {
            passing = false;
          }
        });
      };
      doc.addEventListener('click', onClick, true);
      cleanups.push(() => doc.removeEventListener('click', onClick, true));
    },
  });

  const mountOverlay = () => {
    if (host?.isConnected) return;
    const created = shadowHost(doc, 'proreg-companion');
    host = created.host;
    doc.body.append(host);
    const onToggle = (shown: boolean) => {
      chosen = true;
      overlay.expanded.value = shown;
      // The background keeps the choice, so the next page and a reload open the same way.
      void browser.runtime.sendMessage({ type: 'overlay', shown }).catch(() => undefined);
    };
    render(h(Overlay, { state: overlay, onToggle }), created.mount);
  };

  const refresh = () => {
    if (stopped) return;
    const page = describePage(doc);
    const kind = recognisePage(page);
    const rows = kind === 'checklist' || kind === 'documents' ? readRows(doc).map((r) => [r.title, r.mandatory, r.statusText]) : [];
    const next = JSON.stringify([kind, page, rows, settings.value, mirror.value?.at]);
    if (next === signature && (!kind || host?.isConnected)) return;
    signature = next;
    teardown();
    doc.documentElement.dataset.proregPage = kind ?? 'none';
    if (!kind) {
      host?.remove();
      host = null;
      return;
    }
    mountOverlay();
    const rule = ruleFor(kind);
    overlay.header.value = {
      step: `Step ${STEP_IDS.indexOf(rule.step) + 1} of ${STEP_IDS.length}: ${STEP_TITLES[rule.step]}`,
      page: rule.name,
    };
    const ctx = context(kind, page);
    for (const feature of FEATURES) {
      if (feature.pages !== 'all' && !feature.pages.includes(kind)) continue;
      if (feature.hint && !settings.value.hints) continue;
      try {
        const cleanup = feature.run(ctx);
        if (cleanup) cleanups.push(cleanup);
      } catch (error) {
        // One feature failing on a changed page must not take the others down.
        console.warn(`ProReg Companion: ${feature.id} did not run`, error);
      }
    }
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(refresh, DEBOUNCE_MS);
  };

  const observer = new MutationObserver((records) => {
    const theirs = records.some((r) => !isOwnNode(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOwnNode));
    if (theirs) schedule();
  });
  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-selected', 'hidden'],
  });
  window.addEventListener('popstate', schedule);
  window.addEventListener('hashchange', schedule);

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    // A choice made in another tab applies here too.
    const shown = KEYS.overlay in changes ? overlayShown(changes[KEYS.overlay]?.newValue) : null;
    if (shown !== null) {
      chosen = true;
      overlay.expanded.value = shown;
    }
    if (KEYS.settings in changes || KEYS.mirror in changes) void load();
  };
  browser.storage.onChanged.addListener(onStorage);

  let choiceRead = false;
  const load = async () => {
    if (!choiceRead) {
      choiceRead = true;
      const shown = await readOverlayShown();
      if (shown !== null) {
        chosen = true;
        overlay.expanded.value = shown;
      }
    }
    settings.value = await readSettings();
    mirror.value = await readMirror();
    refresh();
  };
  void load();

  return () => {
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
    narrow?.removeEventListener('change', onWidth);
    window.removeEventListener('popstate', schedule);
    window.removeEventListener('hashchange', schedule);
    browser.storage.onChanged.removeListener(onStorage);
    teardown();
    host?.remove();
    delete doc.documentElement.dataset.proregPage;
  };
}
