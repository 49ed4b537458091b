// Diagrams are drawn once per distinct text and cached across builds; the page must get the same bytes
// from the cache as from drawing afresh, and anything that changes the drawing must miss the cache.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { handbookData } from '../../src/data/index.ts';
import { dataDiagrams, docsDiagrams, type DiagramSource } from '../../src/lib/diagram-sources.ts';
import { renderDiagram, rendererOptions } from '../../src/lib/mermaid.ts';
import { diagramCacheDir, diagramCacheKey, diagramPackageVersions } from '../../src/lib/diagram-cache.ts';

/** Every diagram the site draws: each ```mermaid fence in content/docs and the escalation flowcharts. */
function siteDiagrams(): DiagramSource[] {
  // A line number gives the escalation flowcharts fixed id prefixes too (pages number theirs per
  // page), so both sides of each comparison carry the same ids.
  const escalation = dataDiagrams(handbookData).map((d) => ({ ...d, origin: { ...d.origin, line: 1 } }));
  return [...docsDiagrams('content/docs'), ...escalation];
}

/** A fresh copy of the cache module (empty in-memory cache), as a new build would load it. */
async function freshCache() {
  vi.resetModules();
  return import('../../src/lib/diagram-cache.ts');
}

describe('diagram cache', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'hb-diagrams-'));
    vi.stubEnv('HANDBOOK_DIAGRAM_CACHE', dir);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives byte-identical diagrams from an empty cache, from memory and from disk', async () => {
    const diagrams = siteDiagrams();
    expect(diagrams.length).toBeGreaterThan(30);
    const uncached = diagrams.map((d) => renderDiagram(d.source, d.origin));
    const cold = await freshCache();
    const first = await Promise.all(diagrams.map((d) => cold.loadDiagram(d.source, d.origin)));
    const again = await Promise.all(diagrams.map((d) => cold.loadDiagram(d.source, d.origin)));
    const warm = await freshCache();
    const fromDisk = await Promise.all(diagrams.map((d) => warm.loadDiagram(d.source, d.origin)));
    expect(first).toEqual(uncached);
    expect(again).toEqual(uncached);
    expect(fromDisk).toEqual(uncached);
    // One file per distinct diagram: the English and Thai copies of a diagram share one drawing.
    expect(readdirSync(dir).filter((f) => f.endsWith('.json'))).toHaveLength(new Set(diagrams.map((d) => d.source)).size);
  }, 120_000);

  it('reads the drawing from disk instead of drawing it again', async () => {
    const source = 'flowchart LR\n  cached --> drawing\n';
    const origin = { file: 'x.mdx', line: 2 };
    await (await freshCache()).loadDiagram(source, origin);
    const file = join(dir, `${diagramCacheKey(source)}.json`);
    writeFileSync(file, JSON.stringify({ drawn: '<svg width="7"><text>from the cache</text></svg>' }));
    const diagram = await (await freshCache()).loadDiagram(source, origin);
    expect(diagram.kind === 'svg' && diagram.svg).toContain('from the cache');
  });

  it('keys on the text, the renderer options and the renderer and parser versions', () => {
    const source = 'sequenceDiagram\n  A->>B: hi\n';
    const versions = diagramPackageVersions();
    expect(versions.renderer).toMatch(/^\d+\./);
    expect(versions.parser).toMatch(/^\d+\./);
    const key = diagramCacheKey(source, versions);
    expect(diagramCacheKey(`${source}  B->>A: bye\n`, versions)).not.toBe(key);
    expect(diagramCacheKey(source, { ...versions, renderer: '0.0.1' })).not.toBe(key);
    expect(diagramCacheKey(source, { ...versions, parser: '0.0.1' })).not.toBe(key);
    expect(diagramCacheKey(source, { renderer: versions.renderer })).toBeUndefined();
    // The options are hashed as rendererOptions returns them for this diagram's type.
    expect(rendererOptions('sequenceDiagram')).toMatchObject({ fg: 'var(--hb-diagram-fg)', transparent: true });
  });

  it('never caches a diagram that does not parse', async () => {
    const cache = await freshCache();
    const broken = 'flowchart LR\n  a -->\n';
    await expect(cache.loadDiagram(broken, { file: 'x.mdx', line: 4 })).rejects.toThrow(/x\.mdx:4 does not parse/);
    await expect(cache.loadDiagram(broken, { file: 'y.mdx', line: 9 })).rejects.toThrow(/y\.mdx:9 does not parse/);
    expect(readdirSync(dir)).not.toContain(`${diagramCacheKey(broken)}.json`);
  });

  it('lives under node_modules/.cache unless HANDBOOK_DIAGRAM_CACHE says otherwise', () => {
    expect(diagramCacheDir({}, '/site')).toBe('/site/node_modules/.cache/incident-handbook/diagrams');
    expect(diagramCacheDir({ HANDBOOK_DIAGRAM_CACHE: 'off' }, '/site')).toBeUndefined();
    expect(diagramCacheDir({ HANDBOOK_DIAGRAM_CACHE: '/tmp/d' }, '/site')).toBe('/tmp/d');
  });
});
