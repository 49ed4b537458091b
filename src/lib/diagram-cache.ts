// The build's path for every Mermaid diagram (fences and components): validated by the `mermaid`
// parser and drawn by beautiful-mermaid once per distinct diagram, in memory for this build and on disk
// for the next ones (`node_modules/.cache/incident-handbook/diagrams`). Laying a diagram out costs tens
// of milliseconds and the same diagrams repeat on every language and build; the text edits that make
// the page's SVG (ids, fonts, accessible name) are redone on each use, so cached and fresh output are
// the same bytes.
//
// The key covers everything the stored drawing depends on: the diagram text, the renderer options (the
// theme's colours and any per-type option, `rendererOptions`), and the versions of the renderer and of
// the parser. Changing any of them misses the cache; nothing needs clearing by hand.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  diagramHeader,
  drawDiagram,
  DiagramError,
  finishDiagram,
  isBuildTimeDiagram,
  rendererOptions,
  type DiagramOrigin,
  type RenderedDiagram,
} from './mermaid.ts';
import { mermaidParseError } from './mermaid-validate.ts';

/** Bump when what is stored changes shape or meaning. */
const FORMAT = 1;

/** What is stored per diagram: the renderer's SVG, or null for a valid browser-drawn diagram. */
export interface Stored {
  drawn: string | null;
}

/** `HANDBOOK_DIAGRAM_CACHE=off` turns the disk cache off; any other value is the folder to use. */
export function diagramCacheDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string | undefined {
  const setting = env.HANDBOOK_DIAGRAM_CACHE?.trim();
  if (setting === 'off') return undefined;
  return setting || join(cwd, 'node_modules/.cache/incident-handbook/diagrams');
}

const versions = new Map<string, string | undefined>();

/** An installed package's version, read from its package.json (undefined when it cannot be found). */
function packageVersion(name: string): string | undefined {
  if (!versions.has(name)) {
    let version: string | undefined;
    try {
      const manifest = JSON.parse(readFileSync(join(process.cwd(), 'node_modules', name, 'package.json'), 'utf8'));
      version = typeof manifest.version === 'string' ? manifest.version : undefined;
    } catch {
      version = undefined;
    }
    versions.set(name, version);
  }
  return versions.get(name);
}

/** The installed renderer (beautiful-mermaid) and parser (mermaid) versions. */
export function diagramPackageVersions(): { renderer?: string; parser?: string } {
  return { renderer: packageVersion('beautiful-mermaid'), parser: packageVersion('mermaid') };
}

/** The cache key of a diagram: a hash of its text, the renderer options and the package versions. */
export function diagramCacheKey(source: string, versions = diagramPackageVersions()): string | undefined {
  const { renderer, parser } = versions;
  // Without versions a stale drawing could outlive an upgrade: draw afresh instead.
  if (!renderer || !parser) return undefined;
  const parts = { format: FORMAT, source, options: rendererOptions(diagramHeader(source)), renderer, parser };
  return createHash('sha256').update(JSON.stringify(parts)).digest('hex');
}

function readStored(dir: string, key: string): Stored | undefined {
  try {
    const stored = JSON.parse(readFileSync(join(dir, `${key}.json`), 'utf8')) as Stored;
    return typeof stored.drawn === 'string' || stored.drawn === null ? stored : undefined;
  } catch {
    return undefined;
  }
}

function writeStored(dir: string, key: string, stored: Stored): void {
  try {
    mkdirSync(dir, { recursive: true });
    // Write then rename, so a build running at the same time never reads half a file.
    const temp = join(dir, `${key}.${process.pid}.tmp`);
    writeFileSync(temp, JSON.stringify(stored));
    renameSync(temp, join(dir, `${key}.json`));
  } catch {
    // A read-only or full disk only costs the next build the drawing time.
  }
}

/** Validates and draws a diagram (no cache): the parser's verdict first, as the `mermaid` package sees it. */
async function validateAndDraw(source: string, origin: DiagramOrigin): Promise<Stored> {
  const problem = await mermaidParseError(source);
  if (problem) throw new DiagramError(origin, problem);
  return { drawn: isBuildTimeDiagram(source, origin) ? drawDiagram(source, origin) : null };
}

/** A diagram's stored form from the disk cache, or validated and drawn, then stored for later builds. */
async function throughDisk(key: string, source: string, origin: DiagramOrigin): Promise<Stored> {
  const dir = diagramCacheDir();
  const found = dir ? readStored(dir, key) : undefined;
  if (found) return found;
  const fresh = await validateAndDraw(source, origin);
  if (dir) writeStored(dir, key, fresh);
  return fresh;
}

/**
 * One diagram through the disk cache, for drawing ahead (diagram-prewarm.ts): undefined when it fails
 * (its page then reports it, with its own file and line) or has no key.
 */
export async function prepareDiagram(
  source: string,
  origin: DiagramOrigin,
): Promise<{ key: string; stored: Stored } | undefined> {
  const key = diagramCacheKey(source);
  if (!key) return undefined;
  try {
    return { key, stored: await throughDisk(key, source, origin) };
  } catch {
    return undefined;
  }
}

/** Drawings another thread is making for this build, by cache key; undefined when it could not. */
export type AheadDrawings = Map<string, Promise<Stored | undefined>>;

// On globalThis, not in this module: a build loads this module twice (the Markdown plugin's copy and
// the page bundle's), and both should take the other thread's drawing rather than draw it again.
const AHEAD = Symbol.for('incident-handbook.diagrams-drawn-ahead');
type AheadHolder = { [AHEAD]?: Promise<AheadDrawings> };

/** Announces the drawings another thread is making (resolves once it has listed them); undefined forgets them. */
export function drawingAhead(drawings: Promise<AheadDrawings> | undefined): void {
  (globalThis as AheadHolder)[AHEAD] = drawings;
}

async function drawnAhead(key: string): Promise<Stored | undefined> {
  const drawings = await (globalThis as AheadHolder)[AHEAD];
  return drawings?.get(key);
}

const inMemory = new Map<string, Promise<Stored>>();

/**
 * A diagram as a page shows it: validated (a diagram that does not parse fails the build, naming its
 * file and line), drawn at build time or left to the browser, through the cache. Failures are never
 * cached, so a broken diagram fails every build until it is fixed.
 */
export async function loadDiagram(
  source: string,
  origin: DiagramOrigin,
  title?: string,
  idPrefix?: string,
): Promise<RenderedDiagram> {
  // Empty diagrams fail here, before any lookup, with the same message as the uncached path.
  isBuildTimeDiagram(source, origin);
  const key = diagramCacheKey(source);
  let stored: Promise<Stored>;
  if (!key) {
    stored = validateAndDraw(source, origin);
  } else {
    stored = inMemory.get(key) ?? (async () => (await drawnAhead(key)) ?? throughDisk(key, source, origin))();
    inMemory.set(key, stored);
    // A failure is reported to this caller; the next one tries again with its own origin.
    stored.catch(() => inMemory.delete(key));
  }
  return finishDiagram(source, (await stored).drawn ?? undefined, origin, title, idPrefix);
}
