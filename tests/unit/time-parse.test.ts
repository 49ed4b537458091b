// The one instant parser (src/core/time/parse.ts): parseTimestamp for imports (ISO 8601 or epoch
// numbers) and toEpochMs for the handbook's own timestamps (ISO 8601 with an offset only).
import { describe, expect, test } from 'vitest';
import { isTimestamp, minutesBetween, parseTimestamp, toEpochMs } from '../../src/core/time/parse.ts';
import { hasOffset, offsetMinutes, offsetOf } from '../../src/core/time/offset.ts';
import { addDays, dateInZone, isCalendarDate, startOfDayInZone } from '../../src/core/time/calendar.ts';
import { orderTimeZones, wallTimeToTimestamp } from '../../src/core/time/zone.ts';

describe('toEpochMs', () => {
  test('reads ISO 8601 with an offset, canonical or loosely written', () => {
    const ms = Date.parse('2026-11-27T07:02:00Z');
    expect(toEpochMs('2026-11-27T14:02:00+07:00')).toBe(ms);
    expect(toEpochMs('2026-11-27T07:02:00Z')).toBe(ms);
    expect(toEpochMs(' 2026-11-27T07:02:00.000Z ')).toBe(ms);
    expect(toEpochMs('2026-11-27T14:02+0700')).toBe(ms);
    expect(toEpochMs('2026-11-27 07:02:00 UTC')).toBe(ms);
  });

  test('refuses a time without an offset, an epoch number, an impossible date and prose', () => {
    expect(toEpochMs('2026-11-27T14:02:00')).toBeNaN();
    expect(toEpochMs('1795000000')).toBeNaN();
    expect(toEpochMs('2026-02-30T00:00:00Z')).toBeNaN();
    expect(toEpochMs('yesterday')).toBeNaN();
    expect(toEpochMs('')).toBeNaN();
  });

  test('isTimestamp is the same rule as a yes/no check (for zod refinements)', () => {
    expect(isTimestamp('2026-11-27T14:02:00+07:00')).toBe(true);
    expect(isTimestamp('2026-11-27T14:02:00')).toBe(false);
    expect(isTimestamp(1795000000)).toBe(false);
  });

  test('minutesBetween is signed and NaN for an unreadable end', () => {
    expect(minutesBetween('2026-11-27T14:00:00+07:00', '2026-11-27T07:30:00Z')).toBe(30);
    expect(minutesBetween('2026-11-27T07:30:00Z', '2026-11-27T14:00:00+07:00')).toBe(-30);
    expect(minutesBetween('2026-11-27T07:30:00Z', 'later')).toBeNaN();
  });

  test('agrees with parseTimestamp on what both read', () => {
    for (const text of ['2026-11-27T14:02:00+07:00', '2026-11-27T14:02:00.5-03:30', '2026-11-27T14:02Z']) {
      expect(parseTimestamp(text)).toMatchObject({ ok: true, ms: toEpochMs(text) });
    }
  });
});

test('offsets as written', () => {
  expect(hasOffset('2026-11-27T14:02:00+07:00')).toBe(true);
  expect(hasOffset('2026-11-27T14:02:00')).toBe(false);
  expect(offsetOf('2026-11-27T14:02:00z')).toBe('Z');
  expect(offsetOf('2026-11-27T14:02:00-0330')).toBe('-0330');
  expect(offsetMinutes('-0330')).toBe(-210);
  expect(offsetMinutes('+07:00')).toBe(420);
});

describe('calendar and zones', () => {
  test('addDays crosses months, years and leap days', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  test('calendar dates, and where a day begins in a zone', () => {
    expect(isCalendarDate('2026-02-29')).toBe(false);
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(dateInZone(Date.parse('2026-11-27T20:00:00Z'), 'Asia/Bangkok')).toBe('2026-11-28');
    expect(startOfDayInZone('2026-11-28', 'Asia/Bangkok')).toBe(Date.parse('2026-11-27T17:00:00Z'));
    expect(startOfDayInZone('28/11/2026', 'UTC')).toBeNaN();
  });

  test('a wall time in a daylight-saving gap lands after the jump', () => {
    expect(wallTimeToTimestamp('2026-03-08T02:30', 'America/New_York')).toBe('2026-03-08T03:30:00-04:00');
    expect(wallTimeToTimestamp('2026-02-30T10:00', 'UTC')).toBeNull();
  });

  test("the zone list: UTC, the reader's zone, then the rest sorted, each once", () => {
    expect(orderTimeZones('Asia/Bangkok', ['Europe/Paris', 'UTC', 'Asia/Bangkok', 'America/New_York'])).toEqual([
      'UTC',
      'Asia/Bangkok',
      'America/New_York',
      'Europe/Paris',
    ]);
    expect(orderTimeZones('UTC', ['Europe/Paris', 'UTC'])).toEqual(['UTC', 'Europe/Paris']);
  });
});
