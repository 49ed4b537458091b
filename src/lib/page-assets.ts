// What a built page fetches when it loads: the HTML, its stylesheets and the JavaScript that runs
// at load (module scripts and their static imports; dynamic import() chunks load later, on demand).
// Node-only; used by the page-weight test and the pages benchmark.
import { existsSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface Asset {
  /** URL path (with base) or `inline` for inline code. */
  url: string;
  bytes: number;
  gzip: number;
}

export interface PageAssets {
  file: string;
  html: Asset;
  css: Asset[];
  js: Asset[];
}

const gz = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;

function asset(url: string, content: string | Buffer): Asset {
  return { url, bytes: Buffer.byteLength(content), gzip: gz(content) };
}

/** Static imports of an ES module (`import x from "./a.js"`, `import "./b.js"`, `export * from`). */
export function staticImports(code: string): string[] {
  const found = new Set<string>();
  for (const m of code.matchAll(/(?:^|[;\s}])(?:import|export)\s*(?:[\w*${}\s,]+?\s*from\s*)?["']([^"']+)["']/g))
    found.add(m[1]!);
  return [...found];
}

/**
 * The assets a page loads. `dir` is the build folder, `file` the page relative to it and `base` the
 * deployment base the build was made for (URLs in the page include it).
 */
export function pageAssets(dir: string, file: string, base = '/'): PageAssets {
  const html = readFileSync(join(dir, file), 'utf8');
  const toFile = (url: string) => join(dir, decodeURIComponent(url.slice(base.length)));
  const css: Asset[] = [];
  for (const m of html.matchAll(/<link\b[^>]*rel="stylesheet"[^>]*>/g)) {
    const href = /href="([^"]+)"/.exec(m[0])?.[1];
    if (href && href.startsWith(base) && existsSync(toFile(href))) css.push(asset(href, readFileSync(toFile(href))));
  }
  for (const m of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)) css.push(asset('inline', m[1]!));

  const js: Asset[] = [];
  const seen = new Set<string>();
  const visit = (url: string) => {
    if (seen.has(url) || !url.startsWith(base)) return;
    seen.add(url);
    const path = toFile(url);
    if (!existsSync(path)) return;
    const code = readFileSync(path, 'utf8');
    js.push(asset(url, code));
    for (const spec of staticImports(code)) {
      if (spec.startsWith('.') || spec.startsWith('/')) visit(spec.startsWith('/') ? spec : posix.join(posix.dirname(url), spec));
    }
  };
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
    const attrs = m[1]!;
    const type = /type="([^"]+)"/.exec(attrs)?.[1];
    if (type && type !== 'module' && type !== 'text/javascript') continue; // JSON data blocks do not run
    const src = /src="([^"]+)"/.exec(attrs)?.[1];
    if (src) visit(src);
    else if (m[2]!.trim()) {
      js.push(asset('inline', m[2]!));
      for (const spec of staticImports(m[2]!)) if (spec.startsWith('/')) visit(spec);
    }
  }
  // Framework islands load their component and renderer when they hydrate; count them as loaded.
  for (const m of html.matchAll(/<astro-island\b[^>]*>/g)) {
    for (const a of m[0].matchAll(/\s(?:component-url|renderer-url|before-hydration-url)="([^"]+)"/g)) if (a[1]) visit(a[1]);
  }
  return { file, html: asset(file, html), css, js };
}

/** The JavaScript source a page runs at load, concatenated (to look for frameworks in it). */
export function loadedJsSource(dir: string, page: PageAssets, base = '/'): string {
  return page.js
    .filter((a) => a.url !== 'inline')
    .map((a) => readFileSync(join(dir, decodeURIComponent(a.url.slice(base.length))), 'utf8'))
    .join('\n');
}
