// `npm run bench -- build`: how the production build grows with content, and how it compares with a
// default Starlight site built from the same pages in the same run.
//
// For each N (BENCH_BUILD_N, default 150,1000,3000) it makes a throwaway copy of the handbook with N
// generated runbooks per language (scripts/bench/lib/site-copy.ts; never in content/) and a Starlight
// site with the same 2×N page bodies, then runs cold builds (output and every build cache removed
// first), handbook and Starlight alternating, BENCH_BUILD_REPEAT times each (default 3). It prints
// the medians: wall and CPU time, pages per second, time per page and the peak memory of the largest
// process, and the handbook/Starlight ratios. BENCH_BUILD_STARLIGHT=off skips the comparison;
// BENCH_BUILD_FORMAT=mdx writes the handbook's generated pages as .mdx (same text) to price MDX;
// BENCH_BUILD_CACHE=warm keeps node_modules/.cache between builds (the drawn diagrams, as on a
// writer's second `npm start`) after one unmeasured build of each site fills it.
//
// Starlight is installed once from the npm registry into node_modules/.cache/incident-handbook/ (the
// latest Starlight on the handbook's own Astro version) and reused by later runs.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeSiteCopy, removeBuildCaches, REPO_ROOT, runbookBody } from './lib/site-copy.ts';

export interface BuildRun {
  /** HTML pages written to dist/. */
  pages: number;
  wallSeconds: number;
  /** User + system CPU time of the build and every process it started. */
  cpuSeconds: number;
  /** Peak resident memory of the largest process, in MiB. */
  peakMiB: number;
}

const TIME = '/usr/bin/time';

/** The numbers from `/usr/bin/time -f '%e %U %S %M'` (the last line of stderr). */
export function parseTimeOutput(stderr: string): Omit<BuildRun, 'pages'> | undefined {
  const line = stderr.trim().split('\n').at(-1) ?? '';
  const match = /^([\d.]+) ([\d.]+) ([\d.]+) (\d+)$/.exec(line.trim());
  if (!match) return undefined;
  const [, wall, user, system, rssKiB] = match.map(Number) as [number, number, number, number, number];
  return { wallSeconds: wall, cpuSeconds: user + system, peakMiB: rssKiB / 1024 };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The ratio a/b of each alternated pair (run i of one site against run i of the other), summarised:
 * the machine's speed drifts between runs, and a pair's two builds see nearly the same machine.
 */
export function pairedRatios(a: readonly number[], b: readonly number[]): { median: number; min: number; max: number } {
  const ratios = a.slice(0, b.length).map((value, i) => value / b[i]!);
  return { median: median(ratios), min: Math.min(...ratios), max: Math.max(...ratios) };
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
}

/** How each site builds: the handbook's `npm run build` (scripts/astro.ts), Starlight's `astro build`. */
export const HANDBOOK_BUILD = 'scripts/astro.ts';
export const ASTRO_BUILD = 'node_modules/astro/bin/astro.mjs';

/**
 * One cold build in `dir` with the site's own build command (`entry build`, run by Node 24 as
 * `npm run build` runs it), measured by /usr/bin/time; `keepLasting` keeps node_modules/.cache (see
 * removeBuildCaches).
 */
export function coldBuild(dir: string, entry: string, { keepLasting = false } = {}): BuildRun {
  removeBuildCaches(dir, { keepLasting });
  const args = ['-f', '%e %U %S %M', process.execPath, join(dir, entry), 'build'];
  const result = spawnSync(TIME, args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
  });
  if (result.status !== 0) {
    const tail = `${result.stdout}\n${result.stderr}`.trim().split('\n').slice(-20).join('\n');
    throw new Error(`astro build failed in ${dir}:\n${tail}`);
  }
  const timed = parseTimeOutput(result.stderr);
  if (!timed) throw new Error(`could not read ${TIME}'s figures from: ${result.stderr.slice(-300)}`);
  return { pages: countHtml(join(dir, 'dist')), ...timed };
}

const STARLIGHT_CACHE = join(REPO_ROOT, 'node_modules/.cache/incident-handbook');

function installedVersion(nodeModules: string, name: string): string | undefined {
  try {
    return JSON.parse(readFileSync(join(nodeModules, name, 'package.json'), 'utf8')).version as string;
  } catch {
    return undefined;
  }
}

