// Builds the Pagefind search index inside `astro build`, through Pagefind's Node API. Any indexing
// error fails the build: a site whose search silently misses pages is worse than a failed deploy.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export interface PagefindIndexSummary {
  pageCount: number;
  languages: Record<string, { pageCount: number }>;
}

function fail(step: string, errors: string[]): never {
  throw new Error(`Pagefind ${step} failed:\n  ${errors.join('\n  ')}`);
}

/** Indexes every HTML file under `dir` and writes the index to `dir/pagefind/`. */
export async function buildSearchIndex(dir: string): Promise<PagefindIndexSummary> {
  try {
    const { index, errors } = await pagefind.createIndex({
      // Heading anchors, code line numbers and similar chrome inside the article are not content.
      excludeSelectors: ['.heading-anchor', '[data-search-exclude]'],
    });
    if (!index || errors.length) fail('createIndex', errors);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) fail('indexing', added.errors);
    if (added.page_count === 0) fail('indexing', [`no page in ${dir} has a data-pagefind-body element`]);
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) fail('writing the index', written.errors);
    const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { page_count: number }>;
    };
    const languages = Object.fromEntries(
      Object.entries(entry.languages).map(([lang, info]) => [lang, { pageCount: info.page_count }]),
    );
    return { pageCount: added.page_count, languages };
  } finally {
    await pagefind.close();
  }
}

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'incident-handbook:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const summary = await buildSearchIndex(fileURLToPath(dir));
        const perLanguage = Object.entries(summary.languages)
          .map(([lang, info]) => `${lang}: ${info.pageCount}`)
          .join(', ');
        logger.info(`search index written (pages per language: ${perLanguage})`);
      },
    },
  };
}
