// No internal link or asset of the build answers 404: every href/src/srcset in every built page (the
// plain build and the base-path build) points at a file that exists, inside the base, and every
// #fragment points at an id on the target page. Checked on the built files, which covers all pages;
// the browser crawl in a11y.test.ts checks the requests pages actually make.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { builtHtmlFiles, definedIds, pathOfFile, referencedUrls } from './browser.ts';
import { BASE_PATH } from './global-setup.ts';

const SITE = 'https://handbook.example.org';

function fileFor(dir: string, rel: string): string | undefined {
  const candidates = rel === '' || rel.endsWith('/') ? [`${rel}index.html`] : [rel];
  for (const candidate of candidates) {
    const full = join(dir, candidate);
    if (existsSync(full) && statSync(full).isFile()) return full;
  }
  return undefined;
}

function brokenReferences(dir: string, base: string): string[] {
  const problems: string[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) idsCache.set(file, (ids = definedIds(readFileSync(file, 'utf8'))));
    return ids;
  };
  for (const file of builtHtmlFiles(dir)) {
    const html = readFileSync(join(dir, file), 'utf8');
    const pageUrl = new URL(`${base}${pathOfFile(file)}`, SITE);
    for (const ref of referencedUrls(html)) {
      if (/^(mailto|tel|javascript|data|blob):/i.test(ref) || ref === '') continue;
      const url = new URL(ref, pageUrl);
      if (url.origin !== new URL(SITE).origin) continue; // links to other sites are not requests
      const where = `${dir}/${file}: ${ref}`;
      if (!url.pathname.startsWith(base)) {
        problems.push(`${where} is outside the base path ${base}`);
        continue;
      }
      const rel = decodeURIComponent(url.pathname.slice(base.length));
      const target = fileFor(dir, rel);
      if (!target) {
        problems.push(`${where} -> no file for ${url.pathname}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        problems.push(`${where} -> ${url.pathname} has no element with id "${fragment}"`);
      }
    }
  }
  return problems;
}

describe('internal links and assets', () => {
  test('every reference in the build resolves to a file', () => {
    expect(builtHtmlFiles('dist').length).toBeGreaterThan(10);
    expect(brokenReferences('dist', '/').join('\n')).toBe('');
  });

  test('every reference in the base-path build stays under the base and resolves', () => {
    expect(builtHtmlFiles('dist-base').length).toBeGreaterThan(10);
    expect(brokenReferences('dist-base', BASE_PATH).join('\n')).toBe('');
  });
});
