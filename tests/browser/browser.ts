// Shared browser-test helpers: one headless Chromium, pages that record every request, and axe-core.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const siteUrl = () => inject('siteUrl');
export const baseSiteUrl = () => inject('baseSiteUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: inject('chromePath'),
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

export interface TrackedPage {
  context: BrowserContext;
  page: Page;
  /** Every URL the page requested, in order. */
  requests: string[];
  /** Requests that left the site's origin (they are aborted, so nothing is ever sent). */
  external: string[];
}

/** A fresh context (own storage) whose requests are recorded; requests to other origins are blocked. */
export async function openPage(
  browser: Browser,
  path: string | null = '',
  options: {
    colorScheme?: 'light' | 'dark';
    viewport?: { width: number; height: number };
    base?: string;
    javaScriptEnabled?: boolean;
    /** The browser's own time zone (playwright's timezoneId); the machine's when absent. */
    timezoneId?: string;
  } = {},
): Promise<TrackedPage> {
  const base = options.base ?? siteUrl();
  const origin = new URL(base).origin;
  const context = await browser.newContext({
    colorScheme: options.colorScheme ?? 'light',
    viewport: options.viewport ?? { width: 1280, height: 900 },
    acceptDownloads: true,
    // Requests a service worker answers bypass `context.route`, so these pages test the site as a
    // first visit sees it; tests/browser/offline.test.ts opens its own contexts with the worker.
    serviceWorkers: 'block',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
  });
  const requests: string[] = [];
  const external: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    if (url.startsWith('data:') || url.startsWith('blob:') || new URL(url).origin === origin) return route.continue();
    external.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  if (path !== null) await page.goto(new URL(path.replace(/^\//, ''), base).href);
  return { context, page, requests, external };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/** Runs axe-core with the WCAG 2.2 A and AA rules; returns the violations. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  // Evaluated, not added as an inline <script>: the site's Content-Security-Policy refuses inline scripts.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    const result = await (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: AxeViolation[] }> } }
    ).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
}

/** A readable one-line-per-node description of axe violations, for assertion messages. */
export function describeViolations(url: string, violations: AxeViolation[]): string {
  return violations
    .flatMap((v) => v.nodes.map((n) => `${url}: ${v.id} (${v.impact}): ${v.help} at ${n.target.join(' ')}`))
    .join('\n');
}

// ---------------------------------------------------------------------------------------------
// The built site on disk (engineer C): every page, and every URL a page refers to.

/** Every .html file under `dir`, as paths relative to it (`index.html`, `th/roles/index.html`). */
export function builtHtmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.html')) out.push(rel);
    }
  };
  walk('');
  return out.sort();
}

/** The URL path (after the base) a built file is served at: `th/roles/index.html` -> `th/roles/`. */
export function pathOfFile(file: string): string {
  return file.replace(/(^|\/)index\.html$/, '$1');
}

/** Every href/src/srcset URL in an HTML document (attribute values decoded). */
export function referencedUrls(html: string): string[] {
  const urls: string[] = [];
  for (const m of html.matchAll(/\s(href|src|srcset)\s*=\s*("([^"]*)"|'([^']*)')/gi)) {
    const value = (m[3] ?? m[4] ?? '').replace(/&amp;/g, '&');
    if (m[1]!.toLowerCase() === 'srcset')
      urls.push(
        ...value
          .split(',')
          .map((s) => s.trim().split(/\s+/)[0]!)
          .filter(Boolean),
      );
    else urls.push(value);
  }
  return urls;
}

/** Ids defined in an HTML document, for checking `#fragment` targets. */
export function definedIds(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid\s*=\s*"([^"]+)"/g)].map((m) => m[1]!));
}

// ---------------------------------------------------------------------------------------------
// The tools' pages: when an island is ready, what it downloads, and what axe finds inside <main>.

/** The post-mortem generator has hydrated and restored the drafts (the editor is inert until then). */
export async function postmortemReady(page: Page, titleLabel = 'Title'): Promise<void> {
  await page.getByLabel(titleLabel, { exact: true }).waitFor();
  await page.waitForFunction(
    () => document.querySelector('.pm-tool') !== null && document.querySelector('.pm-tool [inert]') === null,
  );
}

/** The kickoff assistant has restored the saved kickoff and loaded the incident core. */
export async function kickoffReady(page: Page): Promise<void> {
  await page.locator('.ko-tool[data-ready="true"]').waitFor();
}

/** The career self-assessment has hydrated and restored what was saved (the form is inert until then). */
export async function careerReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const own = document.querySelector('.ca-own');
    return own !== null && !own.hasAttribute('inert') && document.querySelector('astro-island[ssr]') === null;
  });
}

/** Clicks the button and saves the file it downloads into `dir`; returns the saved file's path. */
export async function download(page: Page, button: string, dir: string): Promise<string> {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: button, exact: true }).click(),
  ]);
  const path = join(dir, `${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(path);
  return path;
}

/**
 * The violations inside <main>, where a tool lives. The site's header, sidebar and footer are checked
 * by the site's own accessibility tests; a tool's tests are about the tool.
 */
export async function inMain(page: Page, violations: AxeViolation[]): Promise<AxeViolation[]> {
  const result: AxeViolation[] = [];
  for (const v of violations) {
    const nodes = [];
    for (const node of v.nodes) {
      const inside = await page.evaluate(
        (selector) => Boolean(document.querySelector(selector)?.closest('main')),
        node.target.join(' '),
      );
      if (inside) nodes.push(node);
    }
    if (nodes.length) result.push({ ...v, nodes });
  }
  return result;
}
