// Runs the companion on a Career Manager page: checks the page is on a Career Manager host,
// recognises it, runs the features that apply to it, and follows in-page navigation (content
// replaced without a reload).
import type { ItemHint, Verdict } from '../../core/pages/recognise.ts';
import type { PageDescription, PageKind } from '../../core/pages/types.ts';
import type { StepId } from '../../core/types.ts';
import { api } from '../shared/api.ts';
import { isCareerManagerOrigin } from '../shared/hosts.ts';
import { KEYS, linkedApplication, overlayShown } from '../shared/settings.ts';
import { h } from './dom.ts';
import { describePage, OWN_TAGS, readMarker } from './extract.ts';
import type { FeatureContext, Kept } from './features/feature.ts';
import { FEATURES } from './features/index.ts';
import { Panel } from './overlay/panel.ts';
import { type OwnTag, shadowHost } from './overlay/shadow.ts';
import { rawPage } from './page-shape.ts';
import { type RowOnPage, readRows } from './rows.ts';
import { limitsOf, readStored, type Stored } from './store.ts';

const DEBOUNCE_MS = 250;

/**
 * Screens this narrow start with the panel collapsed: open (about 344px wide, bottom right), it
 * would cover the page's own fields, e.g. Personal Achievements and its counter at 768px.
 */
const START_COLLAPSED = '(max-width: 1023px)';

/** Hands the page as built, with the companion's reading, to the background, which anonymises it and shows it in a tab. */
function lookWrong(page: PageDescription, seen: Verdict): void {
  const rows = seen.kind === 'checklist' || seen.kind === 'documents' ? readRows(document) : [];
  const { url: _, ...cues } = page;
  const shape = {
    page: rawPage(document, rows),
    recognition: { kind: seen.kind, matched: seen.matched, scores: seen.scores },
    cues,
    rows: rows.map(({ title, mandatory, status, statusText }) => ({ title, mandatory, status, statusText })),
  };
  void api.runtime.sendMessage({ type: 'shape', shape }).catch(() => undefined);
}

function isOwnNode(node: Node): boolean {
  const el = node instanceof Element ? node : node.parentElement;
  return !!el && OWN_TAGS.some((tag) => el.closest(tag.toLowerCase()) !== null);
}

