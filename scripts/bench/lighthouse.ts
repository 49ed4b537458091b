// Page speed as Lighthouse sees it on a phone: the `lighthouse` package drives Debian's Chromium
// against dist/ served with compression (scripts/bench/lib/static-server.ts), with Lighthouse's default
// mobile emulation and simulated throttling, three runs per page, the median of each metric. The
// targets are the ones of issue #20 (tool and search pages as fast as the content pages). Run
// `npm run build` first.
//   LIGHTHOUSE_RUNS=1       runs per page (default 3)
//   LIGHTHOUSE_PAGES=tools  only pages whose path contains one of these comma-separated strings
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import { serveCompressed } from './lib/static-server.ts';

const DIST = 'dist';
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

/** Every page issue #20 names: home, a content page per language, each tool page in both languages, search. */
const PAGES = [
  '',
  'severity/',
  'th/severity/',
  'tools/kickoff/',
  'th/tools/kickoff/',
  'tools/postmortem/',
  'th/tools/postmortem/',
  'tools/metrics/',
  'th/tools/metrics/',
  'career/assessment/',
  'th/career/assessment/',
  'search/?q=rollback',
];

/** Issue #20's targets: performance ≥ 95, total blocking time ≤ 200 ms, no layout shift. */
const TARGETS = {
  performance: 95,
  tbtMs: 200,
  /** "CLS 0": Lighthouse reports shifts to 3 decimals; anything that rounds to 0.000 passes. */
  cls: 0.0005,
};

interface Measure {
  performance: number;
  tbt: number;
  lcp: number;
  cls: number;
  transfer: number;
  scriptTransfer: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Starts Chromium with a DevTools port of its own choosing and returns that port. */
async function launchChromium(profile: string): Promise<{ port: number; chrome: ChildProcess }> {
  const chrome = spawn(
    CHROME,
    [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--remote-debugging-port=0',
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const port = await new Promise<number>((found, failed) => {
    let output = '';
    const timer = setTimeout(() => failed(new Error(`Chromium did not open a DevTools port:\n${output}`)), 30_000);
    chrome.stderr!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        found(Number(match[1]));
      }
    });
    chrome.on('exit', (code) => failed(new Error(`Chromium exited (${code}) before opening a DevTools port:\n${output}`)));
  });
  return { port, chrome };
}

async function measure(url: string, port: number): Promise<Measure> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`${url}: ${lhr.runtimeError.message}`);
  const audit = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  const summary = (
    lhr.audits['resource-summary']?.details as { items?: { resourceType: string; transferSize: number }[] } | undefined
  )?.items;
  return {
    performance: Math.round((lhr.categories.performance?.score ?? Number.NaN) * 100),
    tbt: audit('total-blocking-time'),
    lcp: audit('largest-contentful-paint'),
    cls: audit('cumulative-layout-shift'),
    transfer: audit('total-byte-weight'),
    scriptTransfer: summary?.find((item) => item.resourceType === 'script')?.transferSize ?? 0,
  };
}

export default async function bench(): Promise<void> {
  if (!existsSync(join(DIST, 'index.html'))) throw new Error('no build in dist/: run `npm run build` first');
  if (!existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME}; install it or set CHROME_PATH`);
  const only = (process.env.LIGHTHOUSE_PAGES ?? '').split(',').filter(Boolean);
  const pages = PAGES.filter((path) => only.length === 0 || only.some((part) => (path || 'home').includes(part)));
  console.log(
    `Lighthouse mobile (simulated throttling), median of ${RUNS} run(s) per page, dist/ served with brotli/gzip.\n` +
      `Targets (issue #20): performance ≥ ${TARGETS.performance}, TBT ≤ ${TARGETS.tbtMs} ms, CLS 0.\n`,
  );
  const server = await serveCompressed(DIST);
  const profile = mkdtempSync(join(tmpdir(), 'handbook-lighthouse-'));
  const { port, chrome } = await launchChromium(profile);
  let failed = 0;
  try {
    console.log(
      `${'page'.padEnd(24)} ${'perf'.padStart(4)} ${'TBT'.padStart(8)} ${'LCP'.padStart(9)} ${'CLS'.padStart(6)} ${'transfer'.padStart(10)} ${'of it JS'.padStart(9)}  verdict`,
    );
    for (const path of pages) {
      const runs: Measure[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await measure(new URL(path, server.url).href, port));
      const m = (key: keyof Measure) => median(runs.map((run) => run[key]));
      const misses = [
        m('performance') < TARGETS.performance && `performance < ${TARGETS.performance}`,
        m('tbt') > TARGETS.tbtMs && `TBT > ${TARGETS.tbtMs} ms`,
        m('cls') >= TARGETS.cls && 'CLS > 0',
      ].filter(Boolean);
      if (misses.length) failed++;
      console.log(
        `${('/' + path).padEnd(24)} ${String(m('performance')).padStart(4)} ${`${m('tbt').toFixed(0)} ms`.padStart(8)} ${`${m('lcp').toFixed(0)} ms`.padStart(9)} ${m('cls').toFixed(3).padStart(6)} ${kb(m('transfer')).padStart(10)} ${kb(m('scriptTransfer')).padStart(9)}  ${misses.length ? `FAIL (${misses.join(', ')})` : 'PASS'}`,
      );
    }
  } finally {
    chrome.kill();
    await server.close();
    rmSync(profile, { recursive: true, force: true });
  }
  console.log(failed ? `\n${failed} of ${pages.length} pages miss a target.` : `\nEvery page meets the targets.`);
}
