// Site build helpers (engineer C): reading order and Thai fallback, URLs, and the Markdown pipeline's
// diagram and base-path plugins run through the real Sätteri processor.
import { describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { createSatteriMarkdownProcessor } from '@astrojs/markdown-satteri';
import {
  SIDEBAR_FIRST_PAGES,
  SIDEBAR_LONG_SECTION,
  navGroups,
  orderPages,
  sectionIndexOf,
  sectionPageList,
  sidebarGroups,
  type NavEntry,
} from '../../src/lib/nav.ts';
import { entryPath, href, withBase } from '../../src/lib/paths.ts';
import {
  finishDiagram,
  pageDiagramPrefix,
  prefixSvgIds,
  renderDiagram,
  stripRemoteFonts,
  svgWidth,
} from '../../src/lib/mermaid.ts';
import { baseLinks, baseLinksPlugin, mermaidPlugin } from '../../src/lib/markdown-plugins.ts';
import { staticImports } from '../../src/lib/page-assets.ts';

const entry = (id: string, section: string, order: number): NavEntry => ({
  id,
  filePath: `content/docs/${id}.mdx`,
  data: { section, order },
});

describe('reading order and language fallback', () => {
  const entries = [
    entry('en/roles/scribe', 'roles', 5),
    entry('en/roles/index', 'roles', 1),
    entry('en/severity/index', 'severity', 1),
    entry('th/severity/index', 'severity', 1),
    entry('th/roles/index', 'roles', 1),
  ];

  test('pages follow the section order, then frontmatter order', () => {
    const pages = orderPages(entries, 'en', ['severity', 'roles']);
    expect(pages.map((p) => p.path)).toEqual(['severity/', 'roles/', 'roles/scribe/']);
    expect(pages.map((p) => p.slug)).toEqual(['severity/index', 'roles/index', 'roles/scribe']);
    expect(navGroups(pages).map((g) => [g.section, g.pages.length])).toEqual([
      ['severity', 1],
      ['roles', 2],
    ]);
    expect(sectionIndexOf(pages, 'roles')?.slug).toBe('roles/index');
  });

  test('Thai lists every English page; an untranslated one keeps the English entry, marked as fallback', () => {
    const pages = orderPages(entries, 'th', ['severity', 'roles']);
    expect(pages.map((p) => [p.path, p.fallback, p.entry.id])).toEqual([
      ['severity/', false, 'th/severity/index'],
      ['roles/', false, 'th/roles/index'],
      ['roles/scribe/', true, 'en/roles/scribe'],
    ]);
  });

  test('a translation listed as untranslated (the preview aid) is ignored in Thai only', () => {
    const th = orderPages(entries, 'th', ['severity', 'roles'], ['roles/']);
    expect(th.find((p) => p.path === 'roles/')).toMatchObject({ fallback: true, entry: { id: 'en/roles/index' } });
    expect(th.find((p) => p.path === 'severity/')?.fallback).toBe(false);
    const en = orderPages(entries, 'en', ['severity', 'roles'], ['roles/']);
    expect(en.every((p) => !p.fallback)).toBe(true);
  });
});

describe('sidebar of a long section', () => {
  const runbooks = (count: number, withIndex = true) => [
    entry('en/severity/index', 'severity', 1),
    ...(withIndex ? [entry('en/runbooks/index', 'runbooks', 0)] : []),
    ...Array.from({ length: count }, (_, i) => entry(`en/runbooks/runbook-${i + 1}`, 'runbooks', i + 1)),
  ];
  const sidebar = (count: number, current: string, withIndex = true) =>
    sidebarGroups(navGroups(orderPages(runbooks(count, withIndex), 'en', ['severity', 'runbooks'])), current);

  test('a short section is listed in full, with no link to its index', () => {
    const [, group] = sidebar(SIDEBAR_LONG_SECTION - 1, 'severity/');
    expect(group).toMatchObject({ section: 'runbooks', total: SIDEBAR_LONG_SECTION, current: false });
    expect(group!.more).toBeUndefined();
    expect(group!.pages).toHaveLength(SIDEBAR_LONG_SECTION);
  });

  test('a long section lists its first pages and the current one, and links to its index', () => {
    const [severity, group] = sidebar(3000, 'runbooks/runbook-2999/');
    expect(severity!.pages).toHaveLength(1);
    expect(group!.total).toBe(3001);
    expect(group!.more?.path).toBe('runbooks/');
    expect(group!.current).toBe(true);
    expect(group!.pages).toHaveLength(SIDEBAR_FIRST_PAGES + 1);
    expect(group!.pages.at(-1)?.path).toBe('runbooks/runbook-2999/');
    // Among the first pages, the current page is not listed twice.
    expect(sidebar(3000, 'runbooks/runbook-1/')[1]!.pages).toHaveLength(SIDEBAR_FIRST_PAGES);
  });

  test("a long section's index page lists every other page of the section, unless it lists them itself", () => {
    const long = (section: string) =>
      navGroups(
        orderPages(
          [
            entry(`en/${section}/index`, section, 0),
            ...Array.from({ length: 20 }, (_, i) => entry(`en/${section}/page-${i + 1}`, section, i + 1)),
          ],
          'en',
          [section],
        ),
      );
    expect(sectionPageList(long('career'), 'career/').map((p) => p.path)).toHaveLength(20);
    expect(sectionPageList(long('career'), 'career/page-3/')).toEqual([]);
    // The runbooks index embeds RunbookIndex, which lists and filters them.
    expect(sectionPageList(long('runbooks'), 'runbooks/')).toEqual([]);
    expect(sectionPageList(navGroups(orderPages(runbooks(3), 'en', ['severity', 'runbooks'])), 'runbooks/')).toEqual([]);
  });

  test('a long section without an index page stays in full, so every page stays reachable', () => {
    const [, group] = sidebar(30, 'severity/', false);
    expect(group!.more).toBeUndefined();
    expect(group!.pages).toHaveLength(30);
  });
});

describe('paths', () => {
  test('entry ids map to language-neutral paths', () => {
    expect(entryPath('en/severity/index')).toEqual({ lang: 'en', slug: 'severity/index', path: 'severity/' });
    expect(entryPath('th/roles/scribe')).toEqual({ lang: 'th', slug: 'roles/scribe', path: 'roles/scribe/' });
  });

  test('links get the language prefix and the base, and external links stay as they are', () => {
    expect(href('th', 'roles/')).toBe(`${import.meta.env.BASE_URL}th/roles/`);
    expect(withBase('/roles/')).toBe(`${import.meta.env.BASE_URL}roles/`);
    expect(withBase('https://example.org/x')).toBe('https://example.org/x');
    expect(withBase('#top')).toBe('#top');
  });
});

describe('diagrams', () => {
  test('SVG ids get a prefix, references included', () => {
    const svg =
      '<svg><defs><marker id="arrowhead"></marker></defs><path marker-end="url(#arrowhead)"/><use href="#arrowhead"/></svg>';
    expect(prefixSvgIds(svg, 'p1-')).toBe(
      '<svg><defs><marker id="p1-arrowhead"></marker></defs><path marker-end="url(#p1-arrowhead)"/><use href="#p1-arrowhead"/></svg>',
    );
  });

  test('no remote web font is left in a rendered diagram, and two diagrams share no id', () => {
    expect(
      stripRemoteFonts(
        "<style>@import url('https://fonts.googleapis.com/css2?family=Inter');\ntext { font-family: 'Inter', system-ui; }</style>",
      ),
    ).not.toMatch(/@import|googleapis|Inter/);
    const a = renderDiagram('flowchart LR\n  a --> b\n', { file: 'x.mdx', line: 3 });
    const b = renderDiagram('flowchart LR\n  a --> b\n', { file: 'x.mdx', line: 9 });
    if (a.kind !== 'svg' || b.kind !== 'svg') throw new Error('flowcharts render at build time');
    expect(a.svg).not.toMatch(/googleapis|@import/);
    const ids = (svg: string) => [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    expect(ids(a.svg).filter((id) => ids(b.svg).includes(id))).toEqual([]);
  });

  test("a component's diagrams are numbered per page, whatever order the pages render in", () => {
    const pageA = {};
    const pageB = {};
    expect([pageDiagramPrefix(pageA), pageDiagramPrefix(pageB), pageDiagramPrefix(pageA), pageDiagramPrefix(pageB)]).toEqual([
      'c1-',
      'c1-',
      'c2-',
      'c2-',
    ]);
    // The prefix given is the one used (a fence's comes from its file and line instead).
    const drawn = finishDiagram('flowchart LR', '<svg width="9"><marker id="arrow"/></svg>', { file: 'x' }, undefined, 'c2-');
    expect(drawn.kind === 'svg' && drawn.svg).toContain('id="c2-arrow"');
  });

  test('the natural width is read even when the accessible name contains ">"', () => {
    const drawn = renderDiagram('sequenceDiagram\n  A->>B: Response Time > 5s\n', { file: 'x.mdx' });
    expect(drawn.kind).toBe('svg');
    expect(svgWidth(drawn.kind === 'svg' ? drawn.svg : '')).toBeGreaterThan(50);
  });

  test('types beautiful-mermaid cannot draw are left for the browser renderer', () => {
    expect(renderDiagram('gantt\n  title Plan\n', { file: 'x.mdx' }).kind).toBe('client');
  });
});

describe('Markdown plugins', () => {
  const fileURL = pathToFileURL(join(process.cwd(), 'content/docs/en/example.md'));
  const render = async (markdown: string, base = '/') => {
    const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [mermaidPlugin(), baseLinksPlugin(base)] });
    return (await processor.render(markdown, { fileURL })).code;
  };

  test('a mermaid fence becomes an inline SVG', async () => {
    const html = await render('# T\n\n```mermaid\nflowchart LR\n  a[Declare] --> b[Triage]\n```\n');
    expect(html).toMatch(/<figure class="diagram"><svg role="img"/);
    expect(html).toContain('Triage');
  });

  test('a fence that does not parse fails with its file and line', async () => {
    await expect(render('# T\n\nText.\n\n```mermaid\nflowchart LR\n  a[ --> b\n```\n')).rejects.toThrow(
      /content\/docs\/en\/example\.md:6 does not parse/,
    );
  });

  test('root-relative links get the base path; other links do not', async () => {
    const html = await render('[a](/roles/scribe/) [b](https://example.org/) [c](#here) [d](/handbook/x/)', '/handbook/');
    expect(html).toContain('href="/handbook/roles/scribe/"');
    expect(html).toContain('href="https://example.org/"');
    expect(html).toContain('href="#here"');
    expect(html).toContain('href="/handbook/x/"');
  });

  test('links follow the base Astro resolved (as `astro build --base /x/` sets it), not the BASE variable', async () => {
    const { plugin, integration } = baseLinks();
    const configDone = integration.hooks['astro:config:done'] as (options: { config: { base: string } }) => void;
    configDone({ config: { base: '/x/' } });
    const processor = await createSatteriMarkdownProcessor({ mdastPlugins: [plugin] });
    const html = (await processor.render('[a](/roles/scribe/) ![i](/img.png)', { fileURL })).code;
    expect(html).toContain('href="/x/roles/scribe/"');
    expect(html).toContain('src="/x/img.png"');
  });
});

describe('page assets', () => {
  test('static imports are followed, dynamic imports are not', () => {
    const code = 'import{a as b}from"./chunk.js";import"./side.js";export*from"./re.js";const m=()=>import("./lazy.js");';
    expect(staticImports(code).sort()).toEqual(['./chunk.js', './re.js', './side.js']);
  });
});