/** Starts the companion on a page; returns a function that removes everything it added. */
export function startCompanion(doc: Document): () => void {
  const view = doc.defaultView!;
  // Closed shadow roots are known only to the companion: keep them to find our own focused buttons.
  const roots = new WeakMap<Element, ShadowRoot>();
  const own = (tag: OwnTag) => {
    const made = shadowHost(doc, tag);
    roots.set(made.host, made.mount.getRootNode() as ShadowRoot);
    return made;
  };
  let stored: Stored | null = null;
  // Until the applicant chooses, the panel is open on wide screens and collapsed on narrower ones.
  const narrow = view.matchMedia(START_COLLAPSED);
  let chosen = false;
  let expanded = !narrow.matches;
  let host: HTMLElement | null = null;
  let panel: Panel | null = null;
  const cleanups: (() => void)[] = [];
  let signature = '';
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const setExpanded = (shown: boolean) => {
    expanded = shown;
    panel?.setExpanded(shown);
  };
  const onWidth = (event: MediaQueryListEvent) => {
    if (!chosen) setExpanded(!event.matches);
  };
  narrow.addEventListener('change', onWidth);

  const teardown = () => {
    for (const c of cleanups.splice(0).reverse()) c();
    panel?.clear();
  };

  const context = (
    kind: PageKind,
    step: StepId,
    guidance: string,
    items: readonly ItemHint[],
    page: PageDescription,
    rows: RowOnPage[],
    s: Stored,
  ): FeatureContext => {
    const linked = s.mirror ? linkedApplication(s.mirror.applications, s.settings) : null;
    return {
      doc,
      kind,
      step,
      guidance,
      items,
      page,
      rows,
      marks: s.marks[kind] ?? [],
      mark(titles) {
        s.marks[kind] = titles;
        void api.runtime.sendMessage({ type: 'marks', page: kind, titles }).catch(() => undefined);
      },
      panel: panel!,
      settings: s.settings,
      limits: limitsOf(s.mirror),
      linked,
      async observe(obsKind, data) {
        const observation = {
          id: crypto.randomUUID(),
          at: new Date().toISOString(),
          url: doc.location.href,
          applicationId: linked?.id ?? null,
          kind: obsKind,
          data,
        };
        const reply = (await api.runtime.sendMessage({ type: 'observe', observation }).catch(() => null)) as Kept | null | undefined;
        // Anything but the background's own "kept" (a refusal answers nothing) is reported as not kept.
        return reply?.stored === true ? { stored: true, paired: reply.paired === true } : null;
      },
      place(anchor, position, layout = 'inline') {
        const { host: el, mount } = own('proreg-hint');
        if (layout === 'below') el.dataset.below = '';
        anchor.insertAdjacentElement(position, el);
        cleanups.push(() => el.remove());
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
    };
  };

  const mountPanel = () => {
    if (host?.isConnected && panel) return panel;
    const created = own('proreg-companion');
    host = created.host;
    panel = new Panel(
      created.mount,
      (shown) => {
        chosen = true;
        setExpanded(shown);
        // The background keeps the choice, so the next page and a reload open the same way.
        void api.runtime.sendMessage({ type: 'overlay', shown }).catch(() => undefined);
      },
      (el) => roots.get(el) ?? null,
    );
    panel.setExpanded(expanded);
    doc.body.append(host);
    return panel;
  };

  // Which page this is, is decided in the background, where the rules live; a newer question wins.
  let asked = 0;
  const recognise = (page: PageDescription) =>
    api.runtime.sendMessage({ type: 'recognise', page }).catch(() => null) as Promise<Verdict | null>;
  type Asked = { page: PageDescription; seen: Promise<Verdict | null> };
  const ask = (): Asked => {
    const page = describePage(doc);
    return { page, seen: recognise(page) };
  };
  /** Describes the page and asks which it is; `first` is that question already asked (while storage was read). */
  const refresh = async (first?: Asked) => {
    if (stopped || !stored) return;
    const turn = ++asked;
    const asking = first ?? ask();
    let page = asking.page;
    let seen = await asking.seen;
    // The marker decides this page: read it (only now: it reads every element's colours) and ask again.
    if (seen?.needsMarker && !stopped && turn === asked) {
      page = { ...page, hasOrangeMarker: readMarker(doc) };
      seen = await recognise(page);
    }
    if (stopped || turn !== asked || !seen || seen.needsMarker || !stored) return;
    const kind = seen.kind;
    // Read once, before anything is drawn: the features share them, and no read waits on a layout our writes caused.
    const rows = kind === 'checklist' || kind === 'documents' ? readRows(doc) : [];
    const next = JSON.stringify([
      seen.matched,
      page,
      rows.map((r) => [r.title, r.mandatory, r.statusText, r.status]),
      stored.settings,
      stored.mirror?.at,
    ]);
    if (next === signature && (seen.matched.length === 0 || host?.isConnected)) return;
    signature = next;
    teardown();
    doc.documentElement.dataset.proregPage = kind ?? (seen.matched.length > 1 ? 'ambiguous' : 'none');
    if (seen.matched.length === 0) {
      host?.remove();
      host = null;
      panel = null;
      return;
    }
    const verdict = seen;
    const p = mountPanel();
    // The panel is drawn once, after the header and every feature's section are in.
    p.batch(() => {
      p.setHeader(verdict.header);
      // Last in the panel, on every page it shows on: the applicant can send us the page's shape.
      p.addSection({
        id: 'looks-wrong',
        order: 99,
        title: 'Does this look wrong?',
        render: () => h('button', { type: 'button', onClick: () => lookWrong(page, verdict) }, 'This page looks wrong'),
      });
      // A page that looks like two kinds gets only the plain panel: no feature guesses which.
      if (!kind || !verdict.step || !stored) return;
      const ctx = context(kind, verdict.step, verdict.guidance ?? '', verdict.items, page, rows, stored);
      for (const feature of FEATURES) {
        if (feature.pages !== 'all' && !feature.pages.includes(kind)) continue;
        if (feature.hint && !stored.settings.hints) continue;
        try {
          const cleanup = feature.run(ctx);
          if (cleanup) cleanups.push(cleanup);
        } catch (error) {
          // One feature failing on a changed page must not take the others down.
          console.warn(`ProReg Companion: ${feature.id} did not run`, error);
        }
      }
    });
  };

  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), DEBOUNCE_MS);
  };

  const observer = new MutationObserver((records) => {
    const theirs = records.some((r) => !isOwnNode(r.target) && ![...r.addedNodes, ...r.removedNodes].every(isOwnNode));
    if (theirs) schedule();
  });

  const onStorage = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    // A choice made in another tab applies here too.
    const shown = KEYS.overlay in changes ? overlayShown(changes[KEYS.overlay]?.newValue) : null;
    if (shown !== null) {
      chosen = true;
      setExpanded(shown);
    }
    if (KEYS.settings in changes || KEYS.mirror in changes) void load();
  };

  const load = async () => {
    // On the first load the page is described and its question sent while storage is read: one wait, not two.
    // (The background answers only Career Manager pages; nothing is drawn before the host is checked below.)
    const first = stored ? undefined : ask();
    const next = await readStored();
    if (stopped) return;
    // On a host that is not Career Manager's (or no longer one the user added), draw and record nothing.
    if (!isCareerManagerOrigin(doc.location.origin, next.settings.careerManagerOrigins)) return stop();
    if (!stored && next.shown !== null) {
      chosen = true;
      expanded = next.shown;
    }
    stored = next;
    await refresh(first);
  };

  function stop(): void {
    if (stopped) return;
    stopped = true;
    clearTimeout(timer);
    observer.disconnect();
    narrow.removeEventListener('change', onWidth);
    view.removeEventListener('popstate', schedule);
    view.removeEventListener('hashchange', schedule);
    api.storage.onChanged.removeListener(onStorage);
    teardown();
    host?.remove();
    delete doc.documentElement.dataset.proregPage;
  }

  observer.observe(doc.documentElement, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['aria-selected', 'hidden'],
  });
  view.addEventListener('popstate', schedule);
  view.addEventListener('hashchange', schedule);
  api.storage.onChanged.addListener(onStorage);
  void load();
  return stop;
}
