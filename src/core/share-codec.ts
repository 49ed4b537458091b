// The one codec for share links (a post-mortem or kickoff draft, a career assessment): a JSON value
// deflated and base64url-encoded, to travel in a URL fragment, which browsers never send to a server.
//
// A link is a place anyone can put bytes: a 67 KB fragment that inflated to 50 MB froze a tab for 44 s,
// a 533 KB one crashed it. So decoding refuses a payload longer than its caller's limit before any
// work, and inflates chunk by chunk, stopping as soon as the output passes the byte limit. Problems
// are codes; each tool says them in the reader's language.
//
// This module pulls in fflate: the tools load it only when a link is made or opened (a dynamic
// import), so a page's first load does not carry it.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';

/** How much a caller accepts: far above any real value, far below a frozen tab. */
export interface ShareLimits {
  /** The longest payload read, in base64url characters. */
  readonly maxChars: number;
  /** The most bytes the payload may inflate to. */
  readonly maxBytes: number;
}

/** Why a payload cannot be read: longer than `maxChars`, inflating past `maxBytes`, or not a payload at all. */
export type ShareProblem = 'too-long' | 'too-large' | 'damaged';

export type ShareDecoded = { ok: true; value: unknown } | { ok: false; problem: ShareProblem };

/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032×, so each step's output stays small. */
const INFLATE_STEP = 1024;

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

class TooLarge extends Error {}

/** Inflates `compressed`, stopping as soon as the output passes `maxBytes`. */
function inflateCapped(compressed: Uint8Array, maxBytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > maxBytes) throw new TooLarge();
    chunks.push(chunk);
  });
  for (let i = 0; i < compressed.length; i += INFLATE_STEP) {
    const end = Math.min(i + INFLATE_STEP, compressed.length);
    inflater.push(compressed.subarray(i, end), end === compressed.length);
  }
  if (compressed.length === 0) inflater.push(compressed, true);
  const all = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    all.set(chunk, at);
    at += chunk.length;
  }
  return all;
}

/** The payload for a JSON value: its JSON, deflated at the highest level, base64url without padding. */
export function encodeShare(value: unknown): string {
  return toBase64Url(deflateSync(strToU8(JSON.stringify(value)), { level: 9 }));
}

/** The JSON value a payload carries, or why it cannot be read. Never throws. */
export function decodeShare(payload: string, limits: ShareLimits): ShareDecoded {
  if (payload.length > limits.maxChars) return { ok: false, problem: 'too-long' };
  let text: string;
  try {
    text = strFromU8(inflateCapped(fromBase64Url(payload), limits.maxBytes));
  } catch (error) {
    return { ok: false, problem: error instanceof TooLarge ? 'too-large' : 'damaged' };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: 'damaged' };
  }
}
