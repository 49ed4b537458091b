// Builds the Pagefind search index inside `astro build`, through Pagefind's Node API. Any indexing
// error fails the build: a site whose search silently misses pages is worse than a failed deploy.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
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
    // Taken in memory and written here: Pagefind's own writeFiles creates the ~500 files from many
    // threads at once, which took about 0.5 s longer on a fresh output folder (every cold build).
    const bundle = await index.getFiles();
    if (bundle.errors.length) fail('writing the index', bundle.errors);
    const outDir = join(dir, 'pagefind');
    const made = new Set<string>();
    for (const file of bundle.files) {
      const path = join(outDir, file.path);
      const folder = dirname(path);
      if (!made.has(folder)) mkdirSync(folder, { recursive: true });
      made.add(folder);
      writeFileSync(path, file.content);
    }
    const entry = JSON.parse(readFileSync(join(outDir, 'pagefind-entry.json'), 'utf8')) as {
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
