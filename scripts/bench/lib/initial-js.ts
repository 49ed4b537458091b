// "Initial JavaScript" of a built page, shared by the tool benchmarks (needs a production build).
// A page's scripts are split at the moment its islands have hydrated (every <astro-island> has lost
// its `ssr` attribute) and the load event has fired:
// - initial: every script requested up to then: what the reader waits for before the page works;
//   this is what the tool budgets (90 KB gzip) are about;
// - deferred: scripts requested after that, until the network is idle: chunks a tool starts on idle
//   right after its first paint (its preview, the service worker's registration), which never delay
//   typing. They are listed and totalled too, so nothing is hidden.
// Sizes are gzip level 9 of the built files, Preact included.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, BrowserContext } from 'playwright-core';

export const DIST = join(import.meta.dirname, '..', '..', '..', 'dist');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** A static server over `root` (a build folder) on a free local port. */
export function serveStatic(root: string): Promise<{ server: Server; url: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(root, path);
    if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
    if (!existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

/** Throws the usual "build first" message when `page` (e.g. `tools/postmortem/`) is not in dist/. */
export function requireBuild(page: string): void {
  if (!existsSync(join(DIST, page, 'index.html')))
    throw new Error(`no production build of /${page} in dist/. Fix: run \`npm run build\` first.`);
}

export interface ScriptSet {
  kb: number;
  rows: string[];
}

export interface InitialJs {
  initial: ScriptSet;
  deferred: ScriptSet;
}

function sizes(paths: Iterable<string>, root: string): ScriptSet {
  let total = 0;
  const rows: string[] = [];
  for (const path of paths) {
    const file = join(root, path);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    rows.push(
      `  ${path.padEnd(64)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`,
    );
  }
  return { kb: total / 1024, rows };
}

/**
 * Opens `url + page` in a new context (prepared by `setup`, e.g. saved data in localStorage) and
 * splits the scripts it loads into initial and deferred (see the top of this file).
 */
export async function measureInitialJs(
  browser: Browser,
  url: string,
  page: string,
  setup?: (context: BrowserContext) => Promise<unknown>,
): Promise<InitialJs> {
  const context = await browser.newContext();
  if (setup) await setup(context);
  // The moment the last island hydrated, on the page's clock (resource timing uses the same origin).
  await context.addInitScript(() => {
    const w = window as unknown as { __hydratedAt?: number };
    const check = () => {
      if (w.__hydratedAt !== undefined || document.readyState !== 'complete') return;
      if (document.querySelector('astro-island[ssr]')) return;
      w.__hydratedAt = performance.now();
    };
    new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['ssr'] });
    addEventListener('load', check);
  });
  const tab = await context.newPage();
  await tab.goto(url + page, { waitUntil: 'networkidle' });
  await tab.waitForFunction(() => (window as unknown as { __hydratedAt?: number }).__hydratedAt !== undefined);
  const { hydratedAt, scripts } = await tab.evaluate(() => ({
    hydratedAt: (window as unknown as { __hydratedAt: number }).__hydratedAt,
    scripts: performance.getEntriesByType('resource').map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
  }));
  await context.close();
  const js = scripts.filter((s) => s.path.endsWith('.js') || s.path.endsWith('.mjs'));
  return {
    initial: sizes(new Set(js.filter((s) => s.start <= hydratedAt).map((s) => s.path)), DIST),
    deferred: sizes(new Set(js.filter((s) => s.start > hydratedAt).map((s) => s.path)), DIST),
  };
}

/** Prints both sets and the verdict against `budgetKb` (judged on the initial set). */
export function printInitialJs(title: string, result: InitialJs, budgetKb: number, stretchKb?: number): boolean {
  const { initial, deferred } = result;
  const ok = initial.kb <= budgetKb;
  console.log(`${title}: initial JavaScript (requested until the islands hydrated and the page loaded):`);
  console.log(initial.rows.join('\n'));
  const stretch = stretchKb === undefined ? '' : `; stretch <= ${stretchKb} KB: ${initial.kb <= stretchKb ? 'PASS' : 'not met'}`;
  console.log(`  initial ${initial.kb.toFixed(1)} KB gzip; target <= ${budgetKb} KB: ${ok ? 'PASS' : 'FAIL'}${stretch}`);
  if (deferred.rows.length) {
    console.log(`  deferred (started after hydration, on idle; loaded before the network was idle):`);
    console.log(deferred.rows.join('\n'));
  }
  console.log(
    `  deferred ${deferred.kb.toFixed(1)} KB gzip; everything until network idle ${(initial.kb + deferred.kb).toFixed(1)} KB gzip`,
  );
  return ok;
}
