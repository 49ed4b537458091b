// Post-mortem tool benchmark (needs a production build in dist/: `npm run build`).
// 1. The page's initial JavaScript (scripts requested until the island hydrated; chunks started on idle
//    after that are listed apart: scripts/bench/lib/initial-js.ts), gzipped. Target: at most 90 KB,
//    Preact included.
// 2. A keystroke in the title with 300 timeline entries and 50 action items: time from the dispatch
//    to the island's commit (performance marks the island sets when window.__pmBench is true), median of
//    N keystrokes. Target: under 16 ms. The preview re-renders in a deferred commit after that; its
//    time is printed too, without a target.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { Incident, TimelineEntry } from '../../src/core/schema.ts';
import { initialState, makeDraft } from '../../src/islands/postmortem/state.ts';
import { STORAGE_KEY, serialiseDrafts } from '../../src/islands/postmortem/storage.ts';
import { DIST, measureInitialJs, printInitialJs, requireBuild, serveStatic } from './lib/initial-js.ts';

const PAGE = 'tools/postmortem/';
const JS_BUDGET_KB = 90;
const KEYSTROKE_BUDGET_MS = 16;
const KEYSTROKES = 40;

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
  requireBuild(PAGE);
  const example = JSON.parse(
    readFileSync(join(import.meta.dirname, '..', '..', 'examples', 'inc-0001.json'), 'utf8'),
  ) as Incident;
  const { server, url } = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    // 1. Initial JavaScript.
    const js = await measureInitialJs(browser, url, PAGE);
    const jsOk = printInitialJs(`/${PAGE}`, js, JS_BUDGET_KB);

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
      `  dispatch -> commit of the edit: median ${m.toFixed(2)} ms, max ${Math.max(...commits).toFixed(2)} ms; target < ${KEYSTROKE_BUDGET_MS} ms: ${m < KEYSTROKE_BUDGET_MS ? 'PASS' : 'FAIL'}`,
    );
    console.log(
      `  dispatch -> deferred preview commit (Markdown re-rendered): median ${median(previews).toFixed(2)} ms, max ${Math.max(...previews).toFixed(2)} ms (no target)`,
    );
    await ctx2.close();
    if (!jsOk) throw new Error(`initial JavaScript ${js.initial.kb.toFixed(1)} KB gzip is over the ${JS_BUDGET_KB} KB budget`);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) await bench();
