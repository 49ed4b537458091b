// Reads the handbook's docs pages (content/docs/<lang>/**.mdx) as plain text for the content checks
// (tests/unit/content.test.ts) and the content benchmark. Node-only; no Astro needed.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse } from 'yaml';
import GithubSlugger from 'github-slugger';

export const DOCS_DIR = join(process.cwd(), 'content', 'docs');
export const LANGS = ['en', 'th'] as const;
export type DocLang = (typeof LANGS)[number];

export interface DocPage {
  /** Path relative to the repository root, used in every message. */
  file: string;
  lang: DocLang;
  /** Language-neutral slug as in PAGES.md, e.g. `roles/scribe` or `start/index`. */
  slug: string;
  /** Folder name: the section the page belongs to. */
  folder: string;
  /** Site URL without base, e.g. `/roles/scribe/`, `/th/start/`. */
  url: string;
  frontmatter: Record<string, unknown>;
  /** The MDX body after the frontmatter. */
  body: string;
  /** Line number in the file of the body's first line (1-based), so messages can point at a line. */
  bodyStartLine: number;
}

export function pageUrl(lang: DocLang, slug: string): string {
  const path = slug.endsWith('/index') ? slug.slice(0, -'/index'.length) : slug === 'index' ? '' : slug;
  const prefix = lang === 'en' ? '' : `/${lang}`;
  return path === '' ? `${prefix}/` : `${prefix}/${path}/`;
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries.flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /\.mdx?$/.test(entry.name) ? [full] : [];
  });
}

/**
 * Splits `---\nyaml\n---\nbody`; a file without frontmatter yields `frontmatter: null`. With
 * `parseYaml: false` the frontmatter is left unread (`{}`): checks of the body alone skip the YAML.
 */
export function splitFrontmatter(
  text: string,
  { parseYaml = true } = {},
): { frontmatter: unknown; body: string; bodyStartLine: number; error?: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(text);
  if (!match) return { frontmatter: null, body: text, bodyStartLine: 1 };
  const bodyStartLine = match[0].split('\n').length;
  if (!parseYaml) return { frontmatter: {}, body: text.slice(match[0].length), bodyStartLine };
  try {
    return { frontmatter: parse(match[1]!), body: text.slice(match[0].length), bodyStartLine };
  } catch (error) {
    return { frontmatter: null, body: text.slice(match[0].length), bodyStartLine, error: (error as Error).message };
  }
}

/** One page from its text; `slug` is language-neutral (`roles/scribe`, `start/index`). */
export function parseDocPage(opts: { file: string; lang: DocLang; slug: string; text: string; parseYaml?: boolean }): {
  page: DocPage;
  problem?: string;
} {
  const { file, lang, slug, text, parseYaml } = opts;
  const folder = slug.includes('/') ? slug.split('/')[0]! : '';
  const { frontmatter, body, bodyStartLine, error } = splitFrontmatter(text, { parseYaml });
  let problem: string | undefined;
  if (error) problem = `${file}: frontmatter is not valid YAML: ${error}`;
  else if (frontmatter === null || typeof frontmatter !== 'object')
    problem = `${file}: no frontmatter block (--- … ---) at the top`;
  const page: DocPage = {
    file,
    lang,
    slug,
    folder,
    url: pageUrl(lang, slug),
    frontmatter: (frontmatter ?? {}) as Record<string, unknown>,
    body,
    bodyStartLine,
  };
  return problem === undefined ? { page } : { page, problem };
}

/**
 * Every docs page under `docsDir`. `parseYaml: false` leaves each page's frontmatter unread (`{}`), for
 * checks that read only bodies (the build's link check: Astro has already checked the frontmatter).
 */
