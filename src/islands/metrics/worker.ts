/// <reference lib="webworker" />
// The calculator's Web Worker: reads the input, imports and computes off the main thread, so a large
// export never freezes the page. The page cancels by terminating this worker and starting a new one.
import { DEFAULT_SEVERITY_MAPPING, SOURCES } from '../../core/import/index.ts';
import { SEVERITY_IDS } from '../../core/schema.ts';
import { InputError, MetricsSession } from './engine.ts';
import type { FromWorker, InputSpec, ToWorker } from './protocol.ts';

const scope = self as unknown as DedicatedWorkerGlobalScope;
const session = new MetricsSession();

function send(message: FromWorker): void {
  scope.postMessage(message);
}

class HttpError extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status}`);
    this.status = status;
  }
}

async function readInput(input: InputSpec): Promise<{ text: string; name: string }> {
  if (input.kind === 'text') return { text: input.text, name: input.name };
  if (input.kind === 'file') return { text: await input.file.text(), name: input.file.name };
  const response = await fetch(input.url);
  if (!response.ok) throw new HttpError(response.status);
  return { text: await response.text(), name: input.name };
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'defaults':
      send({
        type: 'defaults',
        id: message.id,
        sources: SOURCES.map((s) => ({ id: s.id, label: s.label })),
        mapping: structuredClone(DEFAULT_SEVERITY_MAPPING),
        severities: [...SEVERITY_IDS],
      });
      return;
    case 'run': {
      if (message.input) {
        send({ type: 'progress', id: message.id, stage: 'read', fraction: 0 });
        const { text, name } = await readInput(message.input);
        session.setInput(text, name);
      }
      const outcome = session.run(message, (stage, fraction) => send({ type: 'progress', id: message.id, stage, fraction }));
      send({ type: 'result', id: message.id, ...outcome });
      return;
    }
    case 'page':
      send({ type: 'page', id: message.id, ...session.page(message.sort, message.page, message.pageSize) });
      return;
    case 'export':
      send({
        type: 'export',
        id: message.id,
        format: message.format,
        text: message.format === 'csv' ? session.exportCsv() : session.exportJson(),
      });
      return;
  }
}

// One message at a time, in order: a recompute sent while a new file is still being read must wait
// for that file, or it would compute on the previous input.
let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<ToWorker>) => {
  queue = queue
    .then(() => handle(event.data))
    .catch((error: unknown) => {
      send({
        type: 'error',
        id: event.data.id,
        message: error instanceof Error ? error.message : String(error),
        ...(error instanceof HttpError ? { status: error.status } : {}),
        ...(error instanceof InputError ? { detected: error.detected } : {}),
        ...(error instanceof InputError && error.question ? { question: error.question } : {}),
      });
    });
};
