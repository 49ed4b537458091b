// Starts, as `astro build` begins, work the pages need later and that does not wait for Vite: the
// diagrams, drawn on a worker thread while the content syncs (src/lib/diagram-prewarm.ts), and the
// last-updated dates, one `git log` in the background (src/lib/git.ts). `astro dev` does neither: it
// draws and dates each page when it is first opened.
import type { AstroIntegration } from 'astro';

export default function earlyStart(): AstroIntegration {
  let stop: (() => Promise<void>) | undefined;
  return {
    name: 'incident-handbook:early-start',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const [{ prewarmDiagrams }, { readLastCommitDatesEarly }] = await Promise.all([
          import('../lib/diagram-prewarm.ts'),
          import('../lib/git.ts'),
        ]);
        stop = prewarmDiagrams().stop;
        void readLastCommitDatesEarly();
      },
      'astro:build:done': async () => {
        await stop?.();
      },
    },
  };
}