export function readDocPages(docsDir: string = DOCS_DIR, { parseYaml = true } = {}): { pages: DocPage[]; problems: string[] } {
  const pages: DocPage[] = [];
  const problems: string[] = [];
  for (const lang of LANGS) {
    for (const full of walk(join(docsDir, lang)).sort()) {
      const file = relative(process.cwd(), full);
      const slug = relative(join(docsDir, lang), full)
        .split(sep)
        .join('/')
        .replace(/\.mdx?$/, '');
      const { page, problem } = parseDocPage({ file, lang, slug, text: readFileSync(full, 'utf8'), parseYaml });
      pages.push(page);
      if (problem) problems.push(problem);
    }
  }
  return { pages, problems };
}

export interface ProseLine {
  /** 1-based line number in the file. */
  line: number;
  text: string;
}

/**
 * The body's lines outside fenced code blocks (``` or ~~~), with inline code spans blanked, so
 * checks never trip over commands or quoted example text.
 */
export function proseLines(page: Pick<DocPage, 'body' | 'bodyStartLine'>): ProseLine[] {
  const out: ProseLine[] = [];
  let fence: string | null = null;
  page.body.split('\n').forEach((raw, index) => {
    const line = page.bodyStartLine + index;
    const fenceMatch = /^\s*(`{3,}|~{3,})/.exec(raw);
    if (fence) {
      if (fenceMatch && fenceMatch[1]!.startsWith(fence)) fence = null;
      return;
    }
    if (fenceMatch) {
      fence = fenceMatch[1]!;
      return;
    }
    out.push({ line, text: raw.replace(/`[^`]*`/g, (code) => ' '.repeat(code.length)) });
  });
  return out;
}

export interface Heading {
  line: number;
  level: number;
  text: string;
}

export function headingsOf(page: Pick<DocPage, 'body' | 'bodyStartLine'>): Heading[] {
  // Inline code is part of a heading's text, so read headings from the raw lines outside fences.
  const rawLines = page.body.split('\n');
  return proseLines(page).flatMap(({ line }) => {
    const raw = rawLines[line - page.bodyStartLine]!;
    const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(raw);
    return match ? [{ line, level: match[1]!.length, text: match[2]! }] : [];
  });
}

/** The text a heading renders to: Markdown links, emphasis and code marks removed. */
export function headingPlainText(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`([^`]*)`/g, '$1')
    .replace(/(\*\*|__|\*|_|~~)(.+?)\1/g, '$2')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .trim();
}

/** Anchor ids as Astro assigns them: github-slugger over the page's headings, in order. */
export function anchorsOf(page: Pick<DocPage, 'body' | 'bodyStartLine'>): Set<string> {
  const slugger = new GithubSlugger();
  return new Set(headingsOf(page).map((heading) => slugger.slug(headingPlainText(heading.text))));
}

export interface LinkRef {
  line: number;
  href: string;
}

/** Markdown link targets `[text](href)`, reference definitions `[ref]: href` and JSX `href="…"` attributes in prose. */
export function linksOf(page: Pick<DocPage, 'body' | 'bodyStartLine'>): LinkRef[] {
  return proseLines(page).flatMap(({ line, text }) => {
    const found: LinkRef[] = [];
    for (const match of text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push({ line, href: match[1]! });
    const definition = /^\s{0,3}\[[^\]]+\]:\s*<?([^\s>]+)>?/.exec(text);
    if (definition) found.push({ line, href: definition[1]! });
    for (const match of text.matchAll(/\bhref=(?:"([^"]*)"|'([^']*)'|\{["'`]([^"'`]*)["'`]\})/g)) {
      found.push({ line, href: (match[1] ?? match[2] ?? match[3])! });
    }
    return found;
  });
}

/** Prose words per language: Intl.Segmenter word segments that are word-like (Thai has no spaces). */
export function countWords(text: string, lang: DocLang): number {
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  let words = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) words += 1;
  return words;
}

/** The readable text of a page: prose lines without JSX tags, Markdown link targets or markup. */
export function readableText(page: Pick<DocPage, 'body' | 'bodyStartLine'>): string {
  return proseLines(page)
    .map(({ text }) => text.replace(/<\/?[A-Za-z][^>]*>/g, ' ').replace(/\]\([^)]*\)/g, ']'))
    .join('\n');
}
