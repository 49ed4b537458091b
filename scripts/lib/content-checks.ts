// The content checks run by tests/unit/content.test.ts, as pure functions over pages read by
// content-docs.ts. Each returns a list of problems, one line each, naming the file (and line) and
// the link or heading at fault; an empty list means the check passed.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ZodType } from 'zod';
import { anchorsOf, headingsOf, linksOf, proseLines, type DocPage } from './content-docs.ts';
import { LANGS, LOCALES } from '../../src/core/i18n/locales.ts';

/**
 * Routes that are not docs pages but may be linked (home, tools, search, in both languages): every
 * static page file under src/pages, so a new tool page is linkable as soon as it exists. A
 * `[...lang]` folder holds pages that exist once per language, under each language's URL prefix.
 */
export function appRoutes(pagesDir: string = join(process.cwd(), 'src', 'pages')): string[] {
  const routes: string[] = [];
  const walk = (dir: string, prefix: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory() && entry.name === '[...lang]') {
        for (const lang of LANGS)
          walk(join(dir, entry.name), `${prefix}${LOCALES[lang].prefix.replace(/^\//, '')}/`.replace(/^\/\/$/, '/'));
        continue;
      }
      if (entry.name.includes('[')) continue; // dynamic routes: the docs pages themselves
      if (entry.isDirectory()) walk(join(dir, entry.name), `${prefix}${entry.name}/`);
      else if (/\.(astro|mdx?)$/.test(entry.name)) {
        const name = entry.name.replace(/\.(astro|mdx?)$/, '');
        routes.push(name === 'index' ? prefix : `${prefix}${name}/`);
      }
    }
  };
  walk(pagesDir, '/');
  return routes.sort();
}

export const REQUIRED_FIELDS = ['title', 'description', 'section', 'order', 'tags', 'lastReviewed'] as const;

function at(page: DocPage, line?: number): string {
  return line === undefined ? page.file : `${page.file}:${line}`;
}

/**
 * Every English page has a Thai page with the same slug unless the list (content/untranslated.yaml,
 * already parsed) names it with a reason; stale list entries and Thai pages without an English
 * original are reported too.
 */
export function translationProblems(pages: DocPage[], untranslatedList: unknown, listFile: string): string[] {
  const problems: string[] = [];
  const en = pages.filter((p) => p.lang === 'en');
  const th = pages.filter((p) => p.lang === 'th');
  const enSlugs = new Set(en.map((p) => p.slug));
  const thSlugs = new Set(th.map((p) => p.slug));
  const untranslated = new Set<string>();
  const list = untranslatedList ?? [];
  if (!Array.isArray(list)) {
    problems.push(`${listFile}: must be a list of { slug, reason } entries`);
  } else {
    list.forEach((entry: unknown, index) => {
      const { slug, reason } = (entry ?? {}) as { slug?: unknown; reason?: unknown };
      if (typeof slug !== 'string' || slug === '') problems.push(`${listFile}: entry ${index + 1} has no slug`);
      else if (typeof reason !== 'string' || reason.trim() === '') problems.push(`${listFile}: ${slug} has no reason`);
      else if (!enSlugs.has(slug)) problems.push(`${listFile}: ${slug} is listed but content/docs/en/${slug}.mdx does not exist`);
      else if (thSlugs.has(slug))
        problems.push(`${listFile}: ${slug} is listed as untranslated but content/docs/th/${slug}.mdx exists`);
      else untranslated.add(slug);
    });
  }
  for (const page of en) {
    if (!thSlugs.has(page.slug) && !untranslated.has(page.slug)) {
      problems.push(
        `${page.file}: no Thai counterpart content/docs/th/${page.slug}.mdx (translate it or list it in ${listFile} with a reason)`,
      );
    }
  }
  for (const page of th) {
    if (!enSlugs.has(page.slug))
      problems.push(`${page.file}: Thai page without an English original content/docs/en/${page.slug}.mdx`);
  }
  return problems;
}

/** Fields that must agree between a page and its translation, so sidebars and search filters match. */
export const SHARED_FIELDS = ['order', 'service', 'severityHint'] as const;

export function counterpartProblems(pages: DocPage[]): string[] {
  const problems: string[] = [];
  const english = new Map(pages.filter((p) => p.lang === 'en').map((p) => [p.slug, p]));
  for (const page of pages.filter((p) => p.lang !== 'en')) {
    const original = english.get(page.slug);
    if (!original) continue;
    for (const field of SHARED_FIELDS) {
      const ours = page.frontmatter[field];
      const theirs = original.frontmatter[field];
      if (JSON.stringify(ours) !== JSON.stringify(theirs)) {
        problems.push(
          `${page.file}: frontmatter ${field} is ${JSON.stringify(ours) ?? 'missing'} but ${original.file} has ${JSON.stringify(theirs) ?? 'missing'}`,
        );
      }
    }
  }
  return problems;
}

