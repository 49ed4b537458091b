// Text for Pagefind's `keywords` metadata. Pagefind splits a Thai query into words with
// Intl.Segmenter before matching, but stores metadata as written; an unspaced Thai keyword
// (เลื่อนตำแหน่ง) would then never match its own query (เลื่อน + ตำแหน่ง). Splitting the keywords the
// same way at build time makes every keyword findable by the words a reader types.
const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

/** The word-like pieces of `terms`, space-separated: `['เลื่อนตำแหน่ง', 'brag document']` → `เลื่อน ตำแหน่ง brag document`. */
export function searchTerms(terms: readonly (string | undefined)[]): string {
  return terms
    .flatMap((term) => (term ? [...segmenter.segment(term)] : []))
    .filter((piece) => piece.isWordLike)
    .map((piece) => piece.segment)
    .join(' ');
}
