// The one human format every tool, template and report shows: `2026-11-27 14:02 UTC+07:00`.
import { describe, expect, test } from 'vitest';
import { formatInstant, formatTimestamp, formatWithOffset, utcOffsetLabel, zoneOffsetLabel } from '../../src/core/time/format.ts';

const at = Date.parse('2026-11-27T07:02:00Z');

describe('formatInstant', () => {
  test('UTC is written as UTC alone', () => {
    expect(formatInstant(at, 'UTC')).toBe('2026-11-27 07:02 UTC');
    expect(formatInstant(at, 'Etc/UTC')).toBe('2026-11-27 07:02 UTC');
  });

  test('a positive offset: Bangkok', () => {
    expect(formatInstant(at, 'Asia/Bangkok')).toBe('2026-11-27 14:02 UTC+07:00');
  });

  test('a negative offset crosses the date back', () => {
    expect(formatInstant(Date.parse('2026-11-27T02:30:00Z'), 'America/Los_Angeles')).toBe('2026-11-26 18:30 UTC-08:00');
  });

  test('half- and quarter-hour offsets', () => {
    expect(formatInstant(at, 'Asia/Kolkata')).toBe('2026-11-27 12:32 UTC+05:30');
    expect(formatInstant(at, 'America/St_Johns')).toBe('2026-11-27 03:32 UTC-03:30');
    expect(formatInstant(at, 'Asia/Kathmandu')).toBe('2026-11-27 12:47 UTC+05:45');
  });

  test('daylight saving in America/New_York: the offset follows the instant', () => {
    expect(formatInstant(Date.parse('2026-07-01T16:00:00Z'), 'America/New_York')).toBe('2026-07-01 12:00 UTC-04:00');
    expect(formatInstant(Date.parse('2026-12-01T17:00:00Z'), 'America/New_York')).toBe('2026-12-01 12:00 UTC-05:00');
    // 2026-03-08: 01:59 EST is followed by 03:00 EDT.
    expect(formatInstant(Date.parse('2026-03-08T06:59:00Z'), 'America/New_York')).toBe('2026-03-08 01:59 UTC-05:00');
    expect(formatInstant(Date.parse('2026-03-08T07:00:00Z'), 'America/New_York')).toBe('2026-03-08 03:00 UTC-04:00');
    // 2026-11-01: 01:30 happens twice, told apart by the offset.
    expect(formatInstant(Date.parse('2026-11-01T05:30:00Z'), 'America/New_York')).toBe('2026-11-01 01:30 UTC-04:00');
    expect(formatInstant(Date.parse('2026-11-01T06:30:00Z'), 'America/New_York')).toBe('2026-11-01 01:30 UTC-05:00');
  });

  test('seconds are not shown; an instant that is not finite gives an empty text', () => {
    expect(formatInstant(at + 59_999, 'UTC')).toBe('2026-11-27 07:02 UTC');
    expect(formatInstant(Number.NaN, 'UTC')).toBe('');
  });
});

describe('formatTimestamp (in the offset it was written with)', () => {
  test('keeps the written offset', () => {
    expect(formatTimestamp('2026-11-27T14:02:00+07:00')).toBe('2026-11-27 14:02 UTC+07:00');
    expect(formatTimestamp('2026-11-27T07:02:00Z')).toBe('2026-11-27 07:02 UTC');
    expect(formatTimestamp('2026-11-27T14:02+0700')).toBe('2026-11-27 14:02 UTC+07:00');
    expect(formatTimestamp('2026-11-27T04:02:00-03:00')).toBe('2026-11-27 04:02 UTC-03:00');
  });

  test('refuses what is not a timestamp with an offset', () => {
    expect(formatTimestamp('2026-11-27T14:02:00')).toBe('');
    expect(formatTimestamp('1795000000')).toBe('');
    expect(formatTimestamp('soon')).toBe('');
  });
});

test('offset labels and the ISO serializer for data', () => {
  expect(utcOffsetLabel(0)).toBe('UTC');
  expect(utcOffsetLabel(420)).toBe('UTC+07:00');
  expect(utcOffsetLabel(-210)).toBe('UTC-03:30');
  expect(zoneOffsetLabel(at, 'Asia/Bangkok')).toBe('UTC+07:00');
  expect(formatWithOffset(at, 420)).toBe('2026-11-27T14:02:00+07:00');
  expect(formatWithOffset(at, -570)).toBe('2026-11-26T21:32:00-09:30');
  expect(formatWithOffset(at, 0)).toBe('2026-11-27T07:02:00Z');
});
