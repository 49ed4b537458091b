// Read-only share links: the assessment travels deflated and base64url-encoded in the URL fragment
// (`#assessment=…`), which browsers never send to a server. Decoding stops at a hard size cap, so a
// hostile fragment (a deflate bomb) cannot freeze the tab. Its own module because it pulls in fflate:
// the island imports it only when a link is made or opened.
import { Inflate, deflateSync, strFromU8, strToU8 } from 'fflate';
import { careerTranslate } from '../i18n/career.ts';
import type { Lang } from '../i18n/locales.ts';
import { assessmentFileValue, parseAssessmentValue } from './assessment-file.ts';
import type { Assessment, ParseResult } from './types.ts';

export const SHARE_PARAM = 'assessment';
/** Decoded JSON larger than this is refused: far above any real assessment, far below a frozen tab. */
export const MAX_SHARE_DECODED_BYTES = 512 * 1024;
/** Fragments longer than this are refused before decoding. */
export const MAX_SHARE_FRAGMENT_CHARS = 256 * 1024;

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

/** Inflates chunk by chunk and stops as soon as the output passes `cap` bytes. */
function inflateCapped(data: Uint8Array, cap: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const inflate = new Inflate((chunk) => {
    size += chunk.length;
    if (size > cap) throw new TooLarge();
    chunks.push(chunk);
  });
  // Feed small pieces so a bomb is caught after little work, not after inflating a whole block.
  const piece = 1024;
  for (let i = 0; i < data.length; i += piece) inflate.push(data.subarray(i, i + piece), i + piece >= data.length);
  if (data.length === 0) inflate.push(new Uint8Array(0), true);
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

/** The fragment (without `#`) that carries the assessment: `assessment=<deflated base64url>`. */
export function encodeAssessmentShare(assessment: Assessment): string {
  return `${SHARE_PARAM}=${toBase64Url(deflateSync(strToU8(JSON.stringify(assessmentFileValue(assessment))), { level: 9 }))}`;
}

/** Whether a location hash carries a shared assessment (cheap; check before loading this module's work). */
export function hasAssessmentShare(hash: string): boolean {
  return new URLSearchParams(hash.replace(/^#/, '')).has(SHARE_PARAM);
}

/**
 * Reads a location hash (with or without `#`). `null` when it carries no assessment; otherwise the
 * same result as importing a file, with the problem in the reader's language. Never throws.
 */
export function decodeAssessmentShare(hash: string, lang: Lang = 'en'): ParseResult | null {
  const t = careerTranslate(lang);
  const payload = new URLSearchParams(hash.replace(/^#/, '')).get(SHARE_PARAM);
  if (payload === null) return null;
  const fail = (message: string): ParseResult => ({ ok: false, problems: [{ path: '(link)', message }] });
  if (payload.length > MAX_SHARE_FRAGMENT_CHARS) return fail(t('career.share.tooLarge'));
  let text: string;
  try {
    text = strFromU8(inflateCapped(fromBase64Url(payload), MAX_SHARE_DECODED_BYTES));
  } catch (error) {
    return fail(t(error instanceof TooLarge ? 'career.share.tooLarge' : 'career.share.damaged'));
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail(t('career.share.damaged'));
  }
  return parseAssessmentValue(value, lang);
}
