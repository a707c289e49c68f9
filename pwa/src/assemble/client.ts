// The workbook's side of the assembler's worker: one request at a time as promises, progress as
// callbacks, and Cancel, which ends the worker (a fresh one starts for the next request).
import type { BuiltPage } from '../../../core/types.ts';
import type { BuildOutcome, PageInfo, Reply, Request, SourceFile } from './protocol.ts';

/** Thrown to the waiting caller when the applicant pressed Cancel. */
export class Cancelled extends Error {
  override name = 'Cancelled';
}

/** A refusal or failure from the worker, already in words for the applicant. */
class WorkFailed extends Error {
  override name = 'WorkFailed';
}

type Pending = { resolve(reply: Reply): void; reject(error: Error): void; onReply(reply: Reply): void };
type Distribute<T> = T extends unknown ? Omit<T, 'id'> : never;

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

function ensureWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'assembler' });
  worker.onmessage = (event: MessageEvent<Reply>) => {
    const message = event.data;
    const waiting = pending.get(message.id);
    if (!waiting) return;
    if (message.type === 'page' || message.type === 'progress') return waiting.onReply(message);
    pending.delete(message.id);
    if (message.type === 'failed') waiting.reject(new WorkFailed(message.message));
    else waiting.resolve(message);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new WorkFailed('The assembler stopped unexpectedly (the device may be short of memory). Nothing stored was changed.'));
  };
  return worker;
}

function fail(error: Error): void {
  worker?.terminate();
  worker = null;
  for (const waiting of pending.values()) waiting.reject(error);
  pending.clear();
}

function send(request: Distribute<Request>, onReply: (reply: Reply) => void = () => {}): Promise<Reply> {
  const id = nextId++;
  return new Promise<Reply>((resolve, reject) => {
    pending.set(id, { resolve, reject, onReply });
    ensureWorker().postMessage({ ...request, id });
  });
}

/** Stops whatever the worker is doing; every waiting caller gets Cancelled. */
export function cancelWork(): void {
  fail(new Cancelled('Cancelled.'));
}

/** Reads a source: its pages arrive one by one through `onPage`. */
export async function inspectSource(
  source: SourceFile,
  onPage: (index: number, count: number, info: PageInfo) => void,
): Promise<{ count: number; note: string | null }> {
  const done = await send({ type: 'inspect', source }, (reply) => {
    if (reply.type === 'page') onPage(reply.index, reply.count, reply.info);
  });
  if (done.type !== 'inspected') throw new WorkFailed('Unexpected reply.');
  return { count: done.count, note: done.note };
}

/** Builds one PDF from the pages, shrunk to `limit` bytes when it can be done legibly. */
export async function buildPdf(
  sources: SourceFile[],
  pages: BuiltPage[],
  limit: number,
  onProgress: (fraction: number, text: string) => void,
): Promise<BuildOutcome> {
  const done = await send({ type: 'build', sources, pages, limit }, (reply) => {
    if (reply.type === 'progress') onProgress(reply.fraction, reply.text);
  });
  if (done.type !== 'built') throw new WorkFailed('Unexpected reply.');
  return done.outcome;
}

/** A page of a PDF drawn at `scale` (1 = 72 dots per inch), as a PNG. */
export async function renderPage(pdf: Blob, page: number, scale: number): Promise<{ image: Blob; width: number; height: number }> {
  const done = await send({ type: 'render', pdf, page, scale });
  if (done.type !== 'rendered') throw new WorkFailed('Unexpected reply.');
  return done;
}
