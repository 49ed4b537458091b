// Serves the production builds with `astro preview` (the plain build and the base-path build) and
// checks that a Chromium is there. A missing browser or build fails loudly, never a silent skip.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';

export const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
export const BASE_PATH = '/handbook/';
// HB_TEST_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.HB_TEST_PORT ?? 4410);
const BASE_PORT = PORT + 1;

declare module 'vitest' {
  export interface ProvidedContext {
    siteUrl: string;
    baseSiteUrl: string;
    chromePath: string;
  }
}

function preview(outDir: string, port: number, base: string): ChildProcess {
  // --ignore-lock: two previews of the same project (plain and base-path build) run side by side.
  const child = spawn('astro', ['preview', '--ignore-lock', '--host', '127.0.0.1', '--port', String(port)], {
    env: { ...process.env, OUT_DIR: outDir, BASE: base },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stderr?.on('data', (d) => process.stderr.write(d));
  return child;
}

async function waitFor(url: string, timeoutMs = 30_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`astro preview did not answer at ${url} within ${timeoutMs / 1000}s`);
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROME_PATH)) {
    throw new Error(
      `Browser tests need Chromium, and none was found at ${CHROME_PATH}.\n` +
        `Fix: install it (Debian/Ubuntu: sudo apt-get install chromium), or set CHROME_PATH to a Chromium or Chrome binary.`,
    );
  }
  for (const dir of ['dist', 'dist-base']) {
    if (!existsSync(`${dir}/index.html`)) {
      throw new Error(`No production build in ${dir}/. Fix: run \`npm run build && npm run build:base\` first (npm test does).`);
    }
  }
  const servers = [preview('dist', PORT, '/'), preview('dist-base', BASE_PORT, BASE_PATH)];
  const siteUrl = `http://127.0.0.1:${PORT}/`;
  const baseSiteUrl = `http://127.0.0.1:${BASE_PORT}${BASE_PATH}`;
  await Promise.all([waitFor(siteUrl), waitFor(baseSiteUrl)]);
  project.provide('siteUrl', siteUrl);
  project.provide('baseSiteUrl', baseSiteUrl);
  project.provide('chromePath', CHROME_PATH);
  return () => {
    for (const s of servers) s.kill();
  };
}
