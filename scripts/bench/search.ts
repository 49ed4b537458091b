// Search benchmark: index size in total and per language, bytes fetched for a typical first query,
// and the time from the last keystroke to the first results in Chromium. Needs `npm run build`.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const DIST = 'dist';
const PAGEFIND = join(DIST, 'pagefind');
const PORT = 4420;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function files(dir: string): { path: string; size: number }[] {
  return readdirSync(dir, { recursive: true })
    .map((f) => join(dir, String(f)))
    .filter((f) => statSync(f).isFile())
    .map((path) => ({ path, size: statSync(path).size }));
}

function indexSizes(): void {
  const all = files(PAGEFIND);
  const ui = all.filter((f) => /pagefind-(component-|modular-)?ui|pagefind-highlight/.test(f.path));
  const index = all.filter((f) => !ui.includes(f));
  console.log(
    `index files: ${index.length}, ${kb(index.reduce((s, f) => s + f.size, 0))} (Pagefind's unused UI bundles, not loaded: ${kb(ui.reduce((s, f) => s + f.size, 0))})`,
  );
  for (const lang of ['en', 'th']) {
    const own = index.filter((f) => new RegExp(`(^|[/.])${lang}_|wasm\\.${lang}\\.`).test(f.path));
    console.log(`  ${lang}: ${own.length} files, ${kb(own.reduce((s, f) => s + f.size, 0))}`);
  }
  const shared = index.filter((f) => !/(^|[/.])(en|th)_|wasm\.(en|th)\./.test(f.path));
  console.log(`  shared (pagefind.js, worker, generic wasm): ${kb(shared.reduce((s, f) => s + f.size, 0))}`);
}

async function waitFor(url: string): Promise<void> {
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url}`);
}

async function queries(): Promise<void> {
  if (!existsSync(CHROME)) throw new Error(`no Chromium at ${CHROME}; install it or set CHROME_PATH`);
  const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(PORT)], { stdio: 'ignore' });
  const site = `http://127.0.0.1:${PORT}/`;
  try {
    await waitFor(site);
    const browser = await chromium.launch({
      executablePath: CHROME,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    });
    const cases: [string, string, string][] = [
      ['', 'connection pool', 'database'],
      ['th/', 'ฐานข้อมูล', 'ใบรับรอง'],
    ];
    for (const [home, first, second] of cases) {
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.goto(`${site}${home}`);
      await page.waitForLoadState('networkidle');
      let bytes = 0;
      page.on('response', async (response) => {
        if (!/\/pagefind\/|search-/.test(response.url())) return;
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      const timeTo = async (query: string) => {
        await page.keyboard.press('/');
        const input = page.locator('[data-search-dialog] input[name="q"]');
        await input.fill('');
        await page.evaluate(() => {
          const list = document.querySelector('[data-search-dialog] [data-search-results]')!;
          list.replaceChildren();
          (window as unknown as { firstResults: Promise<number> }).firstResults = new Promise((resolve) => {
            new MutationObserver((_, observer) => {
              if (list.querySelector('a')) {
                observer.disconnect();
                resolve(performance.now());
              }
            }).observe(list, { childList: true, subtree: true });
          });
        });
        await input.pressSequentially(query);
        const lastKey = await page.evaluate(() => performance.now());
        const shown = await page.evaluate(() => (window as unknown as { firstResults: Promise<number> }).firstResults);
        return shown - lastKey;
      };
      const cold = await timeTo(first);
      await page.waitForLoadState('networkidle');
      const firstBytes = bytes;
      const warm = await timeTo(second);
      console.log(
        `${home ? 'th' : 'en'}: first query "${first}": ${kb(firstBytes)} fetched, last keystroke → first results ${cold.toFixed(0)} ms (cold, incl. 120 ms debounce); ` +
          `next query "${second}": ${warm.toFixed(0)} ms`,
      );
      await context.close();
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

export default async function bench(): Promise<void> {
  if (!existsSync(join(PAGEFIND, 'pagefind-entry.json')))
    throw new Error('no search index in dist/pagefind: run `npm run build` first');
  indexSizes();
  await queries();
}
