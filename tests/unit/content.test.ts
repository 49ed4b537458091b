// Content checks over content/docs (every writer's pages): translation coverage, frontmatter schema,
// empty sections and placeholder text, internal links and anchors. Each failure names the file, the
// line and the link or heading, so a writer can fix it without reading this file.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import {
  anchorsOf,
  headingPlainText,
  headingsOf,
  linksOf,
  proseLines,
  readDocPages,
  type DocPage,
} from '../../scripts/lib/content-docs.ts';

// The content config imports Astro's virtual module only to wrap the schema; outside a build the
// wrapper is the identity, so the checks validate against the very schema the build uses.
vi.mock('astro:content', () => ({ defineCollection: <T,>(collection: T) => collection }));
const { collections } = await import('../../src/content.config.ts');
const docsSchema = collections.docs.schema as unknown as import('zod').ZodType;

const { pages, problems: readProblems } = readDocPages();
const byLang = { en: pages.filter((p) => p.lang === 'en'), th: pages.filter((p) => p.lang === 'th') };
const pageByUrl = new Map(pages.map((p) => [p.url, p]));

/** Routes that are not docs pages but may be linked (tools, search, home), in both languages. */
const APP_ROUTES = ['/', '/tools/postmortem/', '/tools/metrics/', '/search/'].flatMap((r) => [r, r === '/' ? '/th/' : `/th${r}`]);

function at(page: DocPage, line?: number): string {
  return line === undefined ? page.file : `${page.file}:${line}`;
}

