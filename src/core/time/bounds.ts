// The sane range for reporting windows and "now". Outside it the weekly and monthly trends grow to
// millions of buckets (a `--days 1e8` window ran out of memory) and the day after 9999-12-31 has no
// four-digit year to print, so a window beyond it is refused with a clear message instead.

/** The earliest instant a window may touch: 1900-01-01T00:00:00Z. */
export const EARLIEST_WINDOW_MS = Date.UTC(1900, 0, 1);
/** The latest: 9999-01-01T00:00:00Z, a year short of the last printable date so a window's end stays printable. */
export const LATEST_WINDOW_MS = Date.UTC(9999, 0, 1);
/** The longest window, in days: a hundred years. */
export const MAX_WINDOW_DAYS = 36_525;

/** Whether an instant lies inside the sane range (NaN does not). */
export function inWindowRange(ms: number): boolean {
  return ms >= EARLIEST_WINDOW_MS && ms <= LATEST_WINDOW_MS;
}

/** Whether a window length in days is usable: positive, finite and at most MAX_WINDOW_DAYS. */
export function isWindowDays(days: number): boolean {
  return Number.isFinite(days) && days > 0 && days <= MAX_WINDOW_DAYS;
}