/**
 * A default Starlight install (`npm install @astrojs/starlight astro@<the handbook's Astro>`: the same
 * framework version, so the comparison is between the sites), cached under node_modules/.cache;
 * BENCH_BUILD_STARLIGHT=reinstall renews it.
 */
function starlightInstall(): string {
  const astro = installedVersion(join(REPO_ROOT, 'node_modules'), 'astro');
  if (!astro) throw new Error('astro is not installed: run npm install first');
  const dir = join(STARLIGHT_CACHE, `starlight-astro-${astro}`);
  if (process.env.BENCH_BUILD_STARLIGHT === 'reinstall') rmSync(dir, { recursive: true, force: true });
  if (installedVersion(join(dir, 'node_modules'), '@astrojs/starlight')) return dir;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'starlight-bench', private: true, type: 'module' }));
  console.log(`Installing @astrojs/starlight and astro@${astro} into ${dir} (once)…`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error', '@astrojs/starlight', `astro@${astro}`], {
    cwd: dir,
    stdio: 'inherit',
  });
  return dir;
}

/** A default Starlight site (English at the root, Thai under /th/) with the same generated pages. */
export function makeStarlightSite(runbooks: number, install: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), `starlight-bench-${runbooks}-`));
  // Hard links, not symlinks: Starlight's .astro components must resolve inside the site for Vite to
  // compile them, and the install's folder (under node_modules/.cache) would not.
  execFileSync('cp', ['-al', join(install, 'node_modules'), join(dir, 'node_modules')]);
  // The dependencies are listed as in a real site: Astro bundles the packages it finds there.
  writeFileSync(join(dir, 'package.json'), readFileSync(join(install, 'package.json')));
  writeFileSync(
    join(dir, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
  integrations: [
    starlight({
      title: 'Incident Handbook',
      defaultLocale: 'root',
      locales: { root: { label: 'English', lang: 'en' }, th: { label: 'ไทย', lang: 'th' } },
    }),
  ],
});
`,
  );
  mkdirSync(join(dir, 'src'), { recursive: true });
  writeFileSync(
    join(dir, 'src/content.config.ts'),
    `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
  );
  for (const [lang, prefix] of [
    ['en', ''],
    ['th', 'th/'],
  ] as const) {
    const docs = join(dir, 'src/content/docs', prefix);
    mkdirSync(join(docs, 'runbooks/generated'), { recursive: true });
    writeFileSync(join(docs, 'index.md'), `---\ntitle: Incident Handbook (${lang})\n---\n\nGenerated pages.\n`);
    for (let i = 1; i <= runbooks; i++) {
      const title = lang === 'en' ? `Generated runbook ${i}` : `รันบุ๊กทดสอบ ${i}`;
      writeFileSync(
        join(docs, `runbooks/generated/runbook-${i}.md`),
        `---\ntitle: "${title}"\ndescription: "Generated page ${i} for the build benchmark."\n---\n\n${runbookBody(i)}`,
      );
    }
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

interface Summary {
  pages: number;
  wall: number;
  cpu: number;
  peak: number;
}

function summarise(runs: readonly BuildRun[]): Summary {
  return {
    pages: runs[0]!.pages,
    wall: median(runs.map((r) => r.wallSeconds)),
    cpu: median(runs.map((r) => r.cpuSeconds)),
    peak: Math.max(...runs.map((r) => r.peakMiB)),
  };
}

const row = (name: string, s: Summary) =>
  [
    name.padEnd(10),
    String(s.pages).padStart(6),
    s.wall.toFixed(1).padStart(8),
    s.cpu.toFixed(1).padStart(8),
    (s.pages / s.wall).toFixed(1).padStart(8),
    ((s.wall / s.pages) * 1000).toFixed(0).padStart(8),
    ((s.cpu / s.pages) * 1000).toFixed(0).padStart(12),
    s.peak.toFixed(0).padStart(9),
  ].join(' ');

export function envList(value: string | undefined, fallback: number[]): number[] {
  const list = (value ?? '')
    .split(',')
    .map((n) => Number(n.trim()))
    .filter((n) => Number.isInteger(n) && n > 0);
  return list.length ? list : fallback;
}

export default async function buildBench(): Promise<void> {
  if (!existsSync(TIME)) throw new Error(`${TIME} is needed to measure CPU time and memory (Debian: apt-get install time)`);
  const sizes = envList(process.env.BENCH_BUILD_N, [150, 1000, 3000]);
  const repeat = envList(process.env.BENCH_BUILD_REPEAT, [3])[0]!;
  const compare = process.env.BENCH_BUILD_STARLIGHT !== 'off';
  const warm = process.env.BENCH_BUILD_CACHE === 'warm';
  const install = compare ? starlightInstall() : undefined;
  if (install) {
    const nm = join(install, 'node_modules');
    const own = installedVersion(join(REPO_ROOT, 'node_modules'), 'astro');
    console.log(
      `Starlight ${installedVersion(nm, '@astrojs/starlight')} on astro ${installedVersion(nm, 'astro')}; the handbook on astro ${own}.`,
    );
  }
  console.log(
    `${warm ? 'Builds with node_modules/.cache kept (filled by one unmeasured build)' : 'Cold builds'}, N generated runbooks per language, median of ${repeat}${compare ? ', alternating with Starlight' : ''}.`,
  );
  const perPage: { n: number; wall: number; cpu: number }[] = [];
  for (const n of sizes) {
    const handbook = makeSiteCopy(n, { format: process.env.BENCH_BUILD_FORMAT === 'mdx' ? 'mdx' : 'md' });
    const starlight = install ? makeStarlightSite(n, install) : undefined;
    const runs: { handbook: BuildRun[]; starlight: BuildRun[] } = { handbook: [], starlight: [] };
    try {
      if (warm) {
        coldBuild(handbook.dir, HANDBOOK_BUILD);
        if (starlight) coldBuild(starlight.dir, ASTRO_BUILD);
      }
      for (let r = 0; r < repeat; r++) {
        runs.handbook.push(coldBuild(handbook.dir, HANDBOOK_BUILD, { keepLasting: warm }));
        if (starlight) runs.starlight.push(coldBuild(starlight.dir, ASTRO_BUILD, { keepLasting: warm }));
      }
    } finally {
      handbook.remove();
      starlight?.remove();
    }
    const h = summarise(runs.handbook);
    perPage.push({ n, wall: h.wall / h.pages, cpu: h.cpu / h.pages });
    console.log(`\nN = ${n} (${2 * n} generated pages)`);
    console.log('site        pages   wall s    cpu s  pages/s  ms/page  cpu ms/page  peak MiB');
    console.log(row('handbook', h));
    if (runs.starlight.length) {
      const s = summarise(runs.starlight);
      console.log(row('starlight', s));
      const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
      console.log(
        `handbook/Starlight: wall ${ratio(h.wall, s.wall)}, cpu ${ratio(h.cpu, s.cpu)}, per page ${ratio(h.wall / h.pages, s.wall / s.pages)} (wall) ${ratio(h.cpu / h.pages, s.cpu / s.pages)} (cpu), peak memory ${ratio(h.peak, s.peak)}`,
      );
      if (runs.handbook.length > 1) {
        const paired = (pick: (run: BuildRun) => number) => {
          const { median: mid, min, max } = pairedRatios(runs.handbook.map(pick), runs.starlight.map(pick));
          return `${mid.toFixed(2)}× (${min.toFixed(2)}–${max.toFixed(2)})`;
        };
        console.log(
          `pair by pair (each handbook build against the Starlight build after it), median (range): wall ${paired((r) => r.wallSeconds)}, cpu ${paired((r) => r.cpuSeconds)}`,
        );
      }
    }
    console.log(
      `each run (wall s): handbook ${runs.handbook.map((r) => r.wallSeconds.toFixed(1)).join(', ')}${runs.starlight.length ? `; starlight ${runs.starlight.map((r) => r.wallSeconds.toFixed(1)).join(', ')}` : ''}`,
    );
  }
  if (perPage.length > 1) {
    const first = perPage[0]!;
    const last = perPage.at(-1)!;
    console.log(
      `\nGrowth: time per page at N=${last.n} is ${(last.wall / first.wall).toFixed(2)}× (wall) and ${(last.cpu / first.cpu).toFixed(2)}× (CPU) that at N=${first.n}.`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await buildBench();
