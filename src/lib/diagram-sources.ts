// Every Mermaid diagram the site draws, found without building it: the ```mermaid fences in
// content/docs and the escalation flowcharts EscalationPolicy.astro draws from content/data. The fences
// are read by the Markdown parser the build uses (Sätteri), so each text is exactly the one the
// Markdown plugin hands to the diagram cache. Node-only.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import { escalationMermaid } from '../core/escalation.ts';
import { LANGS } from '../core/i18n/locales.ts';
import type { HandbookData } from '../core/schema.ts';
import type { DiagramOrigin } from './mermaid.ts';

export interface DiagramSource {
  source: string;
  origin: DiagramOrigin;
}

/** Cheap test before parsing: most pages (every runbook so far) have no diagram. */
const MAY_HAVE_FENCE = /^ {0,3}(?:`{3,}|~{3,})\s*mermaid/m;

/** The ```mermaid fences of one Markdown or MDX text, with their first diagram line. */
export function fencedDiagrams(text: string, file: string): DiagramSource[] {
  if (!MAY_HAVE_FENCE.test(text)) return [];
  const tree = (file.endsWith('.mdx') ? mdxToMdast : markdownToMdast)(text, { position: true });
  const found: DiagramSource[] = [];
  const visit = (node: MdastNode) => {
    const n = node as {
      type: string;
      lang?: string;
      value?: string;
      position?: { start: { line: number } };
      children?: MdastNode[];
    };
    if (n.type === 'code' && n.lang === 'mermaid' && typeof n.value === 'string') {
      // As markdown-plugins.ts counts it: the line below the opening fence.
      found.push({ source: n.value, origin: { file, line: (n.position?.start.line ?? 0) + 1 } });
    }
    n.children?.forEach(visit);
  };
  visit(tree);
  return found;
}

/** The fences of every page under `docsDir` (content/docs), file names relative to `cwd`. */
export function docsDiagrams(docsDir: string, cwd = process.cwd()): DiagramSource[] {
  return readdirSync(docsDir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.mdx?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .flatMap((path) => fencedDiagrams(readFileSync(path, 'utf8'), relative(cwd, path)));
}

/** The escalation flowcharts, one per policy and language, as EscalationPolicy.astro draws them. */
export function dataDiagrams(data: HandbookData): DiagramSource[] {
  return data.escalation.policies.flatMap((policy) =>
    LANGS.map((lang) => ({ source: escalationMermaid(policy, lang), origin: { file: 'content/data/escalation.yaml' } })),
  );
}
