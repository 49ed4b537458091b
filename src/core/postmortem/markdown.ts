// Markdown escaping for user text. Every field a person typed goes through one of these, so a title,
// note or table cell can add words but never structure: no headings, list items, quotes, tables,
// HTML, links or emphasis that were not in the template. Output depends only on the input string
// (no locale, no Intl), so the browser and Node produce the same bytes.

// CommonMark line endings plus the Unicode separators that some editors paste.
// eslint-disable-next-line no-control-regex -- vertical tab and form feed are line breaks to CommonMark
const LINE_BREAKS = /\r\n|[\r\n\u000b\u000c\u0085\u2028\u2029]/g;

function escapeInline(text: string): string {
  return (
    text
      // eslint-disable-next-line no-control-regex -- NUL is replaced, as CommonMark does
      .replace(/\u0000/g, '\uFFFD')
      .replace(/[\\`*~[\]|<]/g, '\\$&')
      // `_` inside a word never starts emphasis; escaping it there would only clutter snake_case names.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      // `&copy;` would become ©; keep what was typed.
      .replace(/&(?=#?[A-Za-z0-9]+;)/g, '\\&')
      // `#` after a space can close an ATX heading (`# Title #`).
      .replace(/(^|\s)#/g, '$1\\#')
  );
}

// A line that starts with these would begin a block: heading, quote, list, thematic break, setext
// underline, ordered list, table row or code fence.
function escapeLineStart(line: string): string {
  const ordered = /^(\d{1,9})([.)])/.exec(line);
  if (ordered) return `${ordered[1]}\\${ordered[2]}${line.slice(ordered[0].length)}`;
  return /^[#>+\-=]/.test(line) ? `\\${line}` : line;
}

/** User text for one line (a heading, list item, table cell or `Label: value`): line breaks become spaces. */
export function inline(text: string | undefined | null): string {
  const flat = String(text ?? '')
    .replace(LINE_BREAKS, ' ')
    .replace(/[\t ]+/g, ' ')
    .trim();
  return escapeLineStart(escapeInline(flat));
}

/** User text as paragraphs: single line breaks are kept, runs of blank lines become one. */
export function block(text: string | undefined | null): string {
  return String(text ?? '')
    .split(LINE_BREAKS)
    .map((line) => inline(line))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Whether a field has anything in it worth printing. */
export function isBlank(text: string | undefined | null): boolean {
  return String(text ?? '').trim() === '';
}

/** One GFM table row; cells are already escaped. */
export function tableRow(cells: readonly string[]): string {
  return `| ${cells.map((c) => c || ' ').join(' | ')} |`;
}
