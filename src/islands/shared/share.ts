// Share links for drafts: the draft travels compressed in the URL fragment (`#draft=...`). Browsers
// never send the fragment to a server, so sharing a link publishes nothing; the receiver's tool reads
// it locally. The codec (src/core/share-codec.ts, with fflate) is loaded only when a link is made or
// opened, so a tool's first load does not carry it.
import type { Incident } from '../../core/schema.ts';
import type { ShareLimits, ShareProblem } from '../../core/share-codec.ts';

export type { ShareProblem };

export const SHARE_PARAM = 'draft';

// A real draft compresses to a few KB and inflates to well under 1 MB.
/** The longest `#draft=` payload read, in characters of base64url. */
export const MAX_SHARE_CHARS = 200_000;
/** The most bytes a payload may inflate to. */
export const MAX_SHARE_BYTES = 2_000_000;
const LIMITS: ShareLimits = { maxChars: MAX_SHARE_CHARS, maxBytes: MAX_SHARE_BYTES };

/** Loads the compressor ahead of need (see idle.ts), so a link can still be made after the network drops. */
export const loadCompressor = () => import('../../core/share-codec.ts');

/** The fragment (without `#`) that carries an incident. */
export async function shareFragment(incident: Incident): Promise<string> {
  const { encodeShare } = await loadCompressor();
  return `${SHARE_PARAM}=${encodeShare(incident)}`;
}

/** Whether the location's fragment carries a shared draft (checked before loading any code for it). */
export function hasShareFragment(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(SHARE_PARAM);
}

/** A draft link read: not there, its JSON value (still to pass parseIncident), or why it cannot be read. */
export type ShareRead =
  { found: false } | { found: true; ok: true; value: unknown } | { found: true; ok: false; problem: ShareProblem };

/** Reads `#draft=...`; the value still has to pass the core's parseIncident. Never throws. */
export async function readShareFragment(hash: string): Promise<ShareRead> {
  const start = hash.indexOf(`${SHARE_PARAM}=`);
  // Checked before URLSearchParams copies a huge fragment, and before anything is decompressed.
  if (start !== -1 && hash.length - start > MAX_SHARE_CHARS + SHARE_PARAM.length + 1)
    return { found: true, ok: false, problem: 'too-long' };
  const payload = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (payload === null) return { found: false };
  const { decodeShare } = await import('../../core/share-codec.ts');
  return { found: true, ...decodeShare(payload, LIMITS) };
}
