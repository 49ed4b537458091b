// Share links: the draft travels compressed in the URL fragment (`#draft=...`). Browsers never send
// the fragment to a server, so sharing a link publishes nothing; the receiver's tool reads it locally.
// fflate is loaded only when a link is made or opened.
import type { Incident } from '../../core/schema.ts';

export const SHARE_PARAM = 'draft';

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

/** The fragment (without `#`) that carries an incident. */
export async function shareFragment(incident: Incident): Promise<string> {
  const { deflateSync, strToU8 } = await import('fflate');
  return `${SHARE_PARAM}=${toBase64Url(deflateSync(strToU8(JSON.stringify(incident)), { level: 9 }))}`;
}

/** Whether the location's fragment carries a shared draft (checked before loading any code for it). */
export function hasShareFragment(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(SHARE_PARAM);
}

export type ShareRead =
  { found: false } | { found: true; ok: true; value: unknown } | { found: true; ok: false; message: string };

/** Reads `#draft=...`; the value still has to pass the core's parseIncident. */
export async function readShareFragment(hash: string): Promise<ShareRead> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const payload = params.get(SHARE_PARAM);
  if (payload === null) return { found: false };
  try {
    const { inflateSync, strFromU8 } = await import('fflate');
    return { found: true, ok: true, value: JSON.parse(strFromU8(inflateSync(fromBase64Url(payload)))) as unknown };
  } catch (error) {
    return { found: true, ok: false, message: (error as Error).message || String(error) };
  }
}
