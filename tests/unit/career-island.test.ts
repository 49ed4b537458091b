// The assessment tool's browser-free parts: storage (unreadable text copied aside under a key of its
// own, never over an earlier backup; a full storage reported) and the chart's SVG.
import { describe, expect, test } from 'vitest';
import {
  BACKUP_PREFIX,
  STORAGE_KEY,
  loadAssessment,
  saveAssessment,
  type ParseText,
  type StorageLike,
} from '../../src/islands/career/storage.ts';
import { freshBackupKey } from '../../src/islands/shared/storage.ts';
import { chartSvg, type ChartData } from '../../src/islands/career/chart.ts';

class MemoryStorage implements StorageLike {
  items = new Map<string, string>();
  full = false;
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    if (this.full) throw Object.assign(new Error('quota'), { name: 'QuotaExceededError' });
    this.items.set(key, value);
  }
}

const parseNumber: ParseText<number> = (text) =>
  /^\d+$/.test(text) ? { ok: true, value: Number(text) } : { ok: false, message: `not a number: ${text}` };
const now = new Date('2026-12-06T04:30:00Z');

describe('assessment storage', () => {
  test('a first visit loads nothing and reports nothing', () => {
    expect(loadAssessment(new MemoryStorage(), parseNumber, now)).toEqual({ value: null, problem: null });
  });

  test('readable text is restored', () => {
    const storage = new MemoryStorage();
    expect(saveAssessment(storage, '42')).toEqual({ ok: true });
    expect(loadAssessment(storage, parseNumber, now).value).toBe(42);
  });

  test('unreadable text is copied aside and reported, and a second failure never overwrites the first backup', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'first garbage');
    const first = loadAssessment(storage, parseNumber, now);
    expect(first.value).toBeNull();
    expect(first.problem?.message).toBe('not a number: first garbage');
    expect(first.problem?.backupKey.startsWith(BACKUP_PREFIX)).toBe(true);
    storage.setItem(STORAGE_KEY, 'second garbage');
    const second = loadAssessment(storage, parseNumber, now);
    expect(second.problem?.backupKey).not.toBe(first.problem?.backupKey);
    expect(storage.getItem(first.problem!.backupKey)).toBe('first garbage');
    expect(storage.getItem(second.problem!.backupKey)).toBe('second garbage');
  });

  test('free backup keys count up past taken ones', () => {
    const storage = new MemoryStorage();
    const a = freshBackupKey(storage, BACKUP_PREFIX, now.getTime());
    storage.setItem(a, 'x');
    const b = freshBackupKey(storage, BACKUP_PREFIX, now.getTime());
    storage.setItem(b, 'y');
    expect(new Set([a, b, freshBackupKey(storage, BACKUP_PREFIX, now.getTime())]).size).toBe(3);
  });

  test('a full storage is reported as such, and the unreadable text stays where it was', () => {
    const storage = new MemoryStorage();
    storage.setItem(STORAGE_KEY, 'garbage');
    storage.full = true;
    expect(saveAssessment(storage, '1')).toMatchObject({ ok: false, quota: true });
    const result = loadAssessment(storage, parseNumber, now);
    expect(result.problem?.backupKey).toBe('');
    expect(storage.getItem(STORAGE_KEY)).toBe('garbage');
  });
});

describe('profile chart', () => {
  const data: ChartData = {
    title: 'Level per area <target>',
    desc: 'Bars & a line',
    levels: ['Junior', 'Mid-level', 'Senior', 'Staff'],
    noneLabel: 'None yet',
    target: 3,
    targetLabel: 'Target: Senior',
    areas: [
      { name: 'Incident response', value: 2.5, valueText: 'Mid-level, 50% of Senior' },
      { name: 'Communication', value: 0, valueText: 'Not yet at Junior' },
    ],
  };

  test('is an accessible image whose text is escaped and says each value in words', () => {
    const svg = chartSvg(data, 'c');
    expect(svg).toContain('role="img"');
    expect(svg).toContain('aria-labelledby="c-title c-desc"');
    expect(svg).toContain('<title id="c-title">Level per area &lt;target&gt;</title>');
    expect(svg).toContain('Bars &amp; a line');
    expect(svg).toContain('Mid-level, 50% of Senior');
    expect(svg).toContain('Target: Senior');
    expect(svg).not.toContain('<target>');
  });

  test('parses as XML', async () => {
    // jsdom is not a dependency; a well-formedness check by balanced tags is enough for a string we build.
    const svg = chartSvg(data);
    const opened = (svg.match(/<(svg|title|desc|style|text|tspan)\b/g) ?? []).length;
    const closed = (svg.match(/<\/(svg|title|desc|style|text|tspan)>/g) ?? []).length;
    expect(opened).toBe(closed);
  });
});

describe('presentation helpers', () => {
  test('snapshot times use the handbook format, explicit about the zone', async () => {
    const { snapshotTime } = await import('../../src/islands/career/view.ts');
    expect(snapshotTime('2026-11-27T14:02:00+07:00')).toBe('2026-11-27 14:02 UTC+07:00');
    expect(snapshotTime('2026-11-27T07:02:00Z')).toBe('2026-11-27 07:02 UTC');
    expect(snapshotTime('2026-11-27T07:02:00-03:30')).toBe('2026-11-27 07:02 UTC-03:30');
  });

  test('evidence links are http(s) only, as the assessment file requires', async () => {
    const { isEvidenceLink } = await import('../../src/islands/career/view.ts');
    expect(isEvidenceLink('https://example.org/pm/1')).toBe(true);
    expect(isEvidenceLink('http://intranet/x')).toBe(true);
    expect(isEvidenceLink('javascript:alert(1)')).toBe(false);
    expect(isEvidenceLink('example.org')).toBe(false);
  });
});
