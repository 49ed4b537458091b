// Sätteri mdast plugins for the docs (wired in astro.config.mjs):
// - ```mermaid fences become <Mermaid> elements carrying the build-time SVG (or, for diagram types
//   only the browser renderer draws, the source); a fence that does not parse fails the build with
//   its file and line. Diagrams are drawn once per distinct text and cached (diagram-cache.ts).
// - Root-relative links (`/roles/scribe/`) get the deployment base (`/handbook/roles/scribe/`), the
//   base Astro resolved (config, or the `--base` flag), handed over by the `baseLinks()` integration.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import type { MdastPluginDefinition } from 'satteri';
import type { AstroIntegration } from 'astro';

function fileOf(url: URL | undefined): string {
  if (!url) return '(unknown file)';
  return relative(process.cwd(), fileURLToPath(url));
}

/** A JSX attribute as MDX's syntax tree spells it. */
const attr = (name: string, value: string) => ({ type: 'mdxJsxAttribute' as const, name, value });

export function mermaidPlugin(): MdastPluginDefinition {
  return {
    name: 'incident-handbook:mermaid',
    options: { position: true },
    async code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      const file = fileOf(ctx.fileURL);
      // The fence's first diagram line is one below the opening ``` line.
      const line = (node.position?.start.line ?? 0) + 1;
      // Loaded on the first fence: the renderer and parser take about 0.15 s to load, which `astro
      // preview` and pages without diagrams need not pay.
      const { loadDiagram } = await import('./diagram-cache.ts');
      const diagram = await loadDiagram(node.value, { file, line });
      const attributes = diagram.kind === 'svg' ? [attr('svg', diagram.svg)] : [attr('source', diagram.source)];
      if (ctx.sourceFormat === 'mdx') {
        ctx.replaceNode(node, { type: 'mdxJsxFlowElement', name: 'Mermaid', attributes, children: [] } as never);
      } else if (diagram.kind === 'svg') {
        ctx.replaceNode(node, { type: 'html', value: `<figure class="diagram">${diagram.svg}</figure>` });
      }
    },
  };
}

/** Prefixes `base` (e.g. `/handbook/`, or a getter for it) to root-relative link and image URLs. */
export function baseLinksPlugin(base: string | (() => string)): MdastPluginDefinition {
  const rewrite = (url: string) => {
    const prefix = (typeof base === 'string' ? base : base()).replace(/\/$/, '');
    return prefix && url.startsWith('/') && !url.startsWith('//') && !url.startsWith(`${prefix}/`)
      ? `${prefix}${url}`
      : undefined;
  };
  return {
    name: 'incident-handbook:base-links',
    link(node, ctx) {
      const url = rewrite(node.url);
      if (url) ctx.setProperty(node, 'url', url);
    },
    definition(node, ctx) {
      const url = rewrite(node.url);
      if (url) ctx.setProperty(node, 'url', url);
    },
    image(node, ctx) {
      const url = rewrite(node.url);
      if (url) ctx.setProperty(node, 'url', url);
    },
  };
}

/**
 * The base-links plugin plus the integration that feeds it Astro's resolved `base`: the Markdown
 * config is written before Astro applies CLI flags, so `astro build --base /x/` is only known here.
 */
export function baseLinks(): { plugin: MdastPluginDefinition; integration: AstroIntegration } {
  let resolvedBase = '/';
  return {
    plugin: baseLinksPlugin(() => resolvedBase),
    integration: {
      name: 'incident-handbook:base-links',
      hooks: {
        'astro:config:done': ({ config }) => {
          resolvedBase = config.base;
        },
      },
    },
  };
}
