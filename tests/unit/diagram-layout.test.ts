// The lifecycle's state diagram as the build draws it (src/lib/mermaid.ts), in English and in Thai:
// no two arrows cross, no two arrows run along one line so that they read as one (arrows into or out
// of the same box may share their last or first stretch), and every arrow points down the page. Arrows are the renderer's orthogonal
// polylines, so both are found exactly from their points.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { renderDiagram } from '../../src/lib/mermaid.ts';

const ROOT = join(import.meta.dirname, '..', '..');

interface Edge {
  from: string;
  to: string;
  label: string;
  points: [number, number][];
}

function stateDiagrams(lang: string): string[] {
  const page = readFileSync(join(ROOT, 'content', 'docs', lang, 'lifecycle', 'index.mdx'), 'utf8');
  return [...page.matchAll(/```mermaid\n(stateDiagram[\s\S]*?)\n```/g)].map((m) => m[1]!);
}

function edgesOf(svg: string): Edge[] {
  return [...svg.matchAll(/<polyline class="edge"([^>]*)>/g)].map(([, attrs]) => {
    const attr = (name: string) => new RegExp(`${name}="([^"]*)"`).exec(attrs!)?.[1] ?? '';
    const points = attr('points')
      .trim()
      .split(/\s+/)
      .map((pair) => pair.split(',').map(Number) as [number, number]);
    return { from: attr('data-from'), to: attr('data-to'), label: attr('data-label'), points };
  });
}

type Segment = [[number, number], [number, number]];
const segments = (e: Edge): Segment[] => e.points.slice(1).map((p, i) => [e.points[i]!, p]);

const horizontal = (s: Segment) => Math.abs(s[0][1] - s[1][1]) < 0.5;
const inside = (value: number, p: number, q: number) => value > Math.min(p, q) + 0.5 && value < Math.max(p, q) - 0.5;

/** Whether a horizontal and a vertical segment cross strictly inside both (touching ends do not count). */
function cross(a: Segment, b: Segment): boolean {
  const [h, v] = horizontal(a) && !horizontal(b) ? [a, b] : horizontal(b) && !horizontal(a) ? [b, a] : [null, null];
  if (!h || !v) return false;
  return inside(v[0][0], h[0][0], h[1][0]) && inside(h[0][1], v[0][1], v[1][1]);
}

/**
 * Whether two parallel segments on one line run on top of each other or end less than a gap apart,
 * so that two arrows read as one line.
 */
const GAP = 12;
function overlap(a: Segment, b: Segment): boolean {
  if (horizontal(a) !== horizontal(b)) return false;
  const axis = horizontal(a) ? 1 : 0;
  const along = 1 - axis;
  if (Math.abs(a[0][axis] - b[0][axis]) >= 0.5) return false;
  const start = Math.max(Math.min(a[0][along], a[1][along]), Math.min(b[0][along], b[1][along]));
  const end = Math.min(Math.max(a[0][along], a[1][along]), Math.max(b[0][along], b[1][along]));
  return end - start > -GAP;
}

/** Arrows that point up the page: the diagram reads top to bottom, so each arrow should end below its start. */
function upward(svg: string): string[] {
  return edgesOf(svg)
    .filter((e) => e.points[e.points.length - 1]![1] < e.points[0]![1])
    .map((e) => `"${e.label || `${e.from}→${e.to}`}" points up`);
}

function crossings(svg: string): string[] {
  const edges = edgesOf(svg);
  const found: string[] = [];
  edges.forEach((a, i) => {
    for (const b of edges.slice(i + 1)) {
      // Arrows into or out of the same box may share the last or first stretch of line.
      const shareEnd = a.to === b.to || a.from === b.from;
      if (segments(a).some((s) => segments(b).some((t) => cross(s, t) || (!shareEnd && overlap(s, t)))))
        found.push(`"${a.label || `${a.from}→${a.to}`}" crosses "${b.label || `${b.from}→${b.to}`}"`);
    }
  });
  return found;
}

describe('the lifecycle state diagram', () => {
  for (const lang of ['en', 'th']) {
    test(`no arrow crosses or runs into another, and every arrow points down the page (${lang})`, () => {
      const sources = stateDiagrams(lang);
      expect(sources).toHaveLength(1);
      const drawn = renderDiagram(sources[0]!, { file: `content/docs/${lang}/lifecycle/index.mdx` });
      if (drawn.kind !== 'svg') throw new Error('the lifecycle diagram is drawn at build time');
      expect(edgesOf(drawn.svg).length).toBeGreaterThanOrEqual(10);
      expect(crossings(drawn.svg)).toEqual([]);
      expect(upward(drawn.svg)).toEqual([]);
    });
  }
  test('the check finds the upward arrows of the old layout (every move drawn back to the one Investigating box)', () => {
    const old = [
      'stateDiagram-v2',
      '  [*] --> Investigating: declared',
      '  Investigating --> Identified: cause found',
      '  Investigating --> Monitoring: mitigated before the cause is known',
      '  Investigating --> Resolved: recovered by itself, confirmed',
      '  Identified --> Monitoring: fix applied',
      '  Identified --> Resolved: fix applied and verified at once',
      '  Monitoring --> Resolved: success signal held',
      '  Monitoring --> Investigating: fix did not hold',
      '  Resolved --> Investigating: reopened, same impact returns',
      '  Resolved --> [*]',
    ].join('\n');
    const drawn = renderDiagram(old, { file: 'old.mmd' });
    if (drawn.kind !== 'svg') throw new Error('drawn at build time');
    // ELK routed the old moves back to Investigating, and the layering that broke the cycle, up the
    // page around the boxes: lines that read as crossing even where they only pass close by.
    expect(upward(drawn.svg)).toEqual(
      expect.arrayContaining(['"cause found" points up', '"reopened, same impact returns" points up']),
    );
  });
});
