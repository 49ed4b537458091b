// A throwaway copy of the handbook with N generated runbook pages per language, for the build and page-
// size benchmarks. Generated pages never go into content/: the copy lives in the system temp folder,
// shares the installed packages by symlink (but keeps its own build caches), and is a git repository
// of its own (one commit) so "last updated" dates are read as in a real checkout.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface SiteCopy {
  dir: string;
  /** Pages generated per language. */
  runbooks: number;
  remove(): void;
}

/** Build caches a site keeps under its own folder; removed before each cold build. */
const BUILD_CACHES = ['dist', '.astro', 'node_modules/.astro', 'node_modules/.cache', 'node_modules/.vite'];
/** The cache meant to outlive a build (the drawn diagrams): kept by a warm build. */
const LASTING_CACHE = 'node_modules/.cache';

/**
 * Links every installed package of `from` into a fresh `<to>/node_modules`, leaving out the build caches
 * (`.astro`, `.cache`, `.vite`): a copy with a symlinked node_modules would read and write the original
 * site's caches, and its builds would be neither cold nor its own.
 */
export function linkPackages(from: string, to: string): void {
  const target = join(to, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const entry of readdirSync(from)) {
    if (entry.startsWith('.') && entry !== '.bin') continue;
    symlinkSync(join(from, entry), join(target, entry));
  }
}

/**
 * Removes a site's build output and caches, so its next build starts cold; `keepLasting` keeps
 * node_modules/.cache, as a writer's second `npm start` finds it.
 */
export function removeBuildCaches(dir: string, { keepLasting = false } = {}): void {
  for (const cache of BUILD_CACHES) {
    if (!(keepLasting && cache === LASTING_CACHE)) rmSync(join(dir, cache), { recursive: true, force: true });
  }
}

/** The plain-Markdown body of generated runbook `i` (no MDX components, so another site generator can
 * build the same text). */
export function runbookBody(i: number): string {
  return `A generated runbook (number ${i}) used to measure how the build grows with content.

## Recognise it

- Alerts fire for service-${i % 37} with error rate above 5 % for 10 minutes.
- Dashboards show latency p99 above the SLO.
- Customers report failures through support.

## Size it

Check how many users are affected and which features fail. Declare an incident when a second team is
needed or customers can see it.

## Mitigate

1. Roll back the last deploy if it started within the hour.
2. Scale the service out by two instances.
3. Fail over to the secondary region if the primary is unhealthy.

\`\`\`sh
kubectl rollout undo deployment/service-${i % 37}
kubectl scale deployment/service-${i % 37} --replicas=6
\`\`\`

## Escalate

Page the owning team's on-call engineer after 15 minutes without progress, and the Incident Commander
for anything customers can see.

## Done when

Error rate and latency are back within the SLO for 30 minutes and the status page says resolved.
`;
}

function frontmatter(i: number, lang: 'en' | 'th'): string {
  const title = lang === 'en' ? `Generated runbook ${i}` : `รันบุ๊กทดสอบ ${i}`;
  return `---
title: "${title}"
description: "Generated page ${i} for the build benchmark."
section: runbooks
order: ${1000 + i}
tags: [runbook, generated]
lastReviewed: 2026-11-27
service: service-${i % 37}
severityHint: SEV${(i % 4) + 1}
---

`;
}

/** Copies the working tree (tracked and untracked, not ignored) to a temp folder and adds N runbooks per
 * language under content/docs/<lang>/runbooks/generated/, as plain Markdown (`.md`, the default) or
 * with the same text as MDX (`format: 'mdx'`, to measure what MDX costs a page). */
export function makeSiteCopy(runbooks: number, options: { format?: 'md' | 'mdx' } = {}): SiteCopy {
  const format = options.format ?? 'md';
  const dir = mkdtempSync(join(tmpdir(), `handbook-bench-${runbooks}-`));
  const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard', '-z'], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  })
    .split('\0')
    .filter(Boolean);
  for (const file of files) {
    const target = join(dir, file);
    mkdirSync(dirname(target), { recursive: true });
    try {
      cpSync(join(REPO_ROOT, file), target);
    } catch {
      // deleted in the working tree but still in the index
    }
  }
  linkPackages(join(REPO_ROOT, 'node_modules'), dir);
  for (const lang of ['en', 'th'] as const) {
    const folder = join(dir, 'content/docs', lang, 'runbooks/generated');
    mkdirSync(folder, { recursive: true });
    for (let i = 1; i <= runbooks; i++) {
      writeFileSync(join(folder, `runbook-${i}.${format}`), frontmatter(i, lang) + runbookBody(i));
    }
  }
  const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A');
  git(
    '-c',
    'user.name=bench',
    '-c',
    'user.email=bench@example.invalid',
    'commit',
    '-q',
    '--no-verify',
    '-m',
    'bench copy',
    '--date=2026-11-27T00:00:00Z',
  );
  return { dir, runbooks, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
