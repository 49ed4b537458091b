// The docs collection as the site navigates it: pages per language (Thai falls back to English),
// the sidebar tree ordered by frontmatter `section` and `order`, and previous/next links.
import { getCollection, type CollectionEntry } from 'astro:content';
import { SECTIONS } from '../content.config.ts';
import type { Lang } from '../core/schema.ts';
import { entryPath } from './paths.ts';

export type DocEntry = CollectionEntry<'docs'>;

export interface DocPage {
  /** Language-neutral path without base, e.g. `roles/scribe/`. */
  path: string;
  /** Slug as in PAGES.md, e.g. `roles/scribe`, `severity/index`. */
  slug: string;
  lang: Lang;
  entry: DocEntry;
  /** True when a Thai page shows the English entry because no translation exists yet. */
  fallback: boolean;
}

export interface NavGroup {
  section: string;
  pages: DocPage[];
}

const sectionRank = (section: string) => {
  const i = (SECTIONS as readonly string[]).indexOf(section);
  return i === -1 ? SECTIONS.length : i;
};

function compare(a: DocPage, b: DocPage): number {
  const d = a.entry.data;
  const e = b.entry.data;
  return sectionRank(d.section) - sectionRank(e.section) || d.order - e.order || a.path.localeCompare(b.path);
}

/** `roles/index`, `roles/scribe`: the file's path under its language folder, without extension. */
function slugOf(entry: DocEntry): string {
  const file = entry.filePath ?? entry.id;
  return file.replace(/^.*?content\/docs\/(?:en|th)\//, '').replace(/\.mdx?$/, '');
}

/** The section's overview page (`<section>/index.mdx`), if it has one. */
export function sectionIndexOf(pages: DocPage[], section: string): DocPage | undefined {
  return pages.find((p) => p.path === `${section}/`);
}

let cache: Promise<DocEntry[]> | undefined;
const allEntries = () => (cache ??= getCollection('docs'));

/** Every docs page of a language, in reading order. Thai includes English pages not yet translated. */
export async function docPages(lang: Lang): Promise<DocPage[]> {
  const entries = await allEntries();
  const byLang = new Map<string, DocEntry>();
  const english = new Map<string, DocEntry>();
  for (const entry of entries) {
    const info = entryPath(entry.id);
    if (info.lang === lang) byLang.set(info.path, entry);
    if (info.lang === 'en') english.set(info.path, entry);
  }
  const pages: DocPage[] = [];
  for (const [path, entry] of byLang) pages.push({ path, slug: slugOf(entry), lang, entry, fallback: false });
  if (lang !== 'en') {
    for (const [path, entry] of english) {
      if (!byLang.has(path)) pages.push({ path, slug: slugOf(entry), lang, entry, fallback: true });
    }
  }
  return pages.sort(compare);
}

/** Pages grouped by section, sections in the handbook's order. */
export function navGroups(pages: DocPage[]): NavGroup[] {
  const groups: NavGroup[] = [];
  for (const page of pages) {
    const section = page.entry.data.section;
    let group = groups.find((g) => g.section === section);
    if (!group) groups.push((group = { section, pages: [] }));
    group.pages.push(page);
  }
  return groups;
}

/** Language-neutral paths that exist in a language (docs pages only). */
export async function docPaths(lang: Lang): Promise<Set<string>> {
  return new Set((await docPages(lang)).map((p) => p.path));
}
