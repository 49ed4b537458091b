// Build-time diagrams as drawn by the reader's browser: every node's label stays inside its box, and
// no text is cut off at the picture's edge, in English and in Thai.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { builtHtmlFiles, launchBrowser, openPage, pathOfFile, siteUrl } from './browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** Every built page with a build-time flowchart or state diagram (boxes with labels). */
function pagesWithBoxedDiagrams(): string[] {
  return builtHtmlFiles('dist')
    .filter((file) =>
      /<figure class="diagram"[^>]*><svg[^>]*aria-label="(flowchart|graph|stateDiagram)/.test(
        readFileSync(`dist/${file}`, 'utf8'),
      ),
    )
    .map(pathOfFile);
}

describe('build-time diagrams', () => {
  test('node labels stay inside their boxes and inside the picture', async () => {
    const paths = pagesWithBoxedDiagrams();
    expect(paths).toContain('lifecycle/');
    expect(paths).toContain('th/lifecycle/');
    const { page, context } = await openPage(browser, null);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, siteUrl()).href);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure.diagram > svg')) {
          const view = svg.viewBox.baseVal;
          for (const node of svg.querySelectorAll<SVGGElement>('g.node')) {
            const box = node.querySelector<SVGGraphicsElement>('rect, polygon, path');
            if (!box) continue;
            const b = box.getBBox();
            for (const text of node.querySelectorAll<SVGTextElement>('text')) {
              const t = text.getBBox();
              if (!t.width) continue;
              const label = text.textContent ?? '';
              if (t.x < b.x - 1 || t.x + t.width > b.x + b.width + 1)
                out.push(`"${label}" is ${Math.round(t.width)} px wide in a ${Math.round(b.width)} px box`);
              if (t.x < view.x || t.x + t.width > view.x + view.width) out.push(`"${label}" is cut off at the diagram's edge`);
            }
          }
        }
        return out;
      });
      problems.push(...found.map((p) => `/${path}: ${p}`));
    }
    await context.close();
    expect(problems.join('\n')).toBe('');
  });
});

/** Every built page with a build-time diagram of any kind. */
function pagesWithDiagrams(): string[] {
  return builtHtmlFiles('dist')
    .filter((file) => /<figure class="diagram"[^>]*><svg/.test(readFileSync(`dist/${file}`, 'utf8')))
    .map(pathOfFile);
}

describe('diagrams on a 390 px phone', () => {
  test('labels keep their size (no text under 10 px); a wider diagram scrolls by keyboard and says so', async () => {
    const paths = pagesWithDiagrams();
    expect(paths).toContain('lifecycle/');
    const { page, context } = await openPage(browser, null, { viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, siteUrl()).href);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        for (const figure of document.querySelectorAll<HTMLElement>('figure.diagram:not(.diagram-client)')) {
          const svg = figure.querySelector<SVGSVGElement>(':scope > svg')!;
          const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
          for (const text of svg.querySelectorAll<SVGTextElement>('text')) {
            const size = parseFloat(getComputedStyle(text).fontSize) * scale;
            if (text.textContent?.trim() && size < 10) out.push(`"${text.textContent.trim()}" is drawn at ${size.toFixed(1)} px`);
          }
          if (figure.scrollWidth > figure.clientWidth + 1) {
            if (figure.tabIndex !== 0) out.push('a diagram wider than the screen cannot be scrolled by keyboard');
            const hint = figure.querySelector<HTMLElement>('.diagram-hint');
            if (!hint || hint.offsetParent === null) out.push('a diagram wider than the screen has no visible scroll hint');
          }
        }
        return out;
      });
      problems.push(...found.map((p) => `/${path}: ${p}`));
    }
    await context.close();
    expect(problems.join('\n')).toBe('');
  });

  test('the keyboard scrolls a wide diagram: Tab to it, then the arrow keys', async () => {
    const { page, context } = await openPage(browser, 'lifecycle/', { viewport: { width: 390, height: 844 } });
    const figure = page.locator('figure.diagram[data-wide]').first();
    await figure.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => figure.evaluate((f) => f.scrollLeft)).toBeGreaterThan(0);
    expect(await page.locator('figure.diagram[data-wide] .diagram-hint').first().textContent()).toBe(
      'Scroll sideways to see the whole diagram',
    );
    await context.close();
  });
});

describe('sequence diagrams', () => {
  test('message labels sit above their own arrow, overlap no other label, and stop the lifelines they cross', async () => {
    const paths = builtHtmlFiles('dist')
      .filter((file) =>
        /<figure class="diagram"[^>]*><svg[^>]*aria-label="sequenceDiagram/.test(readFileSync(`dist/${file}`, 'utf8')),
      )
      .map(pathOfFile);
    expect(paths).toEqual(expect.arrayContaining(['workflow/', 'th/workflow/', 'example/', 'th/example/']));
    const { page, context } = await openPage(browser, null);
    const problems: string[] = [];
    for (const path of paths) {
      await page.goto(new URL(path, siteUrl()).href);
      const found = await page.evaluate(() => {
        const out: string[] = [];
        type Box = { x: number; y: number; width: number; height: number };
        const overlaps = (a: Box, b: Box) =>
          Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) > 1 &&
          Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) > 1;
        for (const svg of document.querySelectorAll<SVGSVGElement>('figure.diagram > svg[aria-label^="sequenceDiagram"]')) {
          const lifelines = [...svg.querySelectorAll<SVGLineElement>('line.lifeline')].map((l) => l.x1.baseVal.value);
          const labels = [...svg.querySelectorAll<SVGTextElement>('text')].filter((t) => t.textContent?.trim());
          for (const message of svg.querySelectorAll<SVGGElement>('g.message')) {
            const text = message.querySelector<SVGTextElement>(':scope > text');
            if (!text) continue;
            const name = `"${text.textContent}"`;
            const box = text.getBBox();
            const arrow = message.querySelector<SVGLineElement>(':scope > line');
            if (arrow && box.y + box.height > arrow.y1.baseVal.value - 1) out.push(`${name} touches its own arrow`);
            const crossed = lifelines.filter((x) => x > box.x + 1 && x < box.x + box.width - 1);
            const style = getComputedStyle(text);
            const halo = style.paintOrder.startsWith('stroke') && parseFloat(style.strokeWidth) >= 3;
            if (crossed.length && !halo) out.push(`${name} has ${crossed.length} lifeline(s) drawn through it`);
            for (const other of labels) {
              if (other !== text && overlaps(box, other.getBBox())) out.push(`${name} overlaps "${other.textContent}"`);
            }
          }
        }
        return out;
      });
      problems.push(...found.map((p) => `/${path}: ${p}`));
    }
    await context.close();
    expect(problems.join('\n')).toBe('');
  });
});
