// The Content-Security-Policy, enforced (issue 19, item 13): every built page carries a policy whose
// scripts allow neither 'unsafe-inline' nor 'unsafe-eval', and no page, with its tools used, reports a
// violation. The policy is the page's own <meta> tag, so the preview server enforces it as a host would.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { builtHtmlFiles, launchBrowser, openPage, pathOfFile, siteUrl } from './browser.ts';

const DIST = join(import.meta.dirname, '..', '..', 'dist');
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]*)"/;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Opens a page that records every CSP violation (including ones a script catches, like eval probes). */
async function watched(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; close: () => Promise<void> }> {
  const tracked = await openPage(browser, null);
  const console: string[] = [];
  tracked.page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) console.push(message.text());
  });
  await tracked.context.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __csp: string[] }).__csp = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'} (${event.sourceFile}:${event.lineNumber})`),
    );
  });
  await tracked.page.goto(new URL(path, siteUrl()).href);
  return {
    page: tracked.page,
    violations: async () => [
      ...(await tracked.page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)),
      ...console,
    ],
    close: () => tracked.context.close(),
  };
}

describe('Content-Security-Policy', () => {
  test('every built page has a policy; scripts allow neither unsafe-inline nor unsafe-eval', () => {
    const files = builtHtmlFiles(DIST);
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const policy = POLICY.exec(readFileSync(join(DIST, file), 'utf8'))?.[1];
      if (!policy) {
        problems.push(`${file}: no policy`);
        continue;
      }
      const script = /(?:^|;)\s*script-src([^;]*)/.exec(policy)?.[1] ?? '';
      if (!script.includes("'self'")) problems.push(`${file}: script-src without 'self'`);
      if (/'unsafe-inline'|'unsafe-eval'/.test(script)) problems.push(`${file}: ${script}`);
      if (/'unsafe-eval'/.test(policy)) problems.push(`${file}: unsafe-eval`);
    }
    expect(problems).toEqual([]);
  });

  test('the policy is enforced and the watcher sees what it refuses (an injected inline script and an inline event handler)', async () => {
    const view = await watched('');
    const ran = await view.page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true';
      document.head.append(script);
      // The inline script and eval below would run without the policy.
      const element = document.createElement('div');
      element.setAttribute('onclick', 'window.__injected = true');
      document.body.append(element);
      element.click();
      return (window as unknown as { __injected?: boolean }).__injected === true;
    });
    await view.page.waitForTimeout(200);
    expect(ran).toBe(false);
    expect((await view.violations()).join('\n')).toMatch(/script-src/);
    await view.close();
  });

  test('no page reports a violation when loaded', { timeout: 600_000 }, async () => {
    const problems: string[] = [];
    for (const file of builtHtmlFiles(DIST)) {
      const path = pathOfFile(file);
      const view = await watched(path);
      await view.page.waitForLoadState('load');
      await view.page.waitForTimeout(150); // islands hydrate and deferred scripts run
      for (const v of await view.violations()) problems.push(`/${path}: ${v}`);
      await view.close();
    }
    expect(problems).toEqual([]);
  });

  test('the tools, used, report no violation (schema parsing, share links, workers, search)', { timeout: 180_000 }, async () => {
    const problems: string[] = [];
    const check = async (label: string, view: Awaited<ReturnType<typeof watched>>) => {
      for (const v of await view.violations()) problems.push(`${label}: ${v}`);
      await view.close();
    };

    // Post-mortem: a draft from the example, a share link made and opened (zod parses it).
    const pm = await watched('tools/postmortem/');
    await pm.page.getByLabel('Title', { exact: true }).waitFor();
    await pm.page.waitForFunction(() => document.querySelector('.pm-tool [inert]') === null);
    await pm.page.getByRole('button', { name: 'New draft from the example (INC-0001)' }).click();
    await pm.page
      .getByRole('button', { name: /share link/i })
      .first()
      .click();
    const linkField = pm.page.getByLabel('Link to this draft');
    await linkField.waitFor();
    const link = await linkField.inputValue();
    await pm.page.goto(link);
    await pm.page.getByRole('button', { name: 'Ignore it' }).waitFor();
    await check('post-mortem', pm);

    // Metrics: a sample through the worker.
    const mt = await watched('tools/metrics/');
    await mt.page.locator('.mt-mapping').waitFor();
    await mt.page.locator('[data-sample]').first().click();
    await mt.page.locator('[data-status]').filter({ hasText: /Done/ }).waitFor({ timeout: 30_000 });
    await check('metrics', mt);

    // Kickoff: ready, then an answer.
    const ko = await watched('tools/kickoff/');
    await ko.page.locator('.ko-tool[data-ready="true"]').waitFor();
    await ko.page.getByLabel('Title', { exact: true }).fill('Checkout down');
    await ko.page.waitForTimeout(500);
    await check('kickoff', ko);

    // Search: Pagefind's WebAssembly index.
    const search = await watched('');
    await search.page.keyboard.press('/');
    await search.page.locator('[data-search-dialog] input[name="q"]').fill('postmortem');
    await search.page.locator('[data-search-dialog] [data-search-results] a').first().waitFor();
    await check('search', search);

    expect(problems).toEqual([]);
  });
});
