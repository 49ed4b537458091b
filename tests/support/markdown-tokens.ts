// How the post-mortem tests see a rendered document: as a Markdown parser does (marked's lexer).
import { marked, type Token } from 'marked';

/** Every token in the document, depth first (list items, table cells and inline tokens included). */
export function allTokens(markdown: string): Token[] {
  const out: Token[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const token = value as Record<string, unknown>;
    if (typeof token['type'] === 'string') out.push(token as unknown as Token);
    for (const key of ['tokens', 'items', 'header', 'rows']) if (key in token) walk(token[key]);
  };
  walk(marked.lexer(markdown));
  return out;
}
