// The safe Markdown subset of the post-mortem's free-text fields (summary, impact, root cause, …):
// paragraphs, bullet and numbered lists, emphasis, inline code, code blocks, and links to http,
// https and mailto. What the writer typed is read as that subset and written back out as plain
// CommonMark that GitHub, GitLab and Confluence render alike; everything else goes through the
// escaping of markdown.ts, so it shows as the characters typed (no HTML, headings, tables, quotes,
// images, or links to other schemes). Line breaks inside a paragraph are kept as hard breaks (`\` at
// the end of the line), so two lines typed stay two lines on every renderer. Plain string work only:
// the browser preview and the CLI produce the same bytes.
import { inline, isBlank } from './markdown.ts';

// eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks to CommonMark
const LINE_BREAKS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/;
const FENCE = /^ {0,3}(`{3,})[^`]*$/;
const BULLET = /^ {0,3}[-*+][ \t]+(.*)$/;
const NUMBERED = /^ {0,3}(\d{1,9})[.)][ \t]+(.*)$/;
const SAFE_LINK = /^(https?:\/\/[^\s]+|mailto:[^\s]+)$/i;

/** A backtick fence one longer than the longest run inside, so the content can never close it. */
function fenceFor(content: string, min: number): string {
  const longest = Math.max(0, ...(content.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(min, longest + 1));
}

// Code spans first (their content is literal), then links, strong, emphasis: the same order the
// preview reads them in.
const INLINE =
  /(`+)([^`]|[^`][\s\S]*?[^`])\1(?!`)|\[([^\]\n]+)\]\(([^()\s]+)\)|\*\*(\S(?:[^*]*?\S)?)\*\*|\*(\S(?:[^*]*?\S)?)\*|(?<![\p{L}\p{N}_])_(\S(?:[^_]*?\S)?)_(?![\p{L}\p{N}_])/gu;

/** One line of the subset as safe Markdown; `links` is false inside link text (links do not nest). */
export function richInline(text: string, links = true): string {
  let out = '';
  let last = 0;
  for (const m of text.matchAll(INLINE)) {
    const [whole, , code, linkText, href, strong, em, em2] = m;
    const plain = text.slice(last, m.index);
    last = m.index + whole.length;
    if (code !== undefined) {
      const fence = fenceFor(code, 1);
      const pad = code.startsWith('`') || code.endsWith('`') ? ' ' : '';
      out += escapeText(plain, out) + `${fence}${pad}${code}${pad}${fence}`;
    } else if (linkText !== undefined && links && SAFE_LINK.test(href!)) {
      // Parentheses, angle brackets and backslashes in the address are percent-encoded, so the
      // address ends where the link ends on every renderer.
      const target = href!.replace(/[()<>\\]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
      // A `!` right before the link would make it an image.
      out = (out + escapeText(plain, out)).replace(/(?<!\\)!$/, '\\!') + `[${richInline(linkText, false)}](${target})`;
    } else if (strong !== undefined) out += escapeText(plain, out) + `**${richInline(strong, links)}**`;
    else if (em !== undefined || em2 !== undefined) out += escapeText(plain, out) + `*${richInline((em ?? em2)!, links)}*`;
    else {
      // Not part of the subset (a javascript: link, a link inside link text): the characters as typed.
      out += escapeText(plain + whole, out);
    }
  }
  return out + escapeText(text.slice(last), out);
}

/** Plain text between subset constructs, escaped; only the very start of a line is escaped as a line start. */
function escapeText(text: string, before: string): string {
  if (!text) return '';
  const escaped = inline(text);
  // inline() trims and escapes block starts (`- `, `1.`, `#`); mid-line text keeps its spaces.
  const lead = text.match(/^\s*/)![0] ? ' ' : '';
  const trail = text.match(/\s*$/)![0] ? ' ' : '';
  const body = before === '' ? escaped : escaped.replace(/^\\(?=[#>+\-=])/, '').replace(/^(\d{1,9})\\([.)])/, '$1$2');
  return `${before === '' ? '' : lead}${body}${body ? trail : ''}`;
}

type Block =
  | { kind: 'paragraph'; lines: string[] }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'code'; lines: string[] };

function readBlocks(text: string): Block[] {
  const lines = text.split(LINE_BREAKS);
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    const fence = FENCE.exec(line);
    if (line.trim() === '') {
      i++;
    } else if (fence) {
      const code: string[] = [];
      const close = new RegExp(`^ {0,3}\`{${fence[1]!.length},}\\s*$`);
      i++;
      while (i < lines.length && !close.test(lines[i]!)) code.push(lines[i++]!);
      i++;
      blocks.push({ kind: 'code', lines: code });
    } else if (BULLET.test(line) || NUMBERED.test(line)) {
      const ordered = NUMBERED.test(line);
      const items: string[] = [];
      while (i < lines.length && lines[i]!.trim() !== '' && !FENCE.test(lines[i]!)) {
        const item = ordered ? NUMBERED.exec(lines[i]!)?.[2] : BULLET.exec(lines[i]!)?.[1];
        // A line that is not an item of this list continues the item before it.
        if (item !== undefined) items.push(item);
        else if (BULLET.test(lines[i]!) || NUMBERED.test(lines[i]!)) break;
        else items[items.length - 1] += ` ${lines[i]!.trim()}`;
        i++;
      }
      blocks.push({ kind: 'list', ordered, items });
    } else {
      const paragraph: string[] = [];
      while (
        i < lines.length &&
        lines[i]!.trim() !== '' &&
        !FENCE.test(lines[i]!) &&
        !BULLET.test(lines[i]!) &&
        !NUMBERED.test(lines[i]!)
      )
        paragraph.push(lines[i++]!);
      blocks.push({ kind: 'paragraph', lines: paragraph });
    }
  }
  return blocks;
}

/** A free-text field as safe Markdown blocks separated by blank lines; '' for blank text. */
export function richBlock(text: string | undefined | null): string {
  if (isBlank(text)) return '';
  // eslint-disable-next-line no-control-regex -- NUL is replaced, as CommonMark does
  const source = String(text).replace(/\u0000/g, '\uFFFD');
  return readBlocks(source)
    .map((b) => {
      if (b.kind === 'code') {
        const content = b.lines.join('\n');
        const fence = fenceFor(content, 3);
        return `${fence}\n${content}${content ? '\n' : ''}${fence}`;
      }
      if (b.kind === 'list')
        return b.items.map((item, n) => `${b.ordered ? `${n + 1}.` : '-'} ${richInline(item.trim()) || '\\-'}`).join('\n');
      return b.lines
        .map((l) => richInline(l.trim()))
        .filter((l) => l !== '')
        .join('\\\n');
    })
    .filter((b) => b !== '')
    .join('\n\n');
}
