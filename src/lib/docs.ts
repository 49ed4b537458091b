// The docs collection as the site navigates it (see nav.ts for the ordering and language fallback).
import { getCollection, type CollectionEntry } from 'astro:content';
import { SECTIONS } from '../content.config.ts';
import type { Lang } from '../core/i18n/locales.ts';
import { navGroups, orderPages, sectionIndexOf, type NavPage } from './nav.ts';

export type DocEntry = CollectionEntry<'docs'>;
export type DocPage = NavPage<DocEntry>;
export { navGroups, sectionIndexOf };

let cache: Promise<DocEntry[]> | undefined;
const allEntries = () => (cache ??= getCollection('docs'));

/**
 * Preview aid for writers and for the tests: HANDBOOK_UNTRANSLATED_PREVIEW=reference/further-reading
 * (comma-separated, paths as in the URL without /th/) builds those Thai pages as if their translation
 * did not exist yet, showing the English text under the "not translated yet" notice.
 */
export const untranslatedPreview: string[] = (process.env.HANDBOOK_UNTRANSLATED_PREVIEW ?? '')
  .split(',')
  .map((path) => path.trim().replace(/^\/+|\/+$/g, ''))
  .filter(Boolean)
  .map((path) => `${path}/`);

const ordered = new Map<Lang, Promise<DocPage[]>>();

/**
 * Every docs page of a language, in reading order. Thai includes English pages not yet translated.
 * Ordered once per language and build: every page's route data asks for it, and sorting the whole
 * list again for each of thousands of pages made the build grow faster than the content.
 */
export function docPages(lang: Lang): Promise<DocPage[]> {
  let pages = ordered.get(lang);
  if (!pages) {
    pages = allEntries().then((entries) => orderPages(entries, lang, SECTIONS, untranslatedPreview));
    ordered.set(lang, pages);
  }
  return pages;
}
