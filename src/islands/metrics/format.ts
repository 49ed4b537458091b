// Number formatting for the page. The cards show the numbers of toMetricsJson (already rounded to
// 2 decimals, as `npm run metrics -- --format json` prints them), so page and CLI agree exactly.
import { LOCALES, type Lang } from '../../core/i18n/locales.ts';

const minuteFormat = new Map<Lang, Intl.NumberFormat>();
const countFormat = new Map<Lang, Intl.NumberFormat>();

function formatter(cache: Map<Lang, Intl.NumberFormat>, lang: Lang, digits: number): Intl.NumberFormat {
  let f = cache.get(lang);
  if (!f) {
    // Latin digits in Thai too: these numbers are compared with the CLI's and pasted into tickets.
    f = new Intl.NumberFormat(LOCALES[lang].intl, { maximumFractionDigits: digits, numberingSystem: 'latn' });
    cache.set(lang, f);
  }
  return f;
}

/** `1,234.57` (at most 2 decimals); empty string for null (the caller shows "not available"). */
export function formatMinutes(minutes: number | null, lang: Lang): string {
  return minutes === null ? '' : formatter(minuteFormat, lang, 2).format(minutes);
}

export function formatCount(count: number, lang: Lang): string {
  return formatter(countFormat, lang, 0).format(count);
}

/** Reads a number back from formatMinutes/formatCount output (for tests and the bench). */
export function parseShownNumber(text: string): number | null {
  const cleaned = text.replace(/[^\d.-]/g, '');
  return cleaned === '' ? null : Number(cleaned);
}
