// Renders the core's post-mortem Markdown as Preact elements. Nothing is ever parsed as HTML: every
// piece of text becomes a text node, so a payload a user typed (`<img onerror>`, `<script>`) shows as
// the characters typed. Only the Markdown the templates emit is understood (headings, paragraphs,
// lists, tables, quotes, rules, emphasis, code spans and blocks, links, hard breaks); anything else
// shows as plain text. Links keep only http(s), mailto and in-page targets. This replaces a Markdown library plus a sanitiser,
// which would cost about 28 KB of JavaScript on the page.
import { memo, type ReactNode } from 'react';

// Backslash escapes are swapped for private-use characters before parsing, so an escaped `*` can
// never open emphasis, then swapped back inside text nodes.
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
const PRIVATE_BASE = 0xe000;

function protect(text: string): string {
  return text.replace(ESCAPABLE, (_, ch: string) => String.fromCharCode(PRIVATE_BASE + ch.charCodeAt(0)));
}

function restore(text: string): string {
  return text.replace(/[\ue000-\ue07f]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - PRIVATE_BASE));
}

const SAFE_HREF = /^(https?:\/\/|mailto:|#)/i;
// Code spans first (their content is literal), then links, strong, emphasis.
const INLINE_RE =
  /(`+)([\s\S]*?[^`])\1(?!`)|\[([^\]]*)\]\(([^()\s]*)\)|\*\*([\s\S]+?)\*\*|__([\s\S]+?)__|\*([^*\s](?:[\s\S]*?[^*\s])?)\*|(?<![\p{L}\p{N}])_([^_\s](?:[\s\S]*?[^_\s])?)_(?![\p{L}\p{N}])/gu;

function renderInline(source: string): ReactNode[] {
  const nodes: ReactNode[] = [];
  let last = 0;
  let key = 0;
  for (const m of source.matchAll(INLINE_RE)) {
    if (m.index > last) nodes.push(restore(source.slice(last, m.index)));
    const [, , code, linkText, href, strong, strong2, em, em2] = m;
    if (code !== undefined) nodes.push(<code key={key++}>{restore(code.trim() || code)}</code>);
    else if (linkText !== undefined) {
      const target = restore(href ?? '');
      nodes.push(
        SAFE_HREF.test(target) ? (
          <a key={key++} href={target} rel="noopener noreferrer">
            {renderInline(linkText)}
          </a>
        ) : (
          <span key={key++}>{renderInline(linkText)}</span>
        ),
      );
    } else if (strong !== undefined || strong2 !== undefined)
      nodes.push(<strong key={key++}>{renderInline((strong ?? strong2)!)}</strong>);
    else nodes.push(<em key={key++}>{renderInline((em ?? em2)!)}</em>);
    last = m.index + m[0].length;
  }
  if (last < source.length) nodes.push(restore(source.slice(last)));
  return nodes;
}

/**
 * Inline Markdown with line breaks shown as line breaks, as the author typed them; the `\` of a
 * hard break (what the free-text fields emit) is not shown.
 */
function Lines({ text }: { text: string }) {
  const lines = text.split('\n');
  return (
    <>
      {lines.map((line, i) => (
        <span key={i}>
          {i > 0 && <br />}
          {renderInline(i < lines.length - 1 ? line.replace(/\\$/, '') : line)}
        </span>
      ))}
    </>
  );
}

function splitCells(row: string): string[] {
  return row
    .trim()
    .replace(/^\|/, '')
    .replace(/\|$/, '')
    .split('|')
    .map((cell) => cell.trim());
}

type Block =
  | { kind: 'code'; text: string }
  | { kind: 'heading'; level: number; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; head: string[]; rows: string[][] }
  | { kind: 'quote'; text: string }
  | { kind: 'rule' }
  | { kind: 'paragraph'; text: string };

const FENCE_RE = /^ {0,3}(`{3,})[^`]*$/;
const HEADING_RE = /^(#{1,6})\s+(.*?)(?:\s+#+\s*)?$/;
const BULLET_RE = /^[-*+]\s+(.*)$/;
const ORDERED_RE = /^\d{1,9}[.)]\s+(.*)$/;
const RULE_RE = /^(?:-{3,}|\*{3,}|_{3,})\s*$/;
const TABLE_SEPARATOR_RE = /^\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/** Splits Markdown (already escape-protected) into blocks. */
export function parseBlocks(markdown: string): Block[] {
  const lines = protect(markdown).split(/\r?\n/);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '') {
      i++;
      continue;
    }
    const heading = HEADING_RE.exec(line);
    const fence = FENCE_RE.exec(line);
    if (fence) {
      // A code block: its lines are literal text up to a closing fence at least as long.
      const code: string[] = [];
      const length = fence[1]!.length;
      i++;
      const closes = (l: string) => (/^ {0,3}(`+)\s*$/.exec(l)?.[1]?.length ?? 0) >= length;
      while (i < lines.length && !closes(lines[i]!)) code.push(lines[i++]!);
      i++;
      blocks.push({ kind: 'code', text: code.join('\n') });
    } else if (heading) {
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]! });
      i++;
    } else if (RULE_RE.test(line)) {
      blocks.push({ kind: 'rule' });
      i++;
    } else if (BULLET_RE.test(line) || ORDERED_RE.test(line)) {
      const ordered = ORDERED_RE.test(line);
      const re = ordered ? ORDERED_RE : BULLET_RE;
      const items: string[] = [];
      while (i < lines.length && re.test(lines[i]!)) items.push(re.exec(lines[i++]!)![1]!);
      blocks.push({ kind: 'list', ordered, items });
    } else if (line.trim().startsWith('|') && TABLE_SEPARATOR_RE.test(lines[i + 1] ?? '')) {
      const head = splitCells(line);
      const rows: string[][] = [];
      i += 2;
      while (i < lines.length && lines[i]!.trim().startsWith('|')) rows.push(splitCells(lines[i++]!));
      blocks.push({ kind: 'table', head, rows });
    } else if (line.startsWith('>')) {
      const quoted: string[] = [];
      while (i < lines.length && lines[i]!.startsWith('>')) quoted.push(lines[i++]!.replace(/^>\s?/, ''));
      blocks.push({ kind: 'quote', text: quoted.join('\n') });
    } else {
      const text: string[] = [];
      while (
        i < lines.length &&
        lines[i]!.trim() !== '' &&
        !HEADING_RE.test(lines[i]!) &&
        !BULLET_RE.test(lines[i]!) &&
        !FENCE_RE.test(lines[i]!)
      )
        text.push(lines[i++]!);
      blocks.push({ kind: 'paragraph', text: text.join('\n') });
    }
  }
  return blocks;
}

