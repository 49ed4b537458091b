// Input echoed back in a message (a header cell, a value, a file name) is made safe to print: control
// characters (terminal escape codes included) and bidirectional overrides are written as visible
// escapes, and only the first MAX_ECHO characters are kept, so a 64 MiB header is not printed back.

/** How many characters of an input a message echoes at most. */
export const MAX_ECHO = 120;

// C0 controls, DEL, C1 controls, the byte order mark, and the bidirectional controls that can reorder what is shown.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\ufeff\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  if (ch === '\n') return '\\n';
  if (ch === '\r') return '\\r';
  if (ch === '\t') return '\\t';
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** The text with control characters escaped, cut after `max` characters (saying how long it was). */
export function safeText(text: string, max = MAX_ECHO): string {
  const cut = text.length > max ? text.slice(0, max) : text;
  const escaped = cut.replace(UNSAFE, escapeOne);
  return text.length > max ? `${escaped}… (${text.length} characters)` : escaped;
}

/** The text in double quotes, made safe by safeText: how a message names a value the user gave. */
export function shown(text: string, max = MAX_ECHO): string {
  return `"${safeText(text, max)}"`;
}
