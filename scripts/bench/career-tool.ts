// Career self-assessment benchmark (needs a production build in dist/: `npm run build`).
// The page's initial JavaScript: every script the page loads until the network is idle, gzipped,
// React included. Target: at most 90 KB (stretch: 60 KB). Measured twice: on a first visit, and on a
// return visit with a saved assessment (which also loads the file reader to restore it). The PNG
// export and the share-link code load only when used and are not counted.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Browser } from 'playwright-core';
import { serializeAssessmentFile } from '../../src/core/career/assessment-file.ts';
import { STORAGE_KEY } from '../../src/islands/career/storage.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const PAGE = 'career/assessment/';
const JS_BUDGET_KB = 90;
const JS_STRETCH_KB = 60;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

function serve(root: string): Promise<{ server: Server; url: string }> {
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

/** Gzipped size of every script the page loads until the network is idle, with one row per file. */
async function initialJs(browser: Browser, url: string, stored: string | null): Promise<{ kb: number; rows: string[] }> {
  const context = await browser.newContext();
  if (stored !== null) await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
  const page = await context.newPage();
  const scripts = new Set<string>();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(url + PAGE, { waitUntil: 'networkidle' });
  let total = 0;
  const rows: string[] = [];
  for (const path of scripts) {
    const file = join(DIST, path);
    if (!existsSync(file)) continue;
    const bytes = readFileSync(file);
    const gz = gzipSync(bytes, { level: 9 }).length;
    total += gz;
    rows.push(
      `  ${path.padEnd(56)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`,
    );
  }
  await context.close();
  return { kb: total / 1024, rows };
}

const verdict = (kb: number) =>
  `target <= ${JS_BUDGET_KB} KB: ${kb <= JS_BUDGET_KB ? 'PASS' : 'FAIL'}; stretch <= ${JS_STRETCH_KB} KB: ${kb <= JS_STRETCH_KB ? 'PASS' : 'not met'}`;

export default async function bench(): Promise<void> {
  if (!existsSync(join(DIST, PAGE, 'index.html'))) {
    throw new Error(`no production build of /${PAGE} in dist/. Fix: run \`npm run build\` first.`);
  }
  const { server, url } = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const first = await initialJs(browser, url, null);
    console.log(`Initial JavaScript of /${PAGE}, first visit (everything loaded until the network is idle):`);
    console.log(first.rows.join('\n'));
    console.log(`  total ${first.kb.toFixed(1)} KB gzip; ${verdict(first.kb)}`);
    const saved = serializeAssessmentFile({
      target: 'senior',
      ratings: { 'incident-declare@junior': { value: 'consistently' } },
      snapshots: [],
      shifts: [],
    });
    const again = await initialJs(browser, url, saved);
    console.log(`\nReturn visit with a saved assessment (the file reader loads to restore it):`);
    console.log(again.rows.join('\n'));
    console.log(`  total ${again.kb.toFixed(1)} KB gzip; ${verdict(again.kb)}`);
    if (first.kb > JS_BUDGET_KB)
      throw new Error(`first-visit JavaScript ${first.kb.toFixed(1)} KB gzip is over the ${JS_BUDGET_KB} KB budget`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) await bench();
