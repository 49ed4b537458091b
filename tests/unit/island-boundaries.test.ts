// Islands share code only through src/islands/shared/: no island folder imports another island's
// files. A plain scan of the import specifiers, resolved against the importing file.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const ISLANDS = resolve('src/islands');
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|new URL\(\s*)['"]([^'"]+)['"]/g;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return filesUnder(path);
    return /\.(ts|tsx|astro)$/.test(entry.name) ? [path] : [];
  });
}

/** The island folder a path is in (`postmortem`, `shared`…), or null outside src/islands. */
function islandOf(path: string): string | null {
  const rel = relative(ISLANDS, path);
  if (rel.startsWith('..')) return null;
  return rel.split(sep)[0] ?? null;
}

/** `from` → `to` pairs where a file of one island folder imports a file of another (shared excepted). */
function crossIslandImports(files: { path: string; text: string }[]): string[] {
  const found: string[] = [];
  for (const { path, text } of files) {
    const own = islandOf(path);
    for (const [, specifier] of text.matchAll(SPECIFIER)) {
      if (!specifier!.startsWith('.')) continue;
      const target = islandOf(resolve(dirname(path), specifier!));
      if (own && target && target !== own && target !== 'shared') found.push(`${relative('.', path)} → ${specifier}`);
    }
  }
  return found;
}

describe('island boundaries', () => {
  test('no island imports from another island folder', () => {
    const files = filesUnder(ISLANDS).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
    expect(files.length).toBeGreaterThan(10);
    expect(crossIslandImports(files)).toEqual([]);
  });

  test('the scan catches a cross-island import, and lets shared code through', () => {
    const file = (island: string, text: string) => ({ path: join(ISLANDS, island, 'Tool.tsx'), text });
    expect(
      crossIslandImports([
        file('kickoff', "import { shareFragment } from '../postmortem/share.ts';"),
        file('metrics', "const Chart = lazy(() => import('../kickoff/Chart.tsx'));"),
        file('kickoff', "import { shareFragment } from '../shared/share.ts';\nimport { x } from '../../core/kickoff.ts';"),
      ]),
    ).toEqual([`${relative('.', join(ISLANDS, 'kickoff', 'Tool.tsx'))} → ../postmortem/share.ts`, `${relative('.', join(ISLANDS, 'metrics', 'Tool.tsx'))} → ../kickoff/Chart.tsx`]);
  });
});
