// Build-time Mermaid rendering. beautiful-mermaid draws flowchart, state, sequence, class, ER and
// XY diagrams to SVG without a browser; the SVG takes its colours from the page's CSS variables so it
// follows the light and dark themes. Other diagram types are left for the `mermaid` package, which
// the page loads lazily in the browser (see MermaidClient.astro).
import { createHash } from 'node:crypto';
import { renderMermaidSVG, type RenderOptions as RenderMermaidOptions } from 'beautiful-mermaid';

export type RenderedDiagram = { kind: 'svg'; svg: string } | { kind: 'client'; source: string };

/** Where a diagram comes from, for error messages: `content/docs/en/x.mdx:12`. */
export interface DiagramOrigin {
  file: string;
  line?: number;
}

export class DiagramError extends Error {
  constructor(origin: DiagramOrigin, message: string) {
    super(`Mermaid diagram in ${origin.file}${origin.line ? `:${origin.line}` : ''} does not parse: ${message}`);
    this.name = 'DiagramError';
  }
}

const BUILD_TIME_TYPES = /^(?:graph|flowchart|stateDiagram(?:-v2)?|sequenceDiagram|classDiagram|erDiagram|xychart(?:-beta)?)\b/;

/** The first meaningful line (skipping blank lines, %% comments and front matter). */
export function diagramHeader(source: string): string {
  const lines = source.replace(/^---\n[\s\S]*?\n---\n/, '').split('\n');
  return lines.map((l) => l.trim()).find((l) => l && !l.startsWith('%%')) ?? '';
}

let counter = 0;
const diagramsOnPage = new WeakMap<object, number>();

/**
 * The id prefix for the next component-drawn diagram on one page (`page`: that page's request). Counted
 * per page, so the ids are unique on the page and the same in every build whatever order pages render
 * in (the build renders several at once).
 */
export function pageDiagramPrefix(page: object): string {
  const n = (diagramsOnPage.get(page) ?? 0) + 1;
  diagramsOnPage.set(page, n);
  return `c${n}-`;
}

/**
 * SVG ids (markers, nodes) repeat between diagrams; prefixing them keeps several diagrams on one page
 * from pointing at each other's arrowheads.
 */
export function prefixSvgIds(svg: string, prefix: string): string {
  const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
  if (ids.size === 0) return svg;
  const escaped = [...ids].map((id) => id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const alt = escaped.join('|');
  return svg
    .replace(new RegExp(`(\\sid=")(${alt})(")`, 'g'), `$1${prefix}$2$3`)
    .replace(new RegExp(`url\\(#(${alt})\\)`, 'g'), `url(#${prefix}$1)`)
    .replace(new RegExp(`(href=")#(${alt})(")`, 'g'), `$1#${prefix}$2$3`);
}

/**
 * Removes the remote web-font import beautiful-mermaid writes (pages make no third-party requests) and
 * draws the text in the page's --hb-diagram-font instead: the renderer sizes boxes for Inter's widths, so
 * the font must be no wider than Inter or long labels spill out of their boxes and off the edge.
 */
export function stripRemoteFonts(svg: string): string {
  return svg
    .replace(/@import\s+url\([^)]*\);?/g, '')
    .replace(/font-family:\s*'Inter',\s*[^;]*/g, 'font-family: var(--hb-diagram-font)');
}

/**
 * The renderer's options: the page's theme as CSS variables. Every option that changes the drawing
 * belongs here (per diagram type if need be), because the diagram cache keys on this object.
 */
export function rendererOptions(_header: string): RenderMermaidOptions {
  return {
    bg: 'var(--hb-diagram-bg)',
    fg: 'var(--hb-diagram-fg)',
    line: 'var(--hb-diagram-line)',
    accent: 'var(--hb-diagram-accent)',
    // The renderer's secondary text, box fill and box stroke, which it would otherwise mix itself.
    muted: 'var(--hb-muted)',
    surface: 'var(--hb-surface)',
    border: 'var(--hb-border)',
    transparent: true,
  };
}

/** A build-time type's SVG as the renderer draws it (before ids, fonts and the name are adjusted). */
export function drawDiagram(source: string, origin: DiagramOrigin): string {
  try {
    return renderMermaidSVG(source, rendererOptions(diagramHeader(source)));
  } catch (error) {
    throw new DiagramError(origin, (error as Error).message);
  }
}

/** Whether the diagram is drawn at build time (else the browser's `mermaid` draws it from the source). */
export function isBuildTimeDiagram(source: string, origin: DiagramOrigin): boolean {
  const header = diagramHeader(source);
  if (!header) throw new DiagramError(origin, 'the diagram is empty');
  return BUILD_TIME_TYPES.test(header);
}

/**
 * The page's diagram from the renderer's drawing (`drawn`, undefined for browser-drawn types): cheap
 * text edits, redone on every use so a cached drawing gives the same bytes as a fresh one.
 */
export function finishDiagram(
  source: string,
  drawn: string | undefined,
  origin: DiagramOrigin,
  title?: string,
  idPrefix?: string,
): RenderedDiagram {
  if (drawn === undefined) return { kind: 'client', source };
  const header = diagramHeader(source);
  // Fences get a prefix from their place in the source (stable between builds); diagrams drawn by
  // components, which can repeat on a page, get one numbered per page (pageDiagramPrefix) or, outside
  // a page, a running number.
  const prefix = origin.line
    ? `d${createHash('sha1').update(`${origin.file}:${origin.line}`).digest('hex').slice(0, 8)}-`
    : (idPrefix ?? `c${++counter}-`);
  let svg = prefixSvgIds(stripRemoteFonts(drawn), prefix);
  // An accessible name for the picture: its title, or the words drawn in it, in order.
  svg = svg.replace('<svg ', `<svg role="img" aria-label="${escapeAttr(title ?? describe(svg, header))}" `);
  return { kind: 'svg', svg };
}

/** Draws a diagram without validating or caching it (see diagram-cache.ts for the build's path). */
export function renderDiagram(source: string, origin: DiagramOrigin, title?: string): RenderedDiagram {
  const drawn = isBuildTimeDiagram(source, origin) ? drawDiagram(source, origin) : undefined;
  return finishDiagram(source, drawn, origin, title);
}

function describe(svg: string, header: string): string {
  const words = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => decodeEntities(m[1]!).trim()).filter(Boolean);
  const kind = header.split(/\s/)[0] ?? 'diagram';
  const text = `${kind}: ${[...new Set(words)].join(', ')}`;
  return text.length > 400 ? `${text.slice(0, 399)}…` : text;
}

function decodeEntities(text: string): string {
  return text.replace(
    /&(amp|lt|gt|quot|#39);/g,
    (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _,
  );
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/**
 * The natural width of a build-time diagram, in CSS pixels (its `width` attribute). The page keeps
 * diagrams near this size (see `.diagram` in global.css) so labels stay readable on a phone.
 */
export function svgWidth(svg: string): number {
  // Not `[^>]*`: the accessible name before it may contain ">" (e.g. "Response Time > 5s").
  const match = /<svg\b[\s\S]*?\swidth="([\d.]+)"/.exec(svg);
  return match ? Math.ceil(Number(match[1])) : 0;
}

/** Wider than a phone's text column (390 px screen less the page margins): the figure will scroll there. */
export const PHONE_COLUMN_PX = 340;
