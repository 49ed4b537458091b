// Share links: the draft travels compressed in the URL fragment (`#draft=...`). Browsers never send
// the fragment to a server, so sharing a link publishes nothing; the receiver's tool reads it locally.
// fflate is loaded only when a link is made or opened.
import type { Incident } from '../../core/schema.ts';

export const SHARE_PARAM = 'draft';

// A link is a place anyone can put bytes: a 67 KB fragment that inflated to 50 MB froze the tab for
// 44 s, a 533 KB one crashed it. A real draft compresses to a few KB and inflates to well under 1 MB,
// so the fragment is capped before decompressing and the output is capped while inflating.
/** The longest `#draft=` payload read, in characters of base64url. */
export const MAX_SHARE_CHARS = 200_000;
/** The most bytes a payload may inflate to. */
export const MAX_SHARE_BYTES = 2_000_000;
/** Compressed bytes fed to the inflater at a time: deflate expands at most ~1032×, so each step's output stays small. */
const INFLATE_STEP = 1024;

/** Thrown when a share link is larger than the caps allow; the message names the cap. */
export class ShareTooLarge extends Error {}

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

/** Loads the compressor ahead of need (see idle.ts), so a link can still be made after the network drops. */
export const loadCompressor = () => import('fflate');

/** The fragment (without `#`) that carries an incident. */
export async function shareFragment(incident: Incident): Promise<string> {
  const { deflateSync, strToU8 } = await loadCompressor();
  return `${SHARE_PARAM}=${toBase64Url(deflateSync(strToU8(JSON.stringify(incident)), { level: 9 }))}`;
}

/** Whether the location's fragment carries a shared draft (checked before loading any code for it). */
export function hasShareFragment(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(SHARE_PARAM);
}

export type ShareRead =
  { found: false } | { found: true; ok: true; value: unknown } | { found: true; ok: false; message: string };

/** Inflates `compressed`, stopping as soon as the output passes MAX_SHARE_BYTES. */
async function inflateCapped(compressed: Uint8Array): Promise<string> {
  const { Inflate, strFromU8 } = await loadCompressor();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflater = new Inflate((chunk) => {
    size += chunk.length;
    if (size > MAX_SHARE_BYTES) throw new ShareTooLarge(`it unpacks to more than ${MAX_SHARE_BYTES} bytes`);
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
  return strFromU8(all);
}

/** Reads `#draft=...`; the value still has to pass the core's parseIncident. */
export async function readShareFragment(hash: string): Promise<ShareRead> {
  const start = hash.indexOf(`${SHARE_PARAM}=`);
  // Checked before URLSearchParams copies a huge fragment, and before anything is decompressed.
  if (start !== -1 && hash.length - start > MAX_SHARE_CHARS + SHARE_PARAM.length + 1)
    return { found: true, ok: false, message: `the link is longer than ${MAX_SHARE_CHARS} characters` };
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const payload = params.get(SHARE_PARAM);
  if (payload === null) return { found: false };
  try {
    return { found: true, ok: true, value: JSON.parse(await inflateCapped(fromBase64Url(payload))) as unknown };
  } catch (error) {
    return { found: true, ok: false, message: (error as Error).message || String(error) };
  }
}
