// `npm run build`, `npm run dev` and `npm start` run Astro through this file: `node scripts/astro.ts build`
// is `astro build` with one setting for the bundler.
//
// Rolldown (Vite's bundler) allocates through mimalloc, which by default backs its memory with
// transparent huge pages: each fresh 2 MiB page is zeroed by the kernel, and on Linux that cost about
// 1.5 s of system time and 200 MB of peak memory per build of this site (#16). mimalloc reads the
// setting once, when Rolldown's native module loads, so it is set here, before Astro loads Vite. An
// explicit MIMALLOC_ALLOW_THP in the environment wins. Other systems ignore it.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.MIMALLOC_ALLOW_THP ??= '0';

// Astro's own command-line entry (`bin/astro.mjs`, which its package exports do not list).
const astroPackage = createRequire(import.meta.url).resolve('astro/package.json');
await import(pathToFileURL(join(dirname(astroPackage), 'bin/astro.mjs')).href);
