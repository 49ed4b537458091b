// The worker thread of diagram-prewarm.ts. Node's compile cache is per thread: this turns it on for
// the worker too (as Astro's command line does for the main thread, and with the same exception for
// CI) before the renderer and the parser load, which takes about a quarter off the worker's time. The
// work itself is in diagram-prewarm-run.ts, imported after, so that it loads through the cache.
import module from 'node:module';

if (!process.env.CI) module.enableCompileCache?.();
await import('./diagram-prewarm-run.ts');
