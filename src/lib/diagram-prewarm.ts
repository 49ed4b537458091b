// Draws the site's diagrams on a second thread at the start of a build, while the main thread syncs
// content, so the Markdown plugin and the pages find them drawn instead of drawing each in turn (about
// a second of a cold build, on a core that is mostly idle then). Results pass through the same keys
// and disk cache as diagram-cache.ts, so pages get the same bytes either way. A diagram the worker did
// not list, could not draw or has not reached yet is drawn by its page, as without the worker.
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { drawingAhead, type AheadDrawings, type Stored } from './diagram-cache.ts';

export type PrewarmMessage =
  { type: 'listed'; keys: string[] } | { type: 'drawn'; key: string; stored: Stored } | { type: 'failed'; key: string };

/** Where the worker looks for diagrams: content/docs (fences) and content/data (escalation). */
export interface PrewarmSources {
  docsDir: string;
  dataDir: string;
}

/**
 * Starts the worker and announces its drawings to the diagram cache. `finished` settles when the
 * worker has ended; `stop()` ends it early.
 */
export function prewarmDiagrams(
  sources: PrewarmSources = { docsDir: join(process.cwd(), 'content/docs'), dataDir: join(process.cwd(), 'content/data') },
): { finished: Promise<void>; stop(): Promise<void> } {
  const worker = new Worker(new URL('./diagram-prewarm-worker.ts', import.meta.url), { workerData: sources });
  // Never keeps a build's process alive.
  worker.unref();
  const waiting = new Map<string, (stored: Stored | undefined) => void>();
  let listed!: (drawings: AheadDrawings) => void;
  drawingAhead(new Promise((resolve) => (listed = resolve)));
  worker.on('message', (message: PrewarmMessage) => {
    if (message.type === 'listed') {
      const drawings: AheadDrawings = new Map();
      for (const key of message.keys) drawings.set(key, new Promise((resolve) => waiting.set(key, resolve)));
      listed(drawings);
    } else {
      waiting.get(message.key)?.(message.type === 'drawn' ? message.stored : undefined);
      waiting.delete(message.key);
    }
  });
  // Whatever the worker did not finish, the pages draw themselves.
  const finished = new Promise<void>((resolve) => {
    worker.once('exit', () => {
      listed(new Map());
      for (const done of waiting.values()) done(undefined);
      waiting.clear();
      resolve();
    });
  });
  // An error in the worker also ends it ('exit' follows); the build does not depend on it.
  worker.on('error', () => {});
  return {
    finished,
    stop: async () => {
      await worker.terminate();
      await finished;
    },
  };
}