describe('content pages', () => {
  test('the docs folder has pages in both languages and every file has readable frontmatter', () => {
    expect(byLang.en.length, 'no English pages under content/docs/en').toBeGreaterThan(0);
    expect(byLang.th.length, 'no Thai pages under content/docs/th').toBeGreaterThan(0);
    expect(readProblems).toEqual([]);
  });

  test('every English page has a Thai counterpart, unless listed in content/untranslated.yaml with a reason', () => {
    const listFile = 'content/untranslated.yaml';
    const raw: unknown = parse(readFileSync(join(process.cwd(), listFile), 'utf8')) ?? [];
    const problems: string[] = [];
    const untranslated = new Map<string, string>();
    if (!Array.isArray(raw)) problems.push(`${listFile}: must be a list of { slug, reason } entries`);
    else
      raw.forEach((entry: unknown, index) => {
        const { slug, reason } = (entry ?? {}) as { slug?: unknown; reason?: unknown };
        if (typeof slug !== 'string' || slug === '') problems.push(`${listFile}: entry ${index + 1} has no slug`);
        else if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${listFile}: ${slug} has no reason`);
        else if (!byLang.en.some((p) => p.slug === slug)) problems.push(`${listFile}: ${slug} is listed but content/docs/en/${slug}.mdx does not exist`);
        else untranslated.set(slug, reason);
      });
    const thSlugs = new Set(byLang.th.map((p) => p.slug));
    const enSlugs = new Set(byLang.en.map((p) => p.slug));
    for (const page of byLang.en) {
      if (!thSlugs.has(page.slug) && !untranslated.has(page.slug)) {
        problems.push(`${page.file}: no Thai counterpart content/docs/th/${page.slug}.mdx (translate it or list it in ${listFile} with a reason)`);
      }
      if (thSlugs.has(page.slug) && untranslated.has(page.slug)) {
        problems.push(`${listFile}: ${page.slug} is listed as untranslated but content/docs/th/${page.slug}.mdx exists`);
      }
    }
    for (const page of byLang.th) {
      if (!enSlugs.has(page.slug)) problems.push(`${page.file}: Thai page without an English original content/docs/en/${page.slug}.mdx`);
    }
    expect(problems).toEqual([]);
  });

  test('frontmatter matches the docs schema, section equals the folder, runbooks carry service and severity hint', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const result = docsSchema.safeParse(page.frontmatter);
      if (!result.success) {
        for (const issue of result.error.issues) {
          problems.push(`${page.file}: frontmatter ${issue.path.join('.') || '(root)'}: ${issue.message}`);
        }
      }
      const fm = page.frontmatter;
      for (const field of ['title', 'description', 'section', 'order', 'tags', 'lastReviewed'] as const) {
        if (!(field in fm)) problems.push(`${page.file}: frontmatter is missing ${field}`);
      }
      if (fm.section !== page.folder) {
        problems.push(`${page.file}: frontmatter section is ${JSON.stringify(fm.section)} but the page is in the folder ${JSON.stringify(page.folder)}`);
      }
      if (typeof fm.lastReviewed === 'string' && !/^\d{4}-\d{2}-\d{2}$/.test(fm.lastReviewed)) {
        problems.push(`${page.file}: lastReviewed ${JSON.stringify(fm.lastReviewed)} is not a YYYY-MM-DD date`);
      }
      const isRunbook = page.folder === 'runbooks' && !['runbooks/index', 'runbooks/template'].includes(page.slug);
      if (isRunbook) {
        for (const field of ['service', 'severityHint'] as const) {
          if (!(field in fm)) problems.push(`${page.file}: runbook frontmatter is missing ${field}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('no empty sections and no h1 in the body (the title is the h1)', () => {
    const problems: string[] = [];
    for (const page of pages) {
      const headings = headingsOf(page);
      // Every body line counts as content (a code block or a component is content), except blank lines.
      const lines = page.body.split('\n').map((text, index) => ({ line: page.bodyStartLine + index, text }));
      for (const heading of headings) {
        if (heading.level === 1) problems.push(`${at(page, heading.line)}: h1 "${heading.text}" in the body; use ## (the title is the page's h1)`);
        // The section's content: lines after this heading up to the next heading of any level.
        const next = headings.find((h) => h.line > heading.line);
        const contentLines = lines.filter((l) => l.line > heading.line && (next === undefined || l.line < next.line) && l.text.trim() !== '');
        const nextIsSubsection = next !== undefined && next.level > heading.level;
        if (contentLines.length === 0 && !nextIsSubsection) {
          problems.push(`${at(page, heading.line)}: section "${heading.text}" is empty (${next ? `followed directly by "${next.text}"` : 'at the end of the file'})`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  test('no placeholder text (TBD, TODO, lorem, coming soon, XXX) outside code', () => {
    // Upper case only: "todo" as a ticket status is a real word, "TODO" is a note to self.
    const placeholder = /\b(TBD|TODO|XXX)\b|\b[Ll]orem\b|\b[Cc]oming [Ss]oon\b/;
    const problems: string[] = [];
    for (const page of pages) {
      for (const field of ['title', 'description'] as const) {
        const value = page.frontmatter[field];
        const match = typeof value === 'string' ? placeholder.exec(value) : null;
        if (match) problems.push(`${page.file}: frontmatter ${field} contains placeholder text "${match[0]}"`);
      }
      for (const { line, text } of proseLines(page)) {
        const match = placeholder.exec(text);
        // Quoting the word in `code` is how a page talks about placeholders without being one.
        if (match) problems.push(`${at(page, line)}: placeholder text "${match[0]}" (write the content, or put the word in \`code\` if you are quoting it)`);
      }
    }
    expect(problems).toEqual([]);
  });

  test('every internal link points to an existing page or route in the same language, and every #anchor to a heading', () => {
    const problems: string[] = [];
    for (const page of pages) {
      for (const { line, href } of linksOf(page)) {
        if (/^(https?:|mailto:|tel:)/.test(href)) continue;
        const where = at(page, line);
        if (href.startsWith('#')) {
          const anchor = decodeURIComponent(href.slice(1));
          if (!anchorsOf(page).has(anchor)) problems.push(`${where}: anchor ${href} matches no heading on this page (headings: ${describeAnchors(page)})`);
          continue;
        }
        if (!href.startsWith('/')) {
          problems.push(`${where}: link ${href} is relative; write it root-relative with a trailing slash, e.g. /${page.lang === 'th' ? 'th/' : ''}roles/`);
          continue;
        }
        const [pathAndQuery, rawAnchor] = href.split('#', 2) as [string, string | undefined];
        const path = pathAndQuery.split('?')[0]!;
        if (/\.[a-z0-9]+$/i.test(path)) {
          // A static file such as /samples/incidents.csv or /schema/incident.schema.json.
          if (!existsSync(join(process.cwd(), 'public', path))) problems.push(`${where}: link ${href}: no file public${path}`);
          continue;
        }
        if (!path.endsWith('/')) {
          problems.push(`${where}: link ${href} needs a trailing slash (${path}/)`);
          continue;
        }
        const target = pageByUrl.get(path);
        if (!target && !APP_ROUTES.includes(path)) {
          problems.push(`${where}: link ${href} points to no page (no content/docs file maps to ${path})`);
          continue;
        }
        const targetIsThai = path === '/th/' || path.startsWith('/th/');
        if (targetIsThai !== (page.lang === 'th')) {
          problems.push(`${where}: link ${href} goes to the ${targetIsThai ? 'Thai' : 'English'} site from a ${page.lang === 'th' ? 'Thai' : 'English'} page`);
        }
        if (rawAnchor !== undefined && rawAnchor !== '') {
          const anchor = decodeURIComponent(rawAnchor);
          if (!target) problems.push(`${where}: link ${href}: anchors can only be checked on docs pages; link to the page instead`);
          else if (!anchorsOf(target).has(anchor)) {
            problems.push(`${where}: link ${href}: no heading with id "${anchor}" in ${target.file} (headings: ${describeAnchors(target)})`);
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

function describeAnchors(page: DocPage): string {
  const ids = [...anchorsOf(page)];
  return ids.length === 0 ? 'none' : ids.map((id) => `#${id}`).join(', ');
}

describe('content check helpers', () => {
  test('heading anchors follow Astro: plain text, github-slugger, numbered duplicates, Thai kept', async () => {
    const { anchorsOf: anchors } = await import('../../scripts/lib/content-docs.ts');
    const page = { bodyStartLine: 1, body: '## What **not** to say\n\n## Use `kubectl` [here](/x/)\n\n## Checklist\n\n## Checklist\n\n## ระดับความรุนแรง\n' };
    expect([...anchors(page)]).toEqual(['what-not-to-say', 'use-kubectl-here', 'checklist', 'checklist-1', 'ระดับความรุนแรง']);
    expect(headingPlainText('Cost &lt; 5 minutes')).toBe('Cost < 5 minutes');
  });

  test('code fences and inline code are not prose: links, headings and placeholders inside them are ignored', () => {
    const page = { bodyStartLine: 1, body: 'See [a](/a/) and `TODO`.\n\n```sh\n# not a heading\necho "[b](/b/)"\n```\n\n## Real\n\nText <Card href="/c/">c</Card>\n' };
    expect(linksOf(page).map((l) => l.href)).toEqual(['/a/', '/c/']);
    expect(headingsOf(page).map((h) => h.text)).toEqual(['Real']);
    expect(proseLines(page).some((l) => l.text.includes('TODO'))).toBe(false);
  });
});
