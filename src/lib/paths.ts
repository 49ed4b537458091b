// URL helpers. Pages talk in language-neutral paths without the base (`roles/scribe/`); these add the
// language prefix and the deployment base, so a build under `/handbook/` needs no other change.
import { DEFAULT_LANG, LOCALES, isLang, type Lang } from '../core/i18n/locales.ts';

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
  const prefix = LOCALES[lang].prefix.replace(/^\//, '');
  return prefix ? `${prefix}/${clean}` : clean;
}

/** Full href of a language-neutral path in a language. */
export function href(lang: Lang, path: string): string {
  return withBase(localePath(lang, path));
}

/** Docs entry id (`en/severity/index`, `th/roles/scribe`) -> its language and language-neutral path. */
export function entryPath(id: string): { lang: Lang; slug: string; path: string } {
  const [first, ...rest] = id.replace(/\.mdx?$/, '').split('/');
  // The content folders are named by language code (content/docs/en, content/docs/th).
  const lang: Lang = isLang(first) ? first : DEFAULT_LANG;
  const slug = rest.join('/');
  const parts = rest.filter((p, i) => !(p === 'index' && i === rest.length - 1));
  return { lang, slug, path: parts.length ? `${parts.join('/')}/` : '' };
}
