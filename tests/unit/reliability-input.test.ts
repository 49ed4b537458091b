// Hostile and mistaken input (issue 19, items 6–11): each case was reproduced before its fix.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CORE_CSV_FIELDS } from '../../src/core/import/csv.ts';
import { importIncidents } from '../../src/core/import/index.ts';
import { safeText, shown } from '../../src/core/text/shown.ts';
import { parseTimestamp, toEpochMs } from '../../src/core/time/index.ts';
import { nowFromSearch, windowOptions } from '../../src/islands/metrics/window.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const dir = mkdtempSync(join(tmpdir(), 'reliability-'));
const HEADER = CORE_CSV_FIELDS.join(',');
const row = (i: number) => `INC-${i},title ${i},SEV2,,,,2026-11-20T10:0${i % 10}:00Z,,,,,`;

function cli(script: 'metrics' | 'postmortem', ...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', `${script}.ts`), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: ROOT },
  });
}

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('item 6: windows and --now are bounded', () => {
  const csv = file('ok.csv', `${HEADER}\n${row(1)}\n`);

  test.each([
    ['--days', '1e9'],
    ['--days', '1e8'],
    ['--now', '+275760-09-13T00:00:00Z'],
    ['--now', '0001-01-01T00:00:00Z'],
  ])('%s %s is one clear line and exit 2, not a stack trace or running out of memory', (flag, value) => {
    const out = cli('metrics', csv, flag, value);
    expect(out.status).toBe(2);
    expect(out.stderr).not.toMatch(/RangeError|at .*\.ts:/);
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toContain(flag);
  });

  test('the page refuses a custom range ending on 9999-12-31 or spanning 0100–9999, and an out-of-range ?now=', () => {
    expect(windowOptions({ kind: 'custom', fromDate: '9999-12-01', toDate: '9999-12-31' }, 0, 'UTC')).toEqual({
      ok: false,
      problem: 'custom-out-of-range',
    });
    expect(windowOptions({ kind: 'custom', fromDate: '0100-01-01', toDate: '9998-12-31' }, 0, 'UTC')).toEqual({
      ok: false,
      problem: 'custom-out-of-range',
    });
    expect(windowOptions({ kind: 'custom', fromDate: '2026-01-01', toDate: '2026-12-31' }, 0, 'UTC').ok).toBe(true);
    const clock = Date.UTC(2026, 10, 27);
    expect(nowFromSearch('?now=%2B275760-09-13T00:00:00Z', clock)).toMatchObject({ nowMs: clock, fixed: false });
    expect(nowFromSearch('?now=9999-12-31T00:00:00Z', clock)).toMatchObject({ nowMs: clock, fixed: false });
  });
});

describe('item 7: an unterminated quote', () => {
  test('keeps the row count true, says where the quote opened and how many lines it took in, and reads the rest', () => {
    const rows = Array.from({ length: 10 }, (_, i) => row(i));
    rows[2] = 'INC-2,"broken,SEV2,,,,2026-11-20T10:00:00Z,,,,,';
    const r = importIncidents(`${HEADER}\n${rows.join('\n')}\n`, { source: 'handbook' });
    expect(r.rowsRead).toBe(10);
    expect(r.incidents.length + r.rejected.length).toBe(10);
    expect(r.rejected).toHaveLength(1);
    expect(r.rejected[0]).toMatchObject({ row: 3 });
    expect(r.rejected[0]!.message).toContain('line 4');
    expect(r.rejected[0]!.message).toContain('7 lines');
  });
});

describe('item 8: a duplicated column', () => {
  test('is refused, naming the column, instead of silently reading the last copy', () => {
    const r = importIncidents(`${HEADER},resolved\n${row(1)},2026-11-20T11:00:00Z\n`, { source: 'handbook' });
    expect(r.error).toMatch(/column "resolved" more than once/);
    expect(r.incidents.length).toBe(0);
  });
});

describe('item 9: a UTF-8 byte order mark before JSON', () => {
  test('is accepted by the importer and both CLIs', () => {
    const json = readFileSync(join(ROOT, 'public', 'samples', 'handbook.json'), 'utf8');
    expect(importIncidents(`\ufeff${json}`).error).toBeUndefined();
    const metrics = cli('metrics', file('bom.json', `\ufeff${json}`), '--now', '2026-11-27T12:00:00Z');
    expect(metrics.stderr).not.toMatch(/not valid JSON/);
    expect(metrics.status).toBe(0);
    const incident = readFileSync(join(ROOT, 'examples', 'inc-0001.json'), 'utf8').replace(/^\ufeff/, '');
    const postmortem = cli('postmortem', file('bom-incident.json', `\ufeff${incident}`));
    expect(postmortem.stderr).toBe('');
    expect(postmortem.status).toBe(0);
  });
});

describe('item 10: impossible times and durations', () => {
  test.each(['2026-02-30 10:00:00Z', '2025-02-29 10:00Z', '2026-01-01 24:00Z', '2026-04-31 10:00 +07:00', '2026-01-01 10:60Z'])(
    '%s is refused, not rolled over',
    (text) => {
      expect(parseTimestamp(text)).toMatchObject({ ok: false });
      expect(toEpochMs(text)).toBeNaN();
    },
  );

  test('real loose times still parse (leap day, end of month)', () => {
    expect(parseTimestamp('2024-02-29 10:00Z')).toMatchObject({ ok: true, value: '2024-02-29T10:00:00Z' });
    expect(parseTimestamp('2026-12-31 23:59:59 +07:00')).toMatchObject({ ok: true });
  });

  test('a duration beyond the Date range rejects the row instead of reporting "mean Infinity"', () => {
    const r = importIncidents(
      JSON.stringify({
        data: [{ id: 'Q1', incident_number: 1, created_at: '2026-11-20T02:00:00Z', seconds_to_resolve: 1e306, urgency: 'high' }],
      }),
    );
    expect(r.incidents.length).toBe(0);
    expect(r.rejected[0]).toMatchObject({ field: 'seconds_to_resolve' });
    expect(r.rejected[0]!.message).toMatch(/beyond the date range/);
  });
});

describe('item 11: echoed input is escaped and capped', () => {
  test('control characters become visible escapes; long input is cut, saying how long it was', () => {
    expect(safeText('a\u001b[31mred\u0007')).toBe('a\\x1b[31mred\\x07');
    expect(shown('x'.repeat(500), 10)).toBe(`"${'x'.repeat(10)}… (500 characters)"`);
  });

  test('the CLI echoes a hostile header without its escape codes, and not megabytes of it', () => {
    const header = `\u001b]0;pwned\u0007${'h'.repeat(2_000_000)}`;
    const out = cli('metrics', file('hostile.csv', `${header},x\n1,2\n`), '--now', '2026-11-27T12:00:00Z');
    expect(out.status).toBe(2);
    // eslint-disable-next-line no-control-regex -- no raw control character may reach the terminal
    expect(out.stderr).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f]/);
    expect(out.stderr).toContain('\\x1b');
    expect(out.stderr.length).toBeLessThan(3000);
  });
});
