// URL helpers. Pages talk in language-neutral paths without the base (`roles/scribe/`); these add the
// language prefix and the deployment base, so a build under `/handbook/` needs no other change.
import type { Lang } from '../core/schema.ts';

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** `roles/scribe/` -> `/handbook/roles/scribe/` (with BASE=/handbook/). Leaves external URLs alone. */
export function withBase(path: string): string {
  if (/^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i.test(path)) return path;
  const clean = path.replace(/^\//, '');
  // A root-relative link that already carries the base stays as it is.
  if (BASE !== '/' && `/${clean}`.startsWith(BASE)) return `/${clean}`;
  return `${BASE}${clean}`;
}

/** Site path (without base) of a language-neutral path in a language: `th` + `roles/` -> `th/roles/`. */
export function localePath(lang: Lang, path: string): string {
  const clean = path.replace(/^\//, '');
  return lang === 'en' ? clean : `${lang}/${clean}`;
}

/** Full href of a language-neutral path in a language. */
export function href(lang: Lang, path: string): string {
  return withBase(localePath(lang, path));
}

/** Docs entry id (`en/severity/index`, `th/roles/scribe`) -> its language and language-neutral path. */
export function entryPath(id: string): { lang: Lang; slug: string; path: string } {
  const [first, ...rest] = id.replace(/\.mdx?$/, '').split('/');
  const lang: Lang = first === 'th' ? 'th' : 'en';
  const slug = rest.join('/');
  const parts = rest.filter((p, i) => !(p === 'index' && i === rest.length - 1));
  return { lang, slug, path: parts.length ? `${parts.join('/')}/` : '' };
}
