// Content size per language: pages and prose words (Thai has no spaces between words, so words are
// counted with Intl.Segmenter's word granularity for every language alike).
import { countWords, LANGS, readableText, readDocPages } from '../lib/content-docs.ts';

export default async function contentBench(): Promise<void> {
  const started = performance.now();
  const { pages } = readDocPages();
  const rows = LANGS.map((lang) => {
    const own = pages.filter((page) => page.lang === lang);
    const words = own.reduce((sum, page) => sum + countWords(readableText(page), lang), 0);
    return { lang, pages: own.length, words, wordsPerPage: own.length === 0 ? 0 : Math.round(words / own.length) };
  });
  console.log('language  pages   words  words/page');
  for (const row of rows) {
    console.log(
      `${row.lang.padEnd(8)}  ${String(row.pages).padStart(5)}  ${String(row.words).padStart(6)}  ${String(row.wordsPerPage).padStart(10)}`,
    );
  }
  const sections = [...new Set(pages.map((page) => page.folder))].sort();
  console.log('\nsection          ' + LANGS.map((lang) => `${lang} pages/words`.padStart(16)).join(''));
  for (const section of sections) {
    const cells = LANGS.map((lang) => {
      const own = pages.filter((page) => page.lang === lang && page.folder === section);
      const words = own.reduce((sum, page) => sum + countWords(readableText(page), lang), 0);
      return `${own.length}/${words}`.padStart(16);
    });
    console.log(section.padEnd(17) + cells.join(''));
  }
  console.log(`\ncounted in ${(performance.now() - started).toFixed(0)} ms`);
}
