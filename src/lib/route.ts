// The route data of one page: its language, `t`, the docs pages of that language in reading order and
// the navigation built from them. A route computes it once (`routeData(lang)`) and passes it down to
// the layouts and components, so none of them re-derives the language or the navigation.
import { LANGS, LOCALES, isLang, DEFAULT_LANG, otherLang, type Lang, type Locale } from '../core/i18n/locales.ts';
import type { Messages, Translate } from '../core/i18n/translate.ts';
import { MESSAGES, useTranslations } from '../i18n/index.ts';
import { docPages, navGroups, type DocEntry, type DocPage } from './docs.ts';
import type { NavGroup } from './nav.ts';

export interface RouteData {
  lang: Lang;
  locale: Locale;
  /** The language the switcher offers. */
  other: Lang;
  t: Translate<Messages>;
  /** The language's docs pages in reading order (Thai includes untranslated English ones). */
  pages: DocPage[];
  /** The sidebar: the pages grouped by section. */
  nav: NavGroup<DocEntry>[];
  /** Language-neutral paths of the docs pages that exist in the other language. */
  otherPaths: ReadonlySet<string>;
  /** The title of a docs section (`roles` → "Roles"), or the section id when it has none. */
  sectionTitle: (section: string) => string;
}

const perLanguage = new Map<Lang, Promise<RouteData>>();

/**
 * The route data of a language, made once per build: it holds nothing page-specific, and remaking the
 * navigation and the other language's path set for every page grew with pages × pages.
 */
export function routeData(lang: Lang): Promise<RouteData> {
  let data = perLanguage.get(lang);
  if (!data) {
    data = makeRouteData(lang);
    perLanguage.set(lang, data);
  }
  return data;
}

async function makeRouteData(lang: Lang): Promise<RouteData> {
  const other = otherLang(lang);
  const pages = await docPages(lang);
  const t = useTranslations(lang);
  return {
    lang,
    locale: LOCALES[lang],
    other,
    t,
    pages,
    nav: navGroups(pages),
    otherPaths: new Set((await docPages(other)).map((page) => page.path)),
    // Section keys are built from the frontmatter's `section`; the dictionary test allows that prefix.
    sectionTitle: (section) => (`site.section.${section}` in MESSAGES[lang] ? t(`site.section.${section}`) : section),
  };
}

/** The route parameter of a language: undefined for the default language (no prefix), else 'th'. */
export function langParam(lang: Lang): string | undefined {
  return LOCALES[lang].prefix.replace(/^\//, '') || undefined;
}

/** `getStaticPaths` of a page that exists once per language under `src/pages/[...lang]/`. */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: Lang } }[] {
  return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** The language of a URL's locale segment (`Astro.currentLocale`), the default one when absent. */
export function langOf(locale: string | undefined): Lang {
  const match = LANGS.find((lang) => langParam(lang) === locale);
  return match ?? (isLang(locale) ? locale : DEFAULT_LANG);
}

/**
 * The language an MDX component renders in: the article's (DocsLayout sets it, so an untranslated
 * page shown on a Thai URL stays English throughout), else the URL's. MDX components are rendered by
 * the content, not by the layout, so they cannot receive the route data as a prop.
 */
export function componentLang(astro: { currentLocale?: string | undefined; locals: App.Locals }): Lang {
  return astro.locals.contentLang ?? langOf(astro.currentLocale);
}
