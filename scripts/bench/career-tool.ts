// Career self-assessment benchmark (needs a production build in dist/: `npm run build`).
// The page's initial JavaScript (scripts requested until the island hydrated; chunks started on idle
// after that are listed apart: scripts/bench/lib/initial-js.ts), gzipped, Preact included. Target: at most 90 KB (stretch: 60 KB). Measured twice: on a first visit, and on a
// return visit with a saved assessment (which also loads the file reader to restore it). The PNG
// export and the share-link code load only when used and are not counted.
import { chromium } from 'playwright-core';
import { serializeAssessmentFile } from '../../src/core/career/assessment-file.ts';
import { STORAGE_KEY } from '../../src/islands/career/storage.ts';
import { DIST, measureInitialJs, printInitialJs, requireBuild, serveStatic } from './lib/initial-js.ts';

const PAGE = 'career/assessment/';
const JS_BUDGET_KB = 90;
const JS_STRETCH_KB = 60;

export default async function bench(): Promise<void> {
  requireBuild(PAGE);
  const { server, url } = await serveStatic(DIST);
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const first = await measureInitialJs(browser, url, PAGE);
    const firstOk = printInitialJs(`/${PAGE}, first visit`, first, JS_BUDGET_KB, JS_STRETCH_KB);
    const saved = serializeAssessmentFile({
      target: 'senior',
      ratings: { 'incident-declare@junior': { value: 'consistently' } },
      snapshots: [],
      shifts: [],
    });
    console.log('');
    const again = await measureInitialJs(browser, url, PAGE, (context) =>
      context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, saved]),
    );
    const againOk = printInitialJs(`/${PAGE}, return visit with a saved assessment`, again, JS_BUDGET_KB, JS_STRETCH_KB);
    if (!firstOk || !againOk)
      throw new Error(
        `initial JavaScript (first visit ${first.initial.kb.toFixed(1)} KB, return visit ${again.initial.kb.toFixed(1)} KB gzip) is over the ${JS_BUDGET_KB} KB budget`,
      );
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.main) await bench();
