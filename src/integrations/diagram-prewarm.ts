// Starts drawing the site's diagrams on a second thread as `astro build` starts (see
// src/lib/diagram-prewarm.ts); `astro dev` draws each page's diagrams when the page is first opened.
import type { AstroIntegration } from 'astro';

export default function diagramPrewarm(): AstroIntegration {
  let stop: (() => Promise<void>) | undefined;
  return {
    name: 'incident-handbook:diagram-prewarm',
    hooks: {
      'astro:config:setup': async ({ command }) => {
        if (command !== 'build') return;
        const { prewarmDiagrams } = await import('../lib/diagram-prewarm.ts');
        stop = prewarmDiagrams().stop;
      },
      'astro:build:done': async () => {
        await stop?.();
      },
    },
  };
}
