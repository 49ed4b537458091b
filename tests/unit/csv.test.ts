import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import Papa from 'papaparse';
import { CORE_CSV_FIELDS, guessCsvDialect, readCsvRecords, toIncidentCsv } from '../../src/core/import/csv.ts';
import { importIncidents } from '../../src/core/import/index.ts';
import { toIncidents } from '../../src/core/incident-columns.ts';
import type { MetricsIncident } from '../../src/core/metrics/index.ts';

const HEADER = CORE_CSV_FIELDS.join(',');

/** The handbook CSV read back: incidents as objects (milestones in UTC) and the rejected rows. */
function parseIncidentCsv(text: string) {
  const { incidents, rejected, rowsRead } = importIncidents(text, { source: 'handbook' });
  return { incidents: toIncidents(incidents), errors: rejected, rowsRead };
}

describe('handbook incident CSV', () => {
  test('the header is the core field names', () => {
    expect(HEADER).toBe(
      'id,title,severity,status,impactStarted,detected,declared,acknowledged,identified,mitigated,resolved,closed',
    );
  });

  test('reads milestones as instants (given back in UTC) and leaves empty ones out', () => {
    const { incidents, errors, rowsRead } = parseIncidentCsv(
      `${HEADER}\nINC-0001,"Checkout, then payments",SEV1,resolved,2026-11-20T09:50:00+07:00,,2026-11-20T10:00:00+07:00,,,,2026-11-20T10:45:00+07:00,\n`,
    );
    expect(errors).toEqual([]);
    expect(rowsRead).toBe(1);
    expect(incidents).toEqual([
      {
        id: 'INC-0001',
        title: 'Checkout, then payments',
        severity: 'SEV1',
        status: 'resolved',
        milestones: { impactStarted: '2026-11-20T02:50:00Z', declared: '2026-11-20T03:00:00Z', resolved: '2026-11-20T03:45:00Z' },
      },
    ]);
  });

  test('every bad row is reported with its data row number (header not counted) and field; good rows still count', () => {
    const text = [
      HEADER,
      'INC-0001,ok,SEV2,,,,2026-11-20T10:00:00Z,,,,,',
      '',
      'INC-0002,bad severity,SEV7,,,,2026-11-20T10:00:00Z,,,,,',
      'INC-0003,no offset,SEV3,,,,2026-11-20 10:00,,,,,',
      ',no id,SEV3,,,,2026-11-20T10:00:00Z,,,,,',
      'INC-0005,bad status,SEV3,done,,,2026-11-20T10:00:00Z,,,,,',
      'INC-0006,too few,SEV3',
      'INC-0007,not a date,SEV4,,,,,,,,yesterday,',
      'INC-0008,ok too,2,,,,2026-11-21T10:00:00Z,,,,,',
    ].join('\n');
    const { incidents, errors, rowsRead } = parseIncidentCsv(text);
    expect(incidents.map((i) => [i.id, i.severity, i.status])).toEqual([
      ['INC-0001', 'SEV2', 'investigating'],
      ['INC-0008', 'SEV2', 'investigating'],
    ]);
    expect(errors.map((e) => [e.row, e.field])).toEqual([
      [2, 'severity'],
      [3, 'declared'],
      [4, 'id'],
      [5, 'status'],
      [6, 'row'],
      [7, 'resolved'],
    ]);
    expect(errors[0]!.message).toContain('SEV7');
    expect(errors[1]!.message).toContain('no UTC offset');
    expect(errors[4]!.message).toBe('row has 3 fields but the header has 12');
    expect(rowsRead).toBe(8);
  });

  test('a byte-order mark and Windows line endings are fine', () => {
    const { incidents } = parseIncidentCsv(`\ufeff${HEADER}\r\nINC-0001,t,SEV4,,,,2026-11-20T10:00:00Z,,,,,\r\n`);
    expect(incidents).toHaveLength(1);
  });

  test('toIncidentCsv round-trips, quoting titles that need it', () => {
    const incidents: MetricsIncident[] = [
      {
        id: 'INC-0001',
        title: 'Comma, "quotes"\nand a newline',
        severity: 'SEV1',
        status: 'resolved',
        milestones: { declared: '2026-11-20T03:00:00Z', resolved: '2026-11-20T04:00:00.500Z' },
      },
      {
        id: 'INC-0002',
        title: 'ระบบชำระเงินล่ม',
        severity: 'SEV3',
        status: 'investigating',
        milestones: { detected: '2026-11-21T10:00:00Z' },
      },
    ];
    const again = parseIncidentCsv(toIncidentCsv(incidents));
    expect(again.errors).toEqual([]);
    expect(again.incidents).toEqual(incidents);
  });

  test('readCsvRecords reads rows by header name and counts data rows only', () => {
    const seen: unknown[] = [];
    const { header, rowsRead } = readCsvRecords('a, b\n1,2\n\n3,4\n', {
      record: (r, row) => seen.push([row, { a: r.get('a'), b: r.get('b') }]),
      badRow: () => {},
    });
    expect(header).toEqual(['a', 'b']);
    expect(rowsRead).toBe(2);
    expect(seen).toEqual([
      [1, { a: '1', b: '2' }],
      [2, { a: '3', b: '4' }],
    ]);
  });

  test('fuzzed CSV never throws and errors + incidents = rows read', () => {
    const cell = fc.oneof(
      fc.constantFrom('', 'SEV1', 'SEV9', 'resolved', '2026-11-20T10:00:00Z', '2026-11-20', '"', '""', '1732000000', 'x,y', '\n'),
      fc.string({ maxLength: 8 }),
    );
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 14 }), { maxLength: 20 }), fc.boolean(), (rows, withHeader) => {
        const body = rows.map((r) => r.join(',')).join('\n');
        const result = parseIncidentCsv(withHeader ? `${HEADER}\n${body}` : body);
        expect(result.errors.length + result.incidents.length).toBe(result.rowsRead);
      }),
      { numRuns: 300 },
    );
  });
});

