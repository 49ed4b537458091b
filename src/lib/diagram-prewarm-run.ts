// The work of the diagram worker (diagram-prewarm-worker.ts): lists the site's diagrams, then
// validates and draws each through the disk cache, posting every result as it comes.
import { parentPort, workerData } from 'node:worker_threads';
import { loadHandbookData } from '../data/load.ts';
import { diagramCacheKey, prepareDiagram } from './diagram-cache.ts';
import { dataDiagrams, docsDiagrams, type DiagramSource } from './diagram-sources.ts';
import type { PrewarmMessage, PrewarmSources } from './diagram-prewarm.ts';

const { docsDir, dataDir } = workerData as PrewarmSources;
const post = (message: PrewarmMessage) => parentPort!.postMessage(message);

const diagrams: DiagramSource[] = docsDiagrams(docsDir);
try {
  diagrams.push(...dataDiagrams(loadHandbookData(dataDir)));
} catch {
  // Bad organisation data fails the build elsewhere, with every problem named.
}
const distinct = new Map<string, DiagramSource>();
for (const diagram of diagrams) {
  const key = diagramCacheKey(diagram.source);
  if (key && !distinct.has(key)) distinct.set(key, diagram);
}
post({ type: 'listed', keys: [...distinct.keys()] });
for (const [key, { source, origin }] of distinct) {
  const prepared = await prepareDiagram(source, origin);
  post(prepared ? { type: 'drawn', key, stored: prepared.stored } : { type: 'failed', key });
}
