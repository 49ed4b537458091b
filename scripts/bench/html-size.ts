// How a page's HTML grows with the number of runbooks: builds throwaway copies of the site with N
// generated runbooks per language (scripts/bench/lib/site-copy.ts) and measures the home page, a real
// runbook page in each language, the deepest generated runbook and the runbooks index. Issue #20's
// target: a page stays within 1.2× of its size at today's content (N = 0) with 3,000 runbooks per
// language; the runbooks index is the list itself, so it grows by design and has no target.
//   BENCH_RUNBOOKS=0,150,3000  the sizes to build (default 0,150; 3,000 per language is 6,000+ pages
//                              and takes many minutes on a small machine)
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { makeSiteCopy } from './lib/site-copy.ts';

const SIZES = (process.env.BENCH_RUNBOOKS ?? '0,150')
  .split(',')
  .map((n) => Number(n.trim()))
  .filter((n) => Number.isInteger(n) && n >= 0);
const LIMIT = 1.2;

/** The pages measured: [label, file under dist/ (N is the generated runbook count), held to the target]. */
const PAGES: [string, (n: number) => string | undefined, boolean][] = [
  ['home', () => 'index.html', true],
  ['runbook /runbooks/disk-full/', () => 'runbooks/disk-full/index.html', true],
  ['runbook /th/runbooks/disk-full/', () => 'th/runbooks/disk-full/index.html', true],
  ['deepest generated runbook', (n) => (n ? `runbooks/generated/runbook-${n}/index.html` : undefined), true],
  ['runbooks index (the full list)', () => 'runbooks/index.html', false],
];

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export default async function bench(): Promise<void> {
  if (!SIZES.includes(0)) SIZES.unshift(0);
  console.log(`Page HTML (raw / gzip) with N generated runbooks per language; target ≤ ${LIMIT}× the size at N = 0.`);
  console.log(`Sizes built: ${SIZES.join(', ')} (set BENCH_RUNBOOKS to change; 3,000 is slow).\n`);
  const baseline = new Map<string, number>();
  for (const n of SIZES) {
    const copy = makeSiteCopy(n);
    try {
      const started = performance.now();
      execFileSync(process.execPath, [join(copy.dir, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: copy.dir,
        stdio: 'ignore',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
      });
      const seconds = (performance.now() - started) / 1000;
      console.log(`N = ${n}: built in ${seconds.toFixed(0)} s`);
      for (const [label, fileOf, held] of PAGES) {
        const file = fileOf(n);
        if (!file) continue;
        const path = join(copy.dir, 'dist', file);
        if (!existsSync(path)) {
          console.log(`  ${label.padEnd(34)} missing (${file})`);
          continue;
        }
        const html = readFileSync(path);
        const gzip = gzipSync(html).length;
        // The deepest generated runbook is compared with today's runbook page.
        const key = label.startsWith('deepest') ? 'runbook /runbooks/disk-full/' : label;
        if (n === 0) baseline.set(key, html.length);
        const base = baseline.get(key);
        const ratio = base ? html.length / base : Number.NaN;
        const verdict = n === 0 || !held ? '' : ratio <= LIMIT ? '  PASS' : '  FAIL';
        console.log(
          `  ${label.padEnd(34)} ${kb(html.length).padStart(10)} / ${kb(gzip).padStart(9)}${n ? `  ${ratio.toFixed(2)}×` : ''}${verdict}`,
        );
      }
    } finally {
      copy.remove();
    }
  }
}
