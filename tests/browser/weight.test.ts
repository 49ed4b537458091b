// Page weight over the whole build: a content page (no tool, no diagram left to the browser
// renderer) loads no framework JavaScript and at most 20 KB of gzipped JavaScript in all.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadedJsSource, pageAssets } from '../../src/lib/page-assets.ts';
import { builtHtmlFiles } from './browser.ts';

const JS_BUDGET_GZIP = 20 * 1024;
// Astro's Preact island loader (the islands run on Preact), or React itself if it ever came back.
const FRAMEWORK_MARKERS = /data-preact-island-id|react\.transitional\.element|react-dom/;
// The career self-assessment is a tool page that lives in the career section.
const isToolOrSearch = (file: string) => /^(th\/)?(tools|search|career\/assessment)\//.test(file);

function contentPages(): string[] {
  return builtHtmlFiles('dist').filter((file) => {
    if (isToolOrSearch(file)) return false;
    return !readFileSync(`dist/${file}`, 'utf8').includes('data-mermaid');
  });
}

describe('page weight', () => {
  test('content pages load no framework and at most 20 KB of gzipped JavaScript', () => {
    const pages = contentPages();
    expect(pages.length).toBeGreaterThan(10);
    const problems: string[] = [];
    for (const file of pages) {
      const assets = pageAssets('dist', file);
      const gzip = assets.js.reduce((sum, a) => sum + a.gzip, 0);
      if (gzip > JS_BUDGET_GZIP) {
        problems.push(
          `${file}: ${(gzip / 1024).toFixed(1)} KB gzipped JS (budget 20 KB): ${assets.js.map((a) => `${a.url} ${a.gzip} B`).join(', ')}`,
        );
      }
      if (FRAMEWORK_MARKERS.test(loadedJsSource('dist', assets))) problems.push(`${file}: loads a UI framework`);
      if (readFileSync(`dist/${file}`, 'utf8').includes('<astro-island')) problems.push(`${file}: has a framework island`);
    }
    expect(problems.join('\n')).toBe('');
  });

  test('the budget check sees framework JavaScript where a tool page has it', () => {
    // Guards the measurement itself: if the asset walk missed islands, the test above would pass vacuously.
    const tool = builtHtmlFiles('dist').find(
      (file) => isToolOrSearch(file) && readFileSync(`dist/${file}`, 'utf8').includes('<astro-island'),
    );
    expect(tool, 'a tool page with an island').toBeDefined();
    expect(loadedJsSource('dist', pageAssets('dist', tool!))).toMatch(FRAMEWORK_MARKERS);
  });
});
