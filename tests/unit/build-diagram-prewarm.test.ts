// A build draws its diagrams ahead on a second thread (diagram-prewarm.ts). The pages must get the same
// bytes as drawing them in place, the worker must find each fence as the Markdown plugin sees it, and
// a diagram the worker cannot draw must still fail its page with its own file and line.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fencedDiagrams, docsDiagrams } from '../../src/lib/diagram-sources.ts';
import { diagramCacheKey, drawingAhead } from '../../src/lib/diagram-cache.ts';
import { renderDiagram } from '../../src/lib/mermaid.ts';

// Counts the main thread's own drawing and parsing; the worker runs the real modules.
const drawn = vi.hoisted(() => ({ draws: 0, parses: 0 }));
vi.mock('../../src/lib/mermaid.ts', async (original) => {
  const actual = await original<typeof import('../../src/lib/mermaid.ts')>();
  return {
    ...actual,
    drawDiagram: (...args: Parameters<typeof actual.drawDiagram>) => (drawn.draws++, actual.drawDiagram(...args)),
  };
});
vi.mock('../../src/lib/mermaid-validate.ts', async (original) => {
  const actual = await original<typeof import('../../src/lib/mermaid-validate.ts')>();
  return { mermaidParseError: (source: string) => (drawn.parses++, actual.mermaidParseError(source)) };
});

const flowchart = 'flowchart LR\n  ahead --> drawn';
const gantt = 'gantt\n  title Plan\n  dateFormat HH:mm\n  section A\n  Task :a1, 10:00, 30m';
const broken = 'flowchart LR\n  a -->';

/** A docs page: frontmatter, then the blocks, each followed by a blank line. */
const page = (...blocks: string[]) => ['---', 'title: x', '---', '', ...blocks].join('\n');
const fence = (body: string) => `\`\`\`mermaid\n${body}\n\`\`\`\n`;

describe('diagram sources', () => {
  it('finds each ```mermaid fence with the text and line the Markdown plugin gets', () => {
    const text = page(
      fence(flowchart),
      '- a list item\n',
      '  ~~~mermaid\n  sequenceDiagram\n    A->>B: hi\n  ~~~\n',
      '```js\nnot a diagram\n```',
    );
    expect(fencedDiagrams(text, 'a.md')).toEqual([
      { source: flowchart, origin: { file: 'a.md', line: 6 } },
      { source: 'sequenceDiagram\n  A->>B: hi', origin: { file: 'a.md', line: 13 } },
    ]);
    expect(fencedDiagrams('# No diagrams here\n', 'b.mdx')).toEqual([]);
  });

  it('finds every fence in content/docs', () => {
    const files = readdirSync('content/docs', { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    const fences = files.reduce(
      (n, e) => n + (readFileSync(join(e.parentPath, e.name), 'utf8').match(/^```mermaid$/gm)?.length ?? 0),
      0,
    );
    expect(fences).toBeGreaterThan(30);
    expect(docsDiagrams('content/docs')).toHaveLength(fences);
  });
});

describe('drawing ahead', () => {
  let root: string;
  let cache: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'hb-prewarm-'));
    mkdirSync(join(root, 'docs/en'), { recursive: true });
    cpSync('content/data', join(root, 'data'), { recursive: true });
    writeFileSync(join(root, 'docs/en/page.mdx'), page(fence(flowchart), fence(gantt), fence(broken)));
  });
  afterEach(() => {
    drawingAhead(undefined);
    vi.unstubAllEnvs();
    rmSync(cache, { recursive: true, force: true });
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  async function start(setting?: 'off') {
    cache = mkdtempSync(join(tmpdir(), 'hb-prewarm-cache-'));
    vi.stubEnv('HANDBOOK_DIAGRAM_CACHE', setting ?? cache);
    vi.resetModules();
    const { prewarmDiagrams } = await import('../../src/lib/diagram-prewarm.ts');
    const { loadDiagram } = await import('../../src/lib/diagram-cache.ts');
    drawn.draws = 0;
    drawn.parses = 0;
    return { prewarm: prewarmDiagrams({ docsDir: join(root, 'docs'), dataDir: join(root, 'data') }), loadDiagram };
  }

  it('hands the pages the drawings, the same bytes as drawing in place, without drawing on the main thread', async () => {
    const { prewarm, loadDiagram } = await start('off');
    const origin = { file: 'content/docs/en/page.mdx', line: 6 };
    const [svg, client] = await Promise.all([
      loadDiagram(flowchart, origin),
      loadDiagram(gantt, { file: origin.file, line: 11 }),
    ]);
    expect(svg).toEqual(renderDiagram(flowchart, origin));
    expect(client).toEqual({ kind: 'client', source: gantt });
    expect(drawn).toEqual({ draws: 0, parses: 0 });
    await prewarm.stop();
  }, 60_000);

  it('stores each drawing in the disk cache for the next build, but never a broken diagram', async () => {
    const { prewarm } = await start();
    await prewarm.finished;
    const stored = readdirSync(cache);
    // The fences' flowchart and gantt chart, and the escalation flowcharts from content/data.
    expect(stored).toContain(`${diagramCacheKey(flowchart)}.json`);
    expect(stored).toContain(`${diagramCacheKey(gantt)}.json`);
    expect(stored).not.toContain(`${diagramCacheKey(broken)}.json`);
    expect(stored.length).toBeGreaterThan(2);
  }, 60_000);

  it('leaves a diagram it cannot draw to its page, which fails with its own file and line', async () => {
    const { prewarm, loadDiagram } = await start();
    await prewarm.finished;
    await expect(loadDiagram(broken, { file: 'content/docs/en/page.mdx', line: 19 })).rejects.toThrow(
      /content\/docs\/en\/page\.mdx:19 does not parse/,
    );
  }, 60_000);

  it('lets the pages draw for themselves once it is stopped', async () => {
    const { prewarm, loadDiagram } = await start('off');
    await prewarm.stop();
    const origin = { file: 'x.mdx', line: 2 };
    expect(await loadDiagram(flowchart, origin)).toEqual(renderDiagram(flowchart, origin));
    expect(drawn.draws).toBe(1);
  }, 60_000);
});
