// Reading order and language fallback for docs pages, as plain functions over entries so they can be
// tested without Astro. Thai lists every English page; a page not yet translated keeps the English
// entry and is marked `fallback`.
import { DEFAULT_LANG, type Lang } from '../core/i18n/locales.ts';
import { entryPath } from './paths.ts';

export interface NavEntry {
  id: string;
  filePath?: string;
  data: { section: string; order: number };
}

export interface NavPage<E extends NavEntry = NavEntry> {
  /** Language-neutral path without base, e.g. `roles/scribe/`. */
  path: string;
  /** Slug as in PAGES.md, e.g. `roles/scribe`, `severity/index`. */
  slug: string;
  lang: Lang;
  entry: E;
  /** True when a Thai page shows the English entry because no translation exists yet. */
  fallback: boolean;
}

export interface NavGroup<E extends NavEntry = NavEntry> {
  section: string;
  pages: NavPage<E>[];
}

/** `roles/index`, `roles/scribe`: the file's path under its language folder, without extension. */
export function slugOf(entry: NavEntry): string {
  const file = entry.filePath ?? entry.id;
  return file
    .replace(/^.*?content\/docs\/(?:en|th)\//, '')
    .replace(/^(?:en|th)\//, '')
    .replace(/\.mdx?$/, '');
}

/**
 * Pages of one language in reading order: sections in `sectionOrder`, then `order`, then path.
 * `treatAsUntranslated` lists language-neutral paths (`reference/further-reading/`) whose translation
 * is ignored, so the page shows as it will before its translation exists (a preview aid).
 */
export function orderPages<E extends NavEntry>(
  entries: readonly E[],
  lang: Lang,
  sectionOrder: readonly string[],
  treatAsUntranslated: readonly string[] = [],
): NavPage<E>[] {
  const own = new Map<string, E>();
  // Pages not yet translated fall back to the default language's (English) entry.
  const english = new Map<string, E>();
  for (const entry of entries) {
    const info = entryPath(entry.id);
    if (info.lang === lang && !(lang !== DEFAULT_LANG && treatAsUntranslated.includes(info.path))) own.set(info.path, entry);
    if (info.lang === DEFAULT_LANG) english.set(info.path, entry);
  }
  const pages: NavPage<E>[] = [...own].map(([path, entry]) => ({ path, slug: slugOf(entry), lang, entry, fallback: false }));
  if (lang !== DEFAULT_LANG) {
    for (const [path, entry] of english) {
      if (!own.has(path)) pages.push({ path, slug: slugOf(entry), lang, entry, fallback: true });
    }
  }
  const rank = (section: string) => {
    const i = sectionOrder.indexOf(section);
    return i === -1 ? sectionOrder.length : i;
  };
  return pages.sort(
    (a, b) =>
      rank(a.entry.data.section) - rank(b.entry.data.section) ||
      a.entry.data.order - b.entry.data.order ||
      a.path.localeCompare(b.path),
  );
}

/** Pages grouped by section, in the order given. */
export function navGroups<E extends NavEntry>(pages: readonly NavPage<E>[]): NavGroup<E>[] {
  const groups: NavGroup<E>[] = [];
  for (const page of pages) {
    const section = page.entry.data.section;
    let group = groups.find((g) => g.section === section);
    if (!group) groups.push((group = { section, pages: [] }));
    group.pages.push(page);
  }
  return groups;
}

/** The section's overview page (`<section>/index.mdx`), if it has one. */
export function sectionIndexOf<E extends NavEntry>(pages: readonly NavPage<E>[], section: string): NavPage<E> | undefined {
  return pages.find((p) => p.path === `${section}/`);
}

/**
 * A section with more pages than this is cut short in the sidebar: every page's HTML carries the
 * sidebar, so listing a section of 3,000 runbooks in full would make each page grow with the square of
 * the content.
 */
export const SIDEBAR_LONG_SECTION = 12;
/** How many of a long section's first pages (in reading order) the sidebar lists. */
export const SIDEBAR_FIRST_PAGES = 8;

export interface SidebarGroup<E extends NavEntry = NavEntry> {
  section: string;
  /** The pages listed, in reading order: all of them, or the first ones and the current page. */
  pages: NavPage<E>[];
  /** How many pages the section has (more than `pages.length` when it is cut short). */
  total: number;
  /** The section's index page, which lists every page, when the sidebar is cut short. */
  more?: NavPage<E>;
  /** The current page is in this section. */
  current: boolean;
}

/**
 * The sidebar of the page at `currentPath`: short sections in full; a long section with an index page
 * shows its first pages, the current page wherever it is, and a link to the index. A long section
 * without an index page stays in full, so no page becomes unreachable from the sidebar.
 */
export function sidebarGroups<E extends NavEntry>(groups: readonly NavGroup<E>[], currentPath: string): SidebarGroup<E>[] {
  return groups.map(({ section, pages }) => {
    const current = pages.some((p) => p.path === currentPath);
    const index = sectionIndexOf(pages, section);
    if (pages.length <= SIDEBAR_LONG_SECTION || !index) return { section, pages, total: pages.length, current };
    const shown = pages.filter((p, i) => i < SIDEBAR_FIRST_PAGES || p.path === currentPath);
    return { section, pages: shown, total: pages.length, more: index, current };
  });
}

/** Sections whose index page lists every page itself: the runbooks index embeds RunbookIndex (with filters). */
export const SECTIONS_LISTING_THEIR_PAGES: readonly string[] = ['runbooks'];

/**
 * What the index page at `currentPath` lists below its article: when its section is long enough to be
 * cut short in the sidebar, every other page of the section (the full list the sidebar links to);
 * nothing for other pages, short sections and sections whose index lists its pages itself.
 */
export function sectionPageList<E extends NavEntry>(groups: readonly NavGroup<E>[], currentPath: string): NavPage<E>[] {
  const group = groups.find((g) => g.pages.length > SIDEBAR_LONG_SECTION && `${g.section}/` === currentPath);
  if (!group || SECTIONS_LISTING_THEIR_PAGES.includes(group.section) || !sectionIndexOf(group.pages, group.section)) return [];
  return group.pages.filter((p) => p.path !== currentPath);
}
