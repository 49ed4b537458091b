import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { CORE_CSV_FIELDS, parseIncidentCsv, readCsvRecords, toIncidentCsv } from '../../src/core/csv.ts';
import type { MetricsIncident } from '../../src/core/metrics.ts';

const HEADER = CORE_CSV_FIELDS.join(',');

describe('handbook incident CSV', () => {
  test('the header is the core field names', () => {
    expect(HEADER).toBe('id,title,severity,status,impactStarted,detected,declared,acknowledged,identified,mitigated,resolved,closed');
  });

  test('reads milestones with their offsets and leaves empty ones out', () => {
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
        milestones: { impactStarted: '2026-11-20T09:50:00+07:00', declared: '2026-11-20T10:00:00+07:00', resolved: '2026-11-20T10:45:00+07:00' },
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
      { id: 'INC-0001', title: 'Comma, "quotes"\nand a newline', severity: 'SEV1', status: 'resolved', milestones: { declared: '2026-11-20T10:00:00+07:00', resolved: '2026-11-20T11:00:00+07:00' } },
      { id: 'INC-0002', title: 'ระบบชำระเงินล่ม', severity: 'SEV3', status: 'investigating', milestones: { detected: '2026-11-21T10:00:00Z' } },
    ];
    const again = parseIncidentCsv(toIncidentCsv(incidents));
    expect(again.errors).toEqual([]);
    expect(again.incidents).toEqual(incidents);
  });

  test('readCsvRecords keys rows by header and counts data rows only', () => {
    const seen: unknown[] = [];
    const { header, rowsRead } = readCsvRecords('a, b\n1,2\n\n3,4\n', { record: (r, row) => seen.push([row, { ...r }]), badRow: () => {} });
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