/** The build's docs schema holds, the required fields are written out, section equals the folder. */
export function frontmatterProblems(pages: DocPage[], schema: ZodType): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const result = schema.safeParse(page.frontmatter);
    if (!result.success) {
      for (const issue of result.error.issues) {
        problems.push(`${page.file}: frontmatter ${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
      }
    }
    const fm = page.frontmatter;
    // The schema defaults some fields (tags); the brief wants every page to state them.
    for (const field of REQUIRED_FIELDS) {
      if (!(field in fm)) problems.push(`${page.file}: frontmatter is missing ${field}`);
    }
    if (fm.section !== page.folder) {
      problems.push(
        `${page.file}: frontmatter section is ${JSON.stringify(fm.section)} but the page is in the folder ${JSON.stringify(page.folder)}`,
      );
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
  return problems;
}

/**
 * No h1 in the body, and no empty section: a heading followed (blank lines aside) by another heading
 * of the same or a higher level, or by the end of the file. A code block or a component is content.
 */
export function sectionProblems(pages: DocPage[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    const headings = headingsOf(page);
    const lines = page.body.split('\n').map((text, index) => ({ line: page.bodyStartLine + index, text }));
    for (const heading of headings) {
      if (heading.level === 1)
        problems.push(`${at(page, heading.line)}: h1 "${heading.text}" in the body; use ## (the title is the page's h1)`);
      const next = headings.find((h) => h.line > heading.line);
      const hasContent = lines.some(
        (l) => l.line > heading.line && (next === undefined || l.line < next.line) && l.text.trim() !== '',
      );
      const nextIsSubsection = next !== undefined && next.level > heading.level;
      if (!hasContent && !nextIsSubsection) {
        problems.push(
          `${at(page, heading.line)}: section "${heading.text}" is empty (${next ? `followed directly by "${next.text}"` : 'at the end of the file'})`,
        );
      }
    }
  }
  return problems;
}

// Upper case only for the note-to-self words: "todo" as a ticket status is a real word.
const PLACEHOLDER = /\b(TBD|TODO|XXX)\b|\b[Ll]orem\b|\b[Cc]oming [Ss]oon\b/;

/** Placeholder text in the title, description or prose; words inside `code` are quotations, not placeholders. */
export function placeholderProblems(pages: DocPage[]): string[] {
  const problems: string[] = [];
  for (const page of pages) {
    for (const field of ['title', 'description'] as const) {
      const value = page.frontmatter[field];
      const match = typeof value === 'string' ? PLACEHOLDER.exec(value) : null;
      if (match) problems.push(`${page.file}: frontmatter ${field} contains placeholder text "${match[0]}"`);
    }
    for (const { line, text } of proseLines(page)) {
      const match = PLACEHOLDER.exec(text);
      if (match)
        problems.push(
          `${at(page, line)}: placeholder text "${match[0]}" (write the content, or put the word in \`code\` if you are quoting it)`,
        );
    }
  }
  return problems;
}

function describeAnchors(page: DocPage): string {
  const ids = [...anchorsOf(page)];
  return ids.length === 0 ? 'none' : ids.map((id) => `#${id}`).join(', ');
}

/**
 * Internal links are root-relative with a trailing slash, lead to an existing docs page or app route in
 * the page's own language (or to a file under public/), and their #anchors match a heading there.
 */
export function linkProblems(pages: DocPage[], opts: { publicDir: string; appRoutes: readonly string[] }): string[] {
  const { appRoutes } = opts;
  const pageByUrl = new Map(pages.map((p) => [p.url, p]));
  const problems: string[] = [];
  for (const page of pages) {
    for (const { line, href } of linksOf(page)) {
      if (/^(https?:|mailto:|tel:)/.test(href)) continue;
      const where = at(page, line);
      if (href.startsWith('#')) {
        const anchor = decodeURIComponent(href.slice(1));
        if (!anchorsOf(page).has(anchor))
          problems.push(`${where}: anchor ${href} matches no heading on this page (headings: ${describeAnchors(page)})`);
        continue;
      }
      if (!href.startsWith('/')) {
        problems.push(
          `${where}: link ${href} is relative; write it root-relative with a trailing slash, e.g. /${page.lang === 'th' ? 'th/' : ''}roles/`,
        );
        continue;
      }
      const hashAt = href.indexOf('#');
      const pathAndQuery = hashAt === -1 ? href : href.slice(0, hashAt);
      const rawAnchor = hashAt === -1 ? '' : href.slice(hashAt + 1);
      const path = pathAndQuery.split('?')[0]!;
      if (/\.[a-z0-9]+$/i.test(path)) {
        // A static file such as /samples/incidents.csv or /schema/incident.v1.json.
        if (!existsSync(join(opts.publicDir, path))) problems.push(`${where}: link ${href}: no file public${path}`);
        continue;
      }
      if (!path.endsWith('/')) {
        problems.push(`${where}: link ${href} needs a trailing slash (${path}/)`);
        continue;
      }
      const target = pageByUrl.get(path);
      if (!target && !appRoutes.includes(path)) {
        problems.push(`${where}: link ${href} points to no page (no content/docs file maps to ${path})`);
        continue;
      }
      const targetIsThai = path === '/th/' || path.startsWith('/th/');
      if (targetIsThai !== (page.lang === 'th')) {
        problems.push(
          `${where}: link ${href} goes to the ${targetIsThai ? 'Thai' : 'English'} site from ${page.lang === 'th' ? 'a Thai' : 'an English'} page`,
        );
      }
      if (rawAnchor !== '') {
        const anchor = decodeURIComponent(rawAnchor);
        if (!target) problems.push(`${where}: link ${href}: anchors can only be checked on docs pages; link to the page instead`);
        else if (!anchorsOf(target).has(anchor)) {
          problems.push(
            `${where}: link ${href}: no heading with id "${anchor}" in ${target.file} (headings: ${describeAnchors(target)})`,
          );
        }
      }
    }
  }
  return problems;
}
