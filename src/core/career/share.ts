// Read-only share links: the assessment travels deflated and base64url-encoded in the URL fragment
// (`#assessment=…`), which browsers never send to a server, through the one share codec
// (../share-codec.ts), whose size caps keep a hostile fragment (a deflate bomb) from freezing the tab.
// Its own module because the codec pulls in fflate: the island imports it only when a link is made or opened.
import { careerTranslate } from '../i18n/career.ts';
import type { Lang } from '../i18n/locales.ts';
import { decodeShare, encodeShare, type ShareProblem } from '../share-codec.ts';
import { assessmentFileValue, parseAssessmentValue } from './assessment-file.ts';
import type { Assessment, ParseResult } from './types.ts';

export const SHARE_PARAM = 'assessment';
/** Decoded JSON larger than this is refused: far above any real assessment, far below a frozen tab. */
export const MAX_SHARE_DECODED_BYTES = 512 * 1024;
/** Fragments longer than this are refused before decoding. */
export const MAX_SHARE_FRAGMENT_CHARS = 256 * 1024;

/** What the reader is told for each reason a link cannot be read. */
const PROBLEM_KEYS = {
  'too-long': 'career.share.tooLarge',
  'too-large': 'career.share.tooLarge',
  damaged: 'career.share.damaged',
} as const satisfies Record<ShareProblem, string>;

/** The fragment (without `#`) that carries the assessment: `assessment=<deflated base64url>`. */
export function encodeAssessmentShare(assessment: Assessment): string {
  return `${SHARE_PARAM}=${encodeShare(assessmentFileValue(assessment))}`;
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
  const decoded = decodeShare(payload, { maxChars: MAX_SHARE_FRAGMENT_CHARS, maxBytes: MAX_SHARE_DECODED_BYTES });
  if (!decoded.ok) return { ok: false, problems: [{ path: '(link)', message: t(PROBLEM_KEYS[decoded.problem]) }] };
  return parseAssessmentValue(decoded.value, lang);
}
