// Post-mortem tool benchmark (needs a production build in dist/: `npm run build`).
// 1. The page's initial JavaScript: every script the page loads until the network is idle, gzipped.
//    Target: at most 90 KB, React included.
// 2. A keystroke in the title with 300 timeline entries and 50 action items: time from the dispatch
//    to React's commit (performance marks the island sets when window.__pmBench is true), median of
//    N keystrokes. Target: under 16 ms. The preview re-renders in a deferred commit after that; its
//    time is printed too, without a target.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import type { Incident, TimelineEntry } from '../../src/core/schema.ts';
import { initialState, makeDraft } from '../../src/islands/postmortem/state.ts';
import { STORAGE_KEY, serialiseDrafts } from '../../src/islands/postmortem/storage.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const PAGE = 'tools/postmortem/';
const JS_BUDGET_KB = 90;
const KEYSTROKE_BUDGET_MS = 16;
const KEYSTROKES = 40;

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

/** A large incident: 300 timeline entries a minute apart and 50 action items. */
function bigIncident(example: Incident): Incident {
  const start = Date.parse('2026-03-12T03:00:00Z');
  const timeline: TimelineEntry[] = Array.from({ length: 300 }, (_, i) => ({
    time: new Date(start + i * 60_000).toISOString().replace('.000Z', 'Z'),
    author: ['Alice', 'Bob', 'Carol', 'Dave'][i % 4]!,
    text: `Step ${i + 1}: checked the connection pool and the API latency dashboard`,
    kind: i % 25 === 0 ? 'status' : 'note',
  }));
  const actionItems = Array.from({ length: 50 }, (_, i) => ({
    task: `Action ${i + 1}: add monitoring for pool ${i + 1}`,
    owner: i % 7 === 0 ? '' : 'Bob',
    priority: (['P0', 'P1', 'P2', 'P3'] as const)[i % 4]!,
    due: i % 5 === 0 ? '' : '2026-04-01',
    type: 'prevent' as const,
    status: 'todo' as const,
  }));
  return { ...example, timeline, actionItems };
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export default async function bench(): Promise<void> {
  if (!existsSync(join(DIST, PAGE, 'index.html'))) {
    throw new Error(`no production build of /${PAGE} in dist/. Fix: run \`npm run build\` first.`);
  }
  const example = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'inc-0001.json'), 'utf8'),
  ) as Incident;
  const { server, url } = await serve(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // 1. Initial JavaScript.
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Set<string>();
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
    });
    await page.goto(url + PAGE, { waitUntil: 'networkidle' });
    let totalGzip = 0;
    const rows: string[] = [];
    for (const path of scripts) {
      const file = join(DIST, path);
      if (!existsSync(file)) continue;
      const bytes = readFileSync(file);
      const gz = gzipSync(bytes, { level: 9 }).length;
      totalGzip += gz;
      rows.push(
        `  ${path.padEnd(48)} ${(bytes.length / 1024).toFixed(1).padStart(7)} KB raw ${(gz / 1024).toFixed(1).padStart(6)} KB gzip`,
      );
    }
    const jsKb = totalGzip / 1024;
    console.log(`Initial JavaScript of /${PAGE} (${scripts.size} files, everything loaded until the network is idle):`);
    console.log(rows.join('\n'));
    console.log(`  total ${jsKb.toFixed(1)} KB gzip; target <= ${JS_BUDGET_KB} KB: ${jsKb <= JS_BUDGET_KB ? 'PASS' : 'FAIL'}`);
    await context.close();

    // 2. Keystroke with a large draft.
    const big = initialState(makeDraft('bench', 'Benchmark draft', 'Asia/Bangkok', bigIncident(example)));
    const stored = serialiseDrafts(big);
    const ctx2 = await browser.newContext();
    await ctx2.addInitScript(
      ([key, value]) => {
        (window as unknown as { __pmBench: boolean }).__pmBench = true;
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [STORAGE_KEY, stored],
    );
    const p2 = await ctx2.newPage();
    await p2.goto(url + PAGE, { waitUntil: 'networkidle' });
    const title = p2.getByLabel('Title', { exact: true });
    await title.waitFor();
    await p2.waitForFunction(() => document.querySelectorAll('.pm-entry').length === 300);
    await title.click();
    await title.press('End');
    const commits: number[] = [];
    const previews: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      await p2.evaluate(() => performance.clearMeasures());
      await p2.keyboard.type(String.fromCharCode(97 + (i % 26)));
      const times = await p2.waitForFunction(
        () => {
          const commit = performance.getEntriesByName('pm-commit', 'measure')[0];
          const preview = performance.getEntriesByName('pm-preview-commit', 'measure')[0];
          return commit && preview ? [commit.duration, preview.duration] : null;
        },
        undefined,
        { timeout: 10_000 },
      );
      const [commit, preview] = (await times.jsonValue()) as [number, number];
      commits.push(commit);
      previews.push(preview);
    }
    const m = median(commits);
    console.log(`\nKeystroke in the title with 300 timeline entries and 50 action items (Chromium, ${KEYSTROKES} keystrokes):`);
    console.log(
      `  dispatch -> React commit of the edit: median ${m.toFixed(2)} ms, max ${Math.max(...commits).toFixed(2)} ms; target < ${KEYSTROKE_BUDGET_MS} ms: ${m < KEYSTROKE_BUDGET_MS ? 'PASS' : 'FAIL'}`,
    );
    console.log(
      `  dispatch -> deferred preview commit (Markdown re-rendered): median ${median(previews).toFixed(2)} ms, max ${Math.max(...previews).toFixed(2)} ms (no target)`,
    );
    await ctx2.close();
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) await bench();
