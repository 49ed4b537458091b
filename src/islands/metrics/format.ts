// Number formatting for the page. Minutes are rounded exactly as the CLI's JSON rounds them
// (roundMinutes), so what the page shows is what `npm run metrics -- --format json` prints.
import { roundMinutes } from '../../core/metrics.ts';
import type { Lang } from '../../core/schema.ts';

const LOCALES: Record<Lang, string> = { en: 'en-GB', th: 'th-TH' };
const minuteFormat = new Map<Lang, Intl.NumberFormat>();
const countFormat = new Map<Lang, Intl.NumberFormat>();

function formatter(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, digits: number): Intl.NumberFormat {
  let f = cache.get(lang);
  if (!f) {
    // Latin digits in Thai too: these numbers are compared with the CLI's and pasted into tickets.
    f = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: digits, numberingSystem: 'latn' });
    cache.set(lang, f);
  }
  return f;
}

/** `1,234.57`; empty string for null (the caller shows "not available"). */
export function formatMinutes(minutes: number | null, lang: Lang): string {
  const rounded = roundMinutes(minutes);
  return rounded === null ? '' : formatter(minuteFormat, lang, 2).format(rounded);
}

export function formatCount(count: number, lang: Lang): string {
  return formatter(countFormat, lang, 0).format(count);
}

/** Reads a number back from formatMinutes/formatCount output (for tests and the bench). */
export function parseShownNumber(text: string): number | null {
  const cleaned = text.replace(/[^\d.-]/g, '');
  return cleaned === '' ? null : Number(cleaned);
}
