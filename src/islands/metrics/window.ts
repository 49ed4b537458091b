// The reporting window the user chose, turned into the options computeMetrics takes.
import {
  addDays,
  formatIsoInZone,
  inWindowRange,
  isCalendarDate,
  MAX_WINDOW_DAYS,
  startOfDayInZone,
  toEpochMs,
} from '../../core/time/index.ts';
import type { Timestamp } from '../../core/schema.ts';

export const PRESET_DAYS = [7, 30, 90, 365] as const;
export type PresetDays = (typeof PRESET_DAYS)[number];

export type WindowChoice =
  | { kind: 'days'; days: PresetDays }
  /** Calendar dates `YYYY-MM-DD`, both included, read in the chosen time zone. */
  | { kind: 'custom'; fromDate: string; toDate: string };

export type WindowOptions = ({ days: number; now: Timestamp } | { from: Timestamp; to: Timestamp }) & { timeZone: string };

export type WindowProblem = 'custom-from-invalid' | 'custom-to-invalid' | 'custom-order' | 'custom-out-of-range';

/**
 * The computeMetrics options for a choice. A rolling window ends at `nowMs`; a custom range runs from
 * the start of its first day to the start of the day after its last day, both in `timeZone`, so the
 * same dates mean the same local days whatever zone the browser is in. The weekly and monthly trends
 * follow the same zone's calendar.
 */
export function windowOptions(
  choice: WindowChoice,
  nowMs: number,
  timeZone: string,
): { ok: true; options: WindowOptions } | { ok: false; problem: WindowProblem } {
  if (choice.kind === 'days')
    return { ok: true, options: { days: choice.days, now: formatIsoInZone(nowMs, timeZone), timeZone } };
  if (!isCalendarDate(choice.fromDate)) return { ok: false, problem: 'custom-from-invalid' };
  if (!isCalendarDate(choice.toDate)) return { ok: false, problem: 'custom-to-invalid' };
  if (choice.toDate < choice.fromDate) return { ok: false, problem: 'custom-order' };
  const from = startOfDayInZone(choice.fromDate, timeZone);
  const to = startOfDayInZone(addDays(choice.toDate, 1), timeZone);
  // Years 1900–9998 and at most a hundred years long: beyond that the trends explode or the end is unprintable.
  if (!inWindowRange(from) || !inWindowRange(to) || to - from > MAX_WINDOW_DAYS * 86_400_000)
    return { ok: false, problem: 'custom-out-of-range' };
  return { ok: true, options: { from: formatIsoInZone(from, timeZone), to: formatIsoInZone(to, timeZone), timeZone } };
}

/**
 * The "now" the rolling windows end at: the `?now=` URL parameter when it is a timestamp with an
 * offset (so a report can be reproduced, and tests can compare with the CLI's `--now`) inside the sane
 * range of core/time/bounds.ts, else the clock.
 */
export function nowFromSearch(search: string, clockMs: number): { nowMs: number; fixed: boolean; ignored?: string } {
  const value = new URLSearchParams(search).get('now');
  if (value !== null) {
    const ms = toEpochMs(value);
    if (inWindowRange(ms)) return { nowMs: ms, fixed: true };
    return { nowMs: clockMs, fixed: false, ignored: value };
  }
  return { nowMs: clockMs, fixed: false };
}
