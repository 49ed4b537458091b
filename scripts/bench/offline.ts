// Offline benchmark: what the service worker precaches from `dist/` (needs `npm run build`), in total
// and by kind, against the budget. Everything in the list is downloaded once, in the background, on a
// reader's first visit; the budget is on that download (gzip, as every static host serves HTML, JS,
// CSS and JSON), and the size stored uncompressed in the browser's Cache Storage is printed beside it.
// It grows with the pages (one HTML file per page per language, each carrying the whole sidebar), the
// Pagefind index (words per language), the tools' JavaScript chunks (the Mermaid runtime for diagrams
// drawn in the browser is the largest) and the precached sample exports.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { precacheManifest } from '../../src/integrations/offline.ts';

const DIST = 'dist';
/** The precache budget for today's content (issue #18): a first visit never downloads more. */
export const PRECACHE_BUDGET_BYTES = 5 * 1024 * 1024;

const KINDS: readonly [kind: string, test: (url: string) => boolean][] = [
  ['pages (HTML)', (url) => url.endsWith('.html')],
  ['search index, English', (url) => url.startsWith('/pagefind/') && /(^|[/.])en_|wasm\.en\./.test(url)],
  ['search index, Thai', (url) => url.startsWith('/pagefind/') && /(^|[/.])th_|wasm\.th\./.test(url)],
  ['search, shared (pagefind.js, worker)', (url) => url.startsWith('/pagefind/')],
  ['JavaScript', (url) => /\.m?js$/.test(url)],
  ['CSS', (url) => url.endsWith('.css')],
  ['fonts', (url) => /\.(woff2?|ttf|otf)$/.test(url)],
  ['sample exports', (url) => url.startsWith('/samples/')],
  ['icons, images, manifests', () => true],
];

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export default async function bench(): Promise<void> {
  if (!existsSync(`${DIST}/index.html`)) throw new Error('no build in dist/; run `npm run build` first');
  const { count, size, manifestEntries, warnings } = await precacheManifest(DIST, '/');
  for (const warning of warnings) console.log(`warning: ${warning}`);
  const sizes = new Map(KINDS.map(([kind]) => [kind, { files: 0, bytes: 0, gzip: 0 }]));
  let download = 0;
  for (const { url } of manifestEntries ?? []) {
    const kind = KINDS.find(([, test]) => test(url))![0];
    const body = readFileSync(`${DIST}${url}`);
    // Images and Pagefind's index files are compressed already; hosts send them as they are.
    const gzip = /\.(png|pf_\w+|pagefind)$/.test(url) ? body.length : gzipSync(body).length;
    const slot = sizes.get(kind)!;
    slot.files += 1;
    slot.bytes += body.length;
    slot.gzip += gzip;
    download += gzip;
  }
  console.log(
    `precache: ${count} files; first-visit download ${mb(download)} (budget ${mb(PRECACHE_BUDGET_BYTES)}); stored ${mb(size)}`,
  );
  for (const [kind, { files, bytes, gzip }] of sizes)
    console.log(`  ${kind}: ${files} files, ${kb(gzip)} download, ${kb(bytes)} stored`);
  if (download > PRECACHE_BUDGET_BYTES) {
    throw new Error(`the precache download of ${mb(download)} is over the budget of ${mb(PRECACHE_BUDGET_BYTES)}`);
  }
}
