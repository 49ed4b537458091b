// The docs collection as the site navigates it (see nav.ts for the ordering and language fallback).
import { getCollection, type CollectionEntry } from 'astro:content';
import { SECTIONS } from '../content.config.ts';
import type { Lang } from '../core/schema.ts';
import { navGroups, orderPages, sectionIndexOf, type NavPage } from './nav.ts';

export type DocEntry = CollectionEntry<'docs'>;
export type DocPage = NavPage<DocEntry>;
export { navGroups, sectionIndexOf };

let cache: Promise<DocEntry[]> | undefined;
const allEntries = () => (cache ??= getCollection('docs'));

/** Every docs page of a language, in reading order. Thai includes English pages not yet translated. */
export async function docPages(lang: Lang): Promise<DocPage[]> {
  return orderPages(await allEntries(), lang, SECTIONS);
}
