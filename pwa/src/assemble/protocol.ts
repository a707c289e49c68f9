// Messages between the workbook and the assembler's Web Worker. The worker keeps nothing between
// requests: every request carries the Blobs it needs (cheap to pass: the bytes are not copied).
import type { BuiltPage } from '../../../core/types.ts';
import type { SourceKind } from './inputs.ts';

export interface SourceFile {
  name: string;
  kind: SourceKind;
  blob: Blob;
}

/** One page of a source as the worker found it. */
export interface PageInfo {
  /** Points (1/72 inch), as shown (after the page's own rotation). */
  width: number;
  height: number;
  /** Whether the page carries text (kept as text, never turned into a picture). */
  hasText: boolean;
  /** A small JPEG picture of the page, or null when it could not be drawn. */
  thumbnail: Blob | null;
}

export type Request =
  | { type: 'inspect'; id: number; source: SourceFile }
  | { type: 'build'; id: number; sources: SourceFile[]; pages: BuiltPage[]; limit: number }
  | { type: 'render'; id: number; pdf: Blob; page: number; scale: number };

export interface BuildOutcome {
  bytes: Uint8Array;
  /** Size of the pages put together as they are, before any picture was reduced. */
  plainSize: number;
  /** Index into SHRINK_STEPS of the step used, or null when nothing had to be reduced. */
  step: number | null;
  /** Whether the file is within the limit. */
  fits: boolean;
  /** Pictures reduced. */
  reducedImages: number;
  /** Problems that did not stop the build (a picture that could not be read, …). */
  notes: string[];
}

export type Reply =
  | { type: 'page'; id: number; index: number; count: number; info: PageInfo }
  | { type: 'inspected'; id: number; count: number; note: string | null }
  | { type: 'progress'; id: number; fraction: number; text: string }
  | { type: 'built'; id: number; outcome: BuildOutcome }
  | { type: 'rendered'; id: number; image: Blob; width: number; height: number }
  | { type: 'failed'; id: number; message: string };
