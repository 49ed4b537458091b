// The browser's `mermaid` (for diagram types beautiful-mermaid cannot draw at build time) as the package
// ships it, already bundled and minified, instead of bundled again by every build: Vite re-bundling and
// re-minifying its 3.6 MB took about 3 s of CPU and 350 MB of memory per build (#16).
//
// The files are served from /_astro/mermaid-<version>/: the version is in the path, so a new mermaid
// gets new URLs, as Astro's content-hashed files do (the service worker treats /_astro/ URLs that way).
// MermaidClient.astro imports the entry through `virtual:mermaid-runtime`, which holds its URL under
// the site's base. `astro dev` serves the same URLs from node_modules; `astro build` copies the files
// into the output before the offline integration lists what to precache.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

const ENTRY = 'mermaid.esm.min.mjs';
const CHUNKS = join('chunks', 'mermaid.esm.min');
const VIRTUAL_ID = 'virtual:mermaid-runtime';

/** The installed package: its `dist/` folder and version. */
export function mermaidPackage(): { dist: string; version: string } {
  const manifest = createRequire(import.meta.url).resolve('mermaid/package.json');
  const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
  return { dist: join(dirname(manifest), 'dist'), version };
}

/** Where the runtime lives in the built site, relative to its root: `_astro/mermaid-11.17.2`. */
export function runtimeFolder(version: string): string {
  return `_astro/mermaid-${version}`;
}

/** The entry module and every chunk it loads, relative to `dist` (source maps left out). */
export function runtimeFiles(dist: string): string[] {
  const chunks = existsSync(join(dist, CHUNKS)) ? readdirSync(join(dist, CHUNKS)).filter((file) => file.endsWith('.mjs')) : [];
  if (!existsSync(join(dist, ENTRY)) || chunks.length === 0) {
    throw new Error(`mermaid's prebuilt browser bundle is missing from ${dist} (expected ${ENTRY} and ${CHUNKS}/*.mjs)`);
  }
  return [ENTRY, ...chunks.map((chunk) => join(CHUNKS, chunk))];
}

export default function mermaidRuntime(): AstroIntegration {
  const { dist, version } = mermaidPackage();
  const folder = runtimeFolder(version);
  // The base Astro resolved, CLI flags included (`astro build --base /x/`), known from config:done on.
  let base = '/';
  return {
    name: 'incident-handbook:mermaid-runtime',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:config:setup': ({ updateConfig }) => {
        const allowed = new Set(runtimeFiles(dist).map((file) => file.split(sep).join('/')));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'incident-handbook:mermaid-runtime',
                resolveId: (id: string) => (id === VIRTUAL_ID ? `\0${VIRTUAL_ID}` : undefined),
                load: (id: string) =>
                  id === `\0${VIRTUAL_ID}` ? `export default ${JSON.stringify(`${base}${folder}/${ENTRY}`)};` : undefined,
                configureServer(server) {
                  server.middlewares.use((request, response, next) => {
                    const prefix = `${base}${folder}/`;
                    const path = request.url?.split('?')[0] ?? '';
                    const file = path.startsWith(prefix) ? path.slice(prefix.length) : undefined;
                    if (file === undefined || !allowed.has(file)) return next();
                    response.setHeader('Content-Type', 'text/javascript; charset=utf-8');
                    response.end(readFileSync(join(dist, file)));
                  });
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const target = join(fileURLToPath(dir), folder);
        const files = runtimeFiles(dist);
        for (const file of files) {
          mkdirSync(dirname(join(target, file)), { recursive: true });
          copyFileSync(join(dist, file), join(target, file));
        }
        logger.info(`mermaid ${version} for browser-drawn diagrams: ${files.length} files in ${folder}/`);
      },
    },
  };
}
