// How a page's HTML grows with the number of runbooks: builds throwaway copies of the site with N
// generated runbooks per language (scripts/bench/lib/site-copy.ts) and measures, in both languages, the
// home page, a content page, a real runbook page, the deepest generated runbook and the runbooks
// index. Issue #20's target: a page stays within 1.2× of its size at today's content (N = 0) with 3,000
// runbooks per language; the runbooks index is the list itself, so it grows by design and has no target.
//   BENCH_RUNBOOKS=0,150        the sizes to build (default 0,150,3000; 3,000 per language is 6,144
//                              pages, about 70 s of build on a quiet 2-core machine)
// Each build's log is kept in the temp folder (its path is printed), so a slow build shows its phase.
import { execFileSync } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { LANGS, LOCALES } from '../../src/core/i18n/locales.ts';
import { makeSiteCopy } from './lib/site-copy.ts';

const SIZES = (process.env.BENCH_RUNBOOKS ?? '0,150,3000')
  .split(',')
  .map((n) => Number(n.trim()))
  .filter((n) => Number.isInteger(n) && n >= 0);
const LIMIT = 1.2;

/** The pages measured: [label, file under dist/ (N is the generated runbook count), held to the target]. */
const PAGES: [string, (n: number) => string | undefined, boolean][] = LANGS.flatMap((lang) => {
  // '/th' → 'th/': the language's folder under dist/ ('' for English).
  const folder = LOCALES[lang].prefix ? `${LOCALES[lang].prefix.slice(1)}/` : '';
  const at = (path: string) => `${folder}${path}index.html`;
  const kind = (label: string) => `${label} (${lang})`;
  return [
    [kind('home'), () => at(''), true],
    [kind('content page /roles/scribe/'), () => at('roles/scribe/'), true],
    [kind('runbook /runbooks/disk-full/'), () => at('runbooks/disk-full/'), true],
    [kind('deepest generated runbook'), (n: number) => (n ? at(`runbooks/generated/runbook-${n}/`) : undefined), true],
    [kind('runbooks index (the full list)'), () => at('runbooks/'), false],
  ] satisfies [string, (n: number) => string | undefined, boolean][];
});

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

export default async function bench(): Promise<void> {
  if (!SIZES.includes(0)) SIZES.unshift(0);
  console.log(`Page HTML (raw / gzip) with N generated runbooks per language; target ≤ ${LIMIT}× the size at N = 0.`);
  console.log(`Sizes built: ${SIZES.join(', ')} (set BENCH_RUNBOOKS to change).\n`);
  const baseline = new Map<string, number>();
  for (const n of SIZES) {
    const copy = makeSiteCopy(n);
    try {
      const started = performance.now();
      const logFile = join(tmpdir(), `html-size-${n}-${process.pid}.log`);
      console.log(`N = ${n}: building (log: ${logFile})`);
      const log = openSync(logFile, 'w');
      try {
        execFileSync(process.execPath, [join(copy.dir, 'scripts/astro.ts'), 'build'], {
          cwd: copy.dir,
          stdio: ['ignore', log, log],
          env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
        });
      } finally {
        closeSync(log);
      }
      const seconds = (performance.now() - started) / 1000;
      console.log(`N = ${n}: built in ${seconds.toFixed(0)} s`);
      for (const [label, fileOf, held] of PAGES) {
        const file = fileOf(n);
        if (!file) continue;
        const path = join(copy.dir, 'dist', file);
        if (!existsSync(path)) {
          console.log(`  ${label.padEnd(40)} missing (${file})`);
          continue;
        }
        const html = readFileSync(path);
        const gzip = gzipSync(html).length;
        // The deepest generated runbook is compared with today's runbook page.
        const key = label.startsWith('deepest')
          ? label.replace('deepest generated runbook', 'runbook /runbooks/disk-full/')
          : label;
        if (n === 0) baseline.set(key, html.length);
        const base = baseline.get(key);
        const ratio = base ? html.length / base : Number.NaN;
        const verdict = n === 0 || !held ? '' : ratio <= LIMIT ? '  PASS' : '  FAIL';
        console.log(
          `  ${label.padEnd(40)} ${kb(html.length).padStart(10)} / ${kb(gzip).padStart(9)}${n ? `  ${ratio.toFixed(2)}×` : ''}${verdict}`,
        );
      }
    } finally {
      copy.remove();
    }
  }
}