describe('CSV dialect guessed once on the first megabyte', () => {
  /** What papaparse itself reads, guessing everything, for comparison. */
  function papaRows(text: string): string[][] {
    const rows = Papa.parse<string[]>(text, { header: false, skipEmptyLines: true }).data;
    return rows.filter((cells) => !(cells.length === 1 && cells[0]!.trim() === ''));
  }
  /** A quote never closed: papaparse swallows the rest of the file, readCsvRecords deliberately does not. */
  const unterminated = (text: string) =>
    [Papa.parse<string[]>(text, { header: false }), Papa.parse<string[]>(text, { header: false, ...guessCsvDialect(text) })].some(
      (parsed) => parsed.errors.some((e) => e.code === 'MissingQuotes'),
    );

  test('guesses the delimiter and line ending papaparse would', () => {
    expect(guessCsvDialect('a;b;c\r\n1;2;3\r\n')).toEqual({ delimiter: ';', newline: '\r\n' });
    expect(guessCsvDialect('a\tb\n1\t2\n')).toEqual({ delimiter: '\t', newline: '\n' });
    expect(guessCsvDialect('single column\nvalue\n')).toEqual({ delimiter: ',', newline: '\n' });
  });

  test('the rows read equal papaparse reading the whole text with its own guesses (fuzzed)', () => {
    const cell = fc.oneof(
      fc.constantFrom('', ' ', '"', '""', '"a,b"', '"x\ny"', 'x;y', 'a\tb', 'SEV1'),
      fc.string({ maxLength: 6 }),
    );
    const line = fc.tuple(fc.array(cell, { minLength: 1, maxLength: 5 }), fc.constantFrom(',', ';', '\t', '|'));
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 14 }), fc.constantFrom('\n', '\r\n'), (lines, newline) => {
        const text = lines.map(([cells, delimiter]) => cells.join(delimiter)).join(newline);
        fc.pre(!unterminated(text));
        const expected = papaRows(text);
        const seen: string[][] = [];
        let bad = 0;
        const { header } = readCsvRecords(text, { record: (r) => seen.push([...r.cells]), badRow: () => bad++ });
        // readCsvRecords trims header names and keys rows by them; compare its row count and header width.
        expect(header).toEqual(expected.length === 0 ? [] : expected[0]!.map((c) => c.trim()));
        expect(seen.length + bad).toBe(Math.max(0, expected.length - 1));
      }),
      { numRuns: 500 },
    );
  });

  test('a large export (over the guess window) reads the same rows as papaparse alone', () => {
    const rows = Array.from({ length: 40_000 }, (_, i) => `INC-${i};"Title; with ""quotes"" ${i}";SEV${(i % 4) + 1}`);
    const text = `id;title;severity\r\n${rows.join('\r\n')}\r\n`;
    expect(text.length).toBeGreaterThan(1024 * 1024);
    const seen: string[][] = [];
    readCsvRecords(text, {
      record: (r) => seen.push([r.get('id')!, r.get('title')!, r.get('severity')!]),
      badRow: () => expect.unreachable(),
    });
    expect(seen).toEqual(papaRows(text).slice(1));
  });
});
