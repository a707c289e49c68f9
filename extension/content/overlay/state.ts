// The overlay's state, shared by the page features: a header, sections and at most one dialog.
import { signal } from '@preact/signals';
import type { ComponentChildren } from 'preact';

/** A block of the overlay a feature contributes. */
export interface Section {
  id: string;
  /** Lower comes first. */
  order: number;
  title: string;
  render: () => ComponentChildren;
}

export interface DialogAction {
  label: string;
  primary?: boolean;
  /** Runs on click; the dialog closes afterwards unless `keepOpen`. */
  run: () => void | Promise<void>;
  keepOpen?: boolean;
}

/** A modal question a feature asks (e.g. before the page's Lock button does its work). */
export interface DialogSpec {
  title: string;
  body: () => ComponentChildren;
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

/** Everything the overlay shows; features write, the Overlay component reads. */
export class OverlayState {
  readonly header = signal<Header | null>(null);
  readonly sections = signal<Section[]>([]);
  readonly dialog = signal<DialogSpec | null>(null);
  readonly expanded = signal(true);

  /** Adds or replaces a section; returns a function that removes it. */
  addSection(section: Section): () => void {
    this.sections.value = [...this.sections.value.filter((s) => s.id !== section.id), section].sort((a, b) => a.order - b.order);
    return () => {
      this.sections.value = this.sections.value.filter((s) => s !== section);
    };
  }

  /** Shows a dialog (replacing any open one). */
  ask(spec: DialogSpec): void {
    this.dialog.value = spec;
  }

  /** Clears everything a page showed (on navigation). */
  clear(): void {
    this.header.value = null;
    this.sections.value = [];
    this.dialog.value = null;
  }
}
