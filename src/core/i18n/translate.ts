// The one way to turn a message key into text: `t(key, vars)`. Dictionaries are plain data with
// namespaced keys ('postmortem.savedAt'); a message is a string with `{name}` slots, or plural forms
// chosen by Intl.PluralRules from the `count` variable. An array variable is joined with
// Intl.ListFormat ("a, b and c" / "a, b และ c"). Pure: no DOM, usable by core, islands, pages, CLIs.
import { LOCALES, type Lang } from './locales.ts';

/** Plural forms by Intl.PluralRules category; `other` is required (it is Thai's only form). */
export type PluralMessage = Readonly<Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>;
export type Message = string | PluralMessage;
export type Messages = Readonly<Record<string, Message>>;
export type Vars = Readonly<Record<string, string | number | readonly string[]>>;

/** Same keys as the English dictionary, so a missing translation fails the type-check. */
export type Translation<M extends Messages> = { readonly [K in keyof M]: Message };

export type Translate<M extends Messages> = (key: keyof M & string, vars?: Vars) => string;

const pluralRules = new Map<string, Intl.PluralRules>();
const listFormats = new Map<string, Intl.ListFormat>();

function pluralRule(intl: string): Intl.PluralRules {
  let rule = pluralRules.get(intl);
  if (!rule) pluralRules.set(intl, (rule = new Intl.PluralRules(intl)));
  return rule;
}

function listFormat(intl: string): Intl.ListFormat {
  let format = listFormats.get(intl);
  if (!format) listFormats.set(intl, (format = new Intl.ListFormat(intl, { type: 'conjunction' })));
  return format;
}

const SLOT = /\{(\w+)\}/g;

/**
 * Fills `{name}` slots. A slot without a value is left as written, so a forgotten variable shows up
 * on the page instead of vanishing.
 */
export function fill(text: string, vars: Vars | undefined, lang: Lang): string {
  if (!vars) return text;
  return text.replace(SLOT, (slot, name: string) => {
    const value = vars[name];
    if (value === undefined) return slot;
    if (Array.isArray(value)) return listFormat(LOCALES[lang].intl).format(value as string[]);
    return String(value);
  });
}

/** The text of one message: plural forms are chosen by `vars.count`. */
export function format(message: Message, vars: Vars | undefined, lang: Lang): string {
  if (typeof message === 'string') return fill(message, vars, lang);
  const count = Number(vars?.count ?? 0);
  const category = pluralRule(LOCALES[lang].intl).select(count);
  return fill(message[category] ?? message.other, vars, lang);
}

/**
 * A `t()` over one language's dictionary. An unknown key returns the key itself, visibly; the
 * dictionaries' tests make sure none reaches a page.
 */
export function createTranslate<M extends Messages>(messages: M, lang: Lang): Translate<M> {
  return (key, vars) => {
    const message = messages[key];
    return message === undefined ? key : format(message, vars, lang);
  };
}

/**
 * The part of a dictionary under some key prefixes, e.g. what one island needs, so a page ships one
 * language's strings for one tool and not the whole site's.
 */
export function pickMessages<M extends Messages>(messages: M, ...prefixes: string[]): M {
  const picked: Record<string, Message> = {};
  for (const [key, value] of Object.entries(messages)) {
    if (prefixes.some((prefix) => key.startsWith(prefix))) picked[key] = value;
  }
  return picked as M;
}

/** One namespace's dictionary in every language; Thai must have exactly the English keys. */
export interface Dictionary<M extends Messages> {
  readonly en: M;
  readonly th: Translation<M>;
}

export function defineDictionary<const M extends Messages>(en: M, th: Translation<M>): Dictionary<M> {
  return { en, th };
}

/**
 * A `t()` for a language over the given dictionaries only. Core modules translate through the
 * namespaces they render (a template needs 'incident.' and 'postmortemDoc.', not the career plan's),
 * so a page that bundles one of them ships only those strings.
 */
export function translator(...dictionaries: readonly Dictionary<Messages>[]): (lang: Lang) => Translate<Messages> {
  const cache = new Map<Lang, Translate<Messages>>();
  return (lang) => {
    let t = cache.get(lang);
    if (!t) {
      t = createTranslate(Object.assign({}, ...dictionaries.map((dictionary) => dictionary[lang])) as Messages, lang);
      cache.set(lang, t);
    }
    return t;
  };
}
