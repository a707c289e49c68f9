// The assembler's Web Worker: reads sources, builds the file and draws pages, so the workbook's
// own thread stays free (typing elsewhere stays smooth). Cancel ends the worker itself.
import { build } from './build.ts';
import { inspect } from './inspect.ts';
import { drawPage, openPdf } from './pdfjs.ts';
import type { Reply, Request } from './protocol.ts';
import { SourceProblem } from './readPdf.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const reply = (message: Reply, transfer: Transferable[] = []) => scope.postMessage(message, transfer);

async function render(id: number, pdf: Blob, index: number, scale: number): Promise<void> {
  const task = openPdf(new Uint8Array(await pdf.arrayBuffer()));
  try {
    const doc = await task.promise;
    const page = await doc.getPage(index + 1);
    const canvas = await drawPage(page, scale);
    const image = await canvas.convertToBlob({ type: 'image/png' });
    reply({ type: 'rendered', id, image, width: canvas.width, height: canvas.height });
    canvas.width = canvas.height = 0;
  } finally {
    await task.destroy();
  }
}

async function handle(request: Request): Promise<void> {
  switch (request.type) {
    case 'inspect': {
      const { count, note } = await inspect(request.source, (index, total, info) =>
        reply({ type: 'page', id: request.id, index, count: total, info }),
      );
      reply({ type: 'inspected', id: request.id, count, note });
      return;
    }
    case 'build': {
      const outcome = await build(request.sources, request.pages, request.limit, (fraction, text) =>
        reply({ type: 'progress', id: request.id, fraction, text }),
      );
      reply({ type: 'built', id: request.id, outcome }, [outcome.bytes.buffer]);
      return;
    }
    case 'render':
      await render(request.id, request.pdf, request.page, request.scale);
      return;
  }
}

// One request at a time, in order: memory stays bounded by one source or one build.
let queue: Promise<void> = Promise.resolve();
scope.onmessage = (event: MessageEvent<Request>) => {
  const request = event.data;
  queue = queue.then(() =>
    handle(request).catch((error: unknown) => {
      const message =
        error instanceof SourceProblem
          ? error.message
          : `Something went wrong while working on the files (${error instanceof Error ? error.message : String(error)}). Nothing stored was changed.`;
      reply({ type: 'failed', id: request.id, message });
    }),
  );
};
