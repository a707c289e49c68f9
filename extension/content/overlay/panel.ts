// The companion panel on recognised Career Manager pages: where the applicant is in the ten
// steps and what is left on this page, sections the page's features add, and at most one dialog.
// Plain DOM in a closed shadow root; collapsible; every control reachable by keyboard.
import { type Child, fill, h } from '../dom.ts';

/** A block of the panel a feature contributes. */
export interface Section {
  id: string;
  /** Lower comes first. */
  order: number;
  title: string;
  render: () => Child;
}

interface DialogAction {
  label: string;
  primary?: boolean;
  /** Runs on click; the dialog closes afterwards unless `keepOpen` (then its body is drawn again). */
  run: () => void | Promise<void>;
  keepOpen?: boolean;
}

/** A modal question a feature asks (e.g. before the page's Lock button does its work). */
export interface DialogSpec {
  title: string;
  body: () => Child;
  actions: DialogAction[];
  /** Escape or the safe button. */
  onCancel?: () => void;
  /** Words on the safe button, which gets focus first; "Cancel" unless given. */
  cancelLabel?: string;
}

export interface Header {
  /** e.g. "Step 3 of 10: Registration checklist". */
  step: string;
  page: string;
}

/** The element that really has focus, looking inside shadow roots (the companion's buttons live in them). */
function deepActiveElement(doc: Document, roots: (el: Element) => ShadowRoot | null): HTMLElement | null {
  let active = doc.activeElement;
  for (let root = active && roots(active); root?.activeElement; root = roots(active!)) active = root.activeElement;
  return active instanceof HTMLElement ? active : null;
}

/**
 * The panel. `roots` finds the shadow root of a companion host (closed roots are known only to
 * the companion), so focus can go back to a companion button a dialog was opened from.
 */
export class Panel {
  private header: Header | null = null;
  private sections: Section[] = [];
  private expanded = true;
  private dialog: HTMLDialogElement | null = null;
  private opener: HTMLElement | null = null;
  private readonly aside: HTMLElement;
  private readonly toggle: HTMLButtonElement;
  private readonly body: HTMLDivElement;
  /** Inside batch(): draws wait until it ends. */
  private held = false;
  private stale = false;

  constructor(
    private readonly mount: HTMLElement,
    private readonly onToggle: (shown: boolean) => void,
    private readonly roots: (el: Element) => ShadowRoot | null,
  ) {
    this.toggle = h('button', { type: 'button', 'aria-controls': 'proreg-body', onClick: () => this.onToggle(!this.expanded) });
    this.body = h('div', { class: 'body', id: 'proreg-body' });
    this.aside = h(
      'aside',
      { 'aria-label': 'ProReg Companion' },
      h('div', { class: 'bar' }, h('h2', null, 'ProReg Companion'), this.toggle),
      this.body,
    );
    this.setExpanded(true);
  }

  setExpanded(shown: boolean): void {
    this.expanded = shown;
    this.aside.className = shown ? 'panel' : 'panel collapsed';
    this.toggle.setAttribute('aria-expanded', String(shown));
    this.toggle.textContent = shown ? 'Hide guidance' : 'Show guidance';
    this.body.hidden = !shown;
  }

  setHeader(header: Header | null): void {
    this.header = header;
    this.draw();
  }

  /** Adds or replaces a section; returns a function that removes it. */
  addSection(section: Section): () => void {
    this.sections = [...this.sections.filter((s) => s.id !== section.id), section].sort((a, b) => a.order - b.order);
    this.draw();
    return () => {
      this.sections = this.sections.filter((s) => s !== section);
      this.draw();
    };
  }

  /** Runs `change` (e.g. every feature adding its section) and draws once at the end, not once per section. */
  batch(change: () => void): void {
    const outer = !this.held;
    this.held = true;
    try {
      change();
    } finally {
      if (outer) {
        this.held = false;
        if (this.stale) this.draw();
      }
    }
  }

  /** Draws the sections again (a feature's content changed). */
  draw(): void {
    this.stale = this.held;
    if (this.held) return;
    if (!this.header) {
      this.mount.replaceChildren();
      return;
    }
    fill(
      this.body,
      h('p', { class: 'step' }, this.header.step),
      h('p', { class: 'count' }, `This page: ${this.header.page}`),
      this.sections.map((s) => h('section', { 'aria-label': s.title }, h('h3', null, s.title), s.render())),
    );
    if (!this.aside.isConnected) this.mount.append(this.aside);
  }

  /** Shows a dialog (replacing any open one); the safe button gets focus first. */
  ask(spec: DialogSpec): void {
    this.closeDialog(false);
    const doc = this.mount.ownerDocument;
    this.opener = deepActiveElement(doc, this.roots);
    const content = h('div');
    const drawBody = () => fill(content, spec.body());
    const cancel = () => {
      spec.onCancel?.();
      this.closeDialog(true);
    };
    const safe = h('button', { type: 'button', onClick: cancel }, spec.cancelLabel ?? 'Cancel');
    const buttons = spec.actions.map((action) =>
      h(
        'button',
        {
          type: 'button',
          class: action.primary ? 'primary' : null,
          onClick: async () => {
            if (!action.keepOpen) this.closeDialog(true);
            await action.run();
            if (action.keepOpen) drawBody();
          },
        },
        action.label,
      ),
    );
    const dialog = h(
      'dialog',
      {
        'aria-labelledby': 'proreg-dialog-title',
        // Escape: the browser's own cancel event, trusted; keep the dialog ours to close.
        onCancel: (e) => {
          e.preventDefault();
          cancel();
        },
      },
      h('h2', { id: 'proreg-dialog-title' }, spec.title),
      content,
      h('div', { class: 'actions' }, buttons, safe),
    );
    drawBody();
    this.dialog = dialog;
    this.aside.append(dialog);
    dialog.showModal();
    // The safe choice gets focus first, so Enter never does the destructive thing by accident.
    safe.focus();
  }

  /** Closes the open dialog; focus goes back to where it was when `giveFocusBack`. */
  closeDialog(giveFocusBack: boolean): void {
    const dialog = this.dialog;
    if (!dialog) return;
    this.dialog = null;
    if (dialog.open) dialog.close();
    dialog.remove();
    const back = this.opener;
    this.opener = null;
    if (giveFocusBack && back?.isConnected) back.focus();
  }

  /** Clears everything a page showed (on navigation). */
  clear(): void {
    this.closeDialog(true);
    this.header = null;
    this.sections = [];
    this.draw();
  }
}
