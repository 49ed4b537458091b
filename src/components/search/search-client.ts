// A thin layer over Pagefind's JS API. Pagefind itself (and its per-language index) is fetched only
// when the reader shows they are about to search (see `warmSearch`) or the first search runs, from the
// site's own origin and base path.
import { createTranslate, type Messages, type Translate } from '../../core/i18n/translate.ts';
import { LOCALES, type Lang } from '../../core/i18n/locales.ts';

export interface SearchFilters {
  [name: string]: string[];
}

export interface SearchHit {
  url: string;
  title: string;
  section: string;
  /** Excerpt split into plain-text runs; `match` runs were highlighted by Pagefind. */
  excerpt: { text: string; match: boolean }[];
}

interface PagefindResultData {
  url: string;
  meta: Record<string, string>;
  excerpt: string;
}
interface PagefindApi {
  options(opts: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  /** Fetches the index chunks a term needs without searching, so the search that follows is quick. */
  preload(term: string, opts?: { filters?: SearchFilters }): Promise<void>;
  search(
    term: string | null,
    opts?: { filters?: SearchFilters },
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<PagefindApi> | undefined;

/**
 * Search-time weights of the metadata fields SearchIndexHints writes. A title match ranks highest,
 * then the frontmatter keywords (other names, Thai and English terms, tags, runbook service); the
 * section label alone should not pull a page up.
 */
const META_WEIGHTS = { title: 6, keywords: 4, section: 0.5 };

/**
 * Languages whose marks are letters: Thai vowel and tone marks are combining characters that change
 * the word (ที่ "at" is not ทีม "team"), so they must match exactly. Not English: Pagefind 1.6's exact
 * mode also stops stemmed words matching ("expiry" found nothing).
 */
const EXACT_DIACRITICS_LANGS: readonly Lang[] = ['th'];

export function loadPagefind(): Promise<PagefindApi> {
  loading ??= (async () => {
    const base = import.meta.env.BASE_URL;
    const url = `${base.endsWith('/') ? base : `${base}/`}pagefind/pagefind.js`;
    const api = (await import(/* @vite-ignore */ url)) as PagefindApi;
    // Pagefind loads the index of the page's language (<html lang>); match its diacritics rule.
    const pageLang = document.documentElement.lang;
    await api.options({
      baseUrl: base,
      excerptLength: 24,
      exactDiacritics: EXACT_DIACRITICS_LANGS.some((lang) => LOCALES[lang].tag === pageLang),
      ranking: { metaWeights: META_WEIGHTS },
    });
    await api.init();
    return api;
  })();
  // A failed load (offline before the index was cached) is not remembered: the next search retries.
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/**
 * Starts loading Pagefind and the page language's index without searching, when the reader shows
 * intent (focus or hover on the search button, `/`, Ctrl+K, focus in a search field), so the first
 * search does not wait for it. Errors surface at the search itself.
 */
export function warmSearch(): void {
  loadPagefind().catch(() => {});
}

/**
 * While the reader types, each word's index chunks are preloaded once, by the word's first three
 * characters: Pagefind matches prefixes, so the chunks of "con" hold "connection" too. Preloading every
 * keystroke's prefix ("c", "co", "con"…) would fetch the chunks of every word starting so, and the same
 * chunk several times over, making the first search cost more bytes than no preloading at all.
 */
const PRELOAD_PREFIX_CHARS = 3;
const preloaded = new Set<string>();

/**
 * The words of a query: Thai is written without spaces between words, so they are found with the
 * browser's word segmenter in the page's language (as Pagefind segments the query).
 */
function queryWords(term: string): string[] {
  if (typeof Intl.Segmenter !== 'function') return term.trim().split(/\s+/);
  const segmenter = new Intl.Segmenter(document.documentElement.lang, { granularity: 'word' });
  return [...segmenter.segment(term)].filter((s) => s.isWordLike).map((s) => s.segment);
}

/** Fetches the index chunks for the words typed so far, ahead of the (debounced) search. */
export function preloadTerm(term: string): void {
  for (const word of queryWords(term)) {
    const prefix = [...word.toLowerCase()].slice(0, PRELOAD_PREFIX_CHARS).join('');
    if ([...prefix].length < PRELOAD_PREFIX_CHARS || preloaded.has(prefix)) continue;
    preloaded.add(prefix);
    loadPagefind()
      .then((api) => api.preload(prefix))
      .catch(() => preloaded.delete(prefix));
  }
}

/** Pagefind excerpts are HTML with `<mark>` around matches; keep only the text and the marks. */
export function splitExcerpt(html: string): SearchHit['excerpt'] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const runs: SearchHit['excerpt'] = [];
  doc.body.firstElementChild?.childNodes.forEach((node) => {
    const text = node.textContent ?? '';
    if (text) runs.push({ text, match: node.nodeName === 'MARK' });
  });
  return runs;
}

export async function search(
  term: string,
  filters: SearchFilters = {},
  limit = 10,
): Promise<{ total: number; hits: SearchHit[] }> {
  const api = await loadPagefind();
  const hasFilters = Object.values(filters).some((values) => values.length > 0);
  const response = await api.search(term.trim() || (hasFilters ? null : ''), { filters });
  if (!response) return { total: 0, hits: [] };
  const data = await Promise.all(response.results.slice(0, limit).map((r) => r.data()));
  return {
    total: response.results.length,
    hits: data.map((d) => ({
      url: d.url,
      title: d.meta.title ?? d.url,
      section: d.meta.section ?? '',
      excerpt: splitExcerpt(d.excerpt),
    })),
  };
}

export async function availableFilters(): Promise<Record<string, Record<string, number>>> {
  return (await loadPagefind()).filters();
}

/** Renders hits as links with highlighted excerpts, using text nodes only (no HTML from the index). */
export function renderHits(list: HTMLElement, hits: SearchHit[]): void {
  list.replaceChildren(
    ...hits.map((hit) => {
      const item = document.createElement('li');
      const link = document.createElement('a');
      link.href = hit.url;
      link.className = 'search-hit';
      const title = document.createElement('span');
      title.className = 'search-hit-title';
      title.textContent = hit.title;
      link.append(title);
      if (hit.section) {
        const section = document.createElement('span');
        section.className = 'search-hit-section';
        section.textContent = hit.section;
        link.append(section);
      }
      const excerpt = document.createElement('span');
      excerpt.className = 'search-hit-excerpt';
      for (const run of hit.excerpt) {
        if (run.match) {
          const mark = document.createElement('mark');
          mark.textContent = run.text;
          excerpt.append(mark);
        } else excerpt.append(run.text);
      }
      link.append(excerpt);
      item.append(link);
      return item;
    }),
  );
}

/**
 * The `t()` of the search status line, over the one language's messages the page wrote into a JSON
 * script (see status-messages.ts).
 */
export function statusTranslator(script: Element): Translate<Messages> {
  const { lang, messages } = JSON.parse(script.textContent ?? '{}') as { lang: Lang; messages: Messages };
  return createTranslate(messages, lang);
}
