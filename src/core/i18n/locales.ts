// The one locale table. Layouts, islands, core renderers and paths all read it, so a language's tag,
// URL prefix and Intl locale are decided here and nowhere else. Adding a language starts here.

export const LANGS = ['en', 'th'] as const;
export type Lang = (typeof LANGS)[number];

export interface Locale {
  lang: Lang;
  /** BCP-47 tag for `<html lang>` and hreflang. */
  tag: string;
  /**
   * The Intl locale for dates, numbers, plurals and lists. Thai pins the Gregorian calendar: the
   * handbook's times are shared with tools and people abroad, so 2026 stays 2026, not 2569.
   */
  intl: string;
  /** Open Graph locale. */
  og: string;
  /** URL prefix without a trailing slash: '' for the default language. */
  prefix: string;
  /** The language's own name, for the language switcher. */
  name: string;
}

export const DEFAULT_LANG: Lang = 'en';

export const LOCALES: Readonly<Record<Lang, Locale>> = {
  en: { lang: 'en', tag: 'en', intl: 'en-GB', og: 'en_US', prefix: '', name: 'English' },
  th: { lang: 'th', tag: 'th', intl: 'th-TH-u-ca-gregory', og: 'th_TH', prefix: '/th', name: 'ภาษาไทย' },
};

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

export function otherLang(lang: Lang): Lang {
  return lang === 'en' ? 'th' : 'en';
}
