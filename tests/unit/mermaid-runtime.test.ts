// The browser's mermaid is copied from the package's prebuilt bundle (src/integrations/mermaid-runtime.ts)
// rather than bundled by the build: the copy must hold every module the entry can load, or a diagram
// the browser draws would fail on the one chunk left out.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { describe, expect, test } from 'vitest';
import { mermaidPackage, runtimeFiles, runtimeFolder } from '../../src/integrations/mermaid-runtime.ts';

/** Relative module specifiers in static and dynamic imports and re-exports of a minified module. */
function relativeImports(code: string): string[] {
  const found = new Set<string>();
  for (const match of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)["'](\.\.?\/[^"']+)["']/g)) found.add(match[1]!);
  return [...found];
}

describe('mermaid runtime', () => {
  const { dist, version } = mermaidPackage();
  const files = runtimeFiles(dist);

  test('lives under a folder named by its version, so a new mermaid never reuses a cached URL', () => {
    expect(runtimeFolder(version)).toBe(`_astro/mermaid-${version}`);
  });

  test('the copied files hold every module the entry reaches, and nothing reaches outside them', () => {
    const listed = new Set(files.map((file) => normalize(file)));
    const missing: string[] = [];
    let reached = 0;
    for (const file of files) {
      for (const specifier of relativeImports(readFileSync(join(dist, file), 'utf8'))) {
        reached += 1;
        const target = normalize(join(dirname(file), specifier));
        if (!listed.has(target)) missing.push(`${file} imports ${specifier}`);
      }
    }
    expect(reached).toBeGreaterThan(files.length);
    expect(missing).toEqual([]);
  });

  test('the gantt chart the worked example draws is among them', () => {
    expect(files.some((file) => /ganttDiagram-[\w-]+\.mjs$/.test(file))).toBe(true);
  });
});