const BlockView = memo(
  function BlockView({ block }: { block: Block }) {
    switch (block.kind) {
      case 'heading': {
        const Tag = `h${block.level}` as 'h1';
        return <Tag>{renderInline(block.text)}</Tag>;
      }
      case 'rule':
        return <hr />;
      case 'code':
        return (
          <pre>
            <code>{restore(block.text)}</code>
          </pre>
        );
      case 'list': {
        const items = block.items.map((item, i) => <li key={i}>{renderInline(item)}</li>);
        return block.ordered ? <ol>{items}</ol> : <ul>{items}</ul>;
      }
      case 'table':
        return (
          <div className="pm-table-scroll">
            <table>
              <thead>
                <tr>
                  {block.head.map((cell, i) => (
                    <th key={i} scope="col">
                      {renderInline(cell)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {block.rows.map((row, r) => (
                  <tr key={r}>
                    {row.map((cell, c) => (
                      <td key={c}>{renderInline(cell)}</td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        );
      case 'quote':
        return (
          <blockquote>
            <p>
              <Lines text={block.text} />
            </p>
          </blockquote>
        );
      case 'paragraph':
        return (
          <p>
            <Lines text={block.text} />
          </p>
        );
    }
  },
  (a, b) => JSON.stringify(a.block) === JSON.stringify(b.block),
);

/** The rendered document. Blocks whose source did not change are not re-rendered. */
export function MarkdownView({ markdown }: { markdown: string }) {
  const blocks = parseBlocks(markdown);
  return (
    <>
      {blocks.map((block, i) => (
        <BlockView key={i} block={block} />
      ))}
    </>
  );
}
