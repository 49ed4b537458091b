// Why a row or a file was left out, in the reader's language: each rejection carries a stable code,
// the English text (what the JSON report holds, from the page and the CLI alike) and the same reason in
// the language the import was asked for.
import { describe, expect, test } from 'vitest';
import { importIncidents, importText, parseColumnMapping, parseSeverityMappingJson } from '../../src/core/import/index.ts';
import { toMetricsJson, computeMetrics } from '../../src/core/metrics/index.ts';

const CSV = [
  'id,title,severity,status,declared,resolved',
  'A,Bad severity,SEV5,,2026-11-20T10:00:00Z,',
  'B,No offset,SEV1,,2026-11-20 10:00,',
  'C,Kept,SEV2,,2026-11-20T10:00:00Z,2026-11-20T11:00:00Z',
  'D,"Open quote,SEV1,,2026-11-20T10:00:00Z,',
  'E,Kept,SEV3,,2026-11-21T10:00:00Z,',
].join('\n');

describe('rejection reasons', () => {
  test('in Thai for a Thai reader, in English in the message, with a stable code', () => {
    const th = importIncidents(CSV, { lang: 'th' });
    const en = importIncidents(CSV);
    expect(th.rejected.map((r) => r.code)).toEqual([
      'import.severity.notHandbook',
      'import.time.noZone',
      'import.csv.unclosedQuote',
    ]);
    expect(th.rejected[0]).toMatchObject({
      row: 1,
      field: 'severity',
      message: 'severity "SEV5" must be one of SEV1, SEV2, SEV3, SEV4',
      reason: 'ระดับความรุนแรง "SEV5" ต้องเป็นค่าใดค่าหนึ่งใน SEV1, SEV2, SEV3, SEV4',
      value: 'SEV5',
    });
    expect(th.rejected[1]!.reason).toBe('declared: "2026-11-20 10:00" ไม่มี UTC offset โปรดเลือกเขตเวลาที่ใช้เขียนเวลานี้');
    expect(th.rejected[2]!.reason).toMatch(/^CSV: เครื่องหมายคำพูดที่เปิดในบรรทัด 5 ไม่ถูกปิด/);
    // The English reader sees the English message; codes and messages do not depend on the language.
    expect(en.rejected.map((r) => r.reason)).toEqual(en.rejected.map((r) => r.message));
    expect(th.rejected.map(({ code, message }) => ({ code, message }))).toEqual(
      en.rejected.map(({ code, message }) => ({ code, message })),
    );
    expect(th.rowsRead).toBe(th.incidents.length + th.rejected.length);
  });

  test('the JSON report is the same bytes whatever the reader’s language', () => {
    const now = '2026-11-27T12:00:00Z';
    const json = (lang: 'en' | 'th') => {
      const imported = importIncidents(CSV, { lang });
      return JSON.stringify(toMetricsJson(computeMetrics(imported.incidents, { days: 30, now }), imported.rejected));
    };
    expect(json('th')).toBe(json('en'));
    expect(JSON.parse(json('th')).errors[0]).toEqual({
      row: 1,
      field: 'severity',
      code: 'import.severity.notHandbook',
      message: 'severity "SEV5" must be one of SEV1, SEV2, SEV3, SEV4',
    });
  });

  test('an incident JSON the incident reader refuses: its problems in the reader’s language', () => {
    const text = JSON.stringify([{ id: 'INC-0001', title: 'x', severity: 'SEV1', milestones: { declared: 'yesterday' } }]);
    const [th] = importIncidents(text, { lang: 'th' }).rejected;
    expect(th).toMatchObject({ code: 'import.incident', field: 'milestones.declared' });
    expect(th!.message).toContain('must be an ISO 8601 date-time with a UTC offset');
    expect(th!.reason).toContain('ต้องเป็นวันเวลาแบบ ISO 8601 ที่มี UTC offset');
  });

  test('a file the import cannot read says why in the reader’s language', () => {
    const unknown = importIncidents('ID,Title\n1,x\n', { lang: 'th' });
    expect(unknown.errorCode).toBe('import.file.unknownCsv');
    expect(unknown.error).toMatch(/^บอกไม่ได้ว่า CSV นี้มาจากเครื่องมือใด/);
    expect(importIncidents('{', { lang: 'th' }).error).toMatch(/^ไม่ใช่ JSON ที่ถูกต้อง: /);
    expect(importIncidents('id,id\n1,2\n', { lang: 'th' }).error).toMatch(/^หัวตาราง CSV มีคอลัมน์ "id" มากกว่าหนึ่งครั้ง/);
    const misfit = importIncidents('ID,Title\n1,x\n', { lang: 'th', columns: { id: 'ID' } });
    expect(misfit.error).toBe('การจับคู่คอลัมน์ใช้กับ CSV นี้ไม่ได้: ยังไม่ได้เลือกคอลัมน์เวลาที่สร้าง (หรือเวลาที่ประกาศ)');
  });

  test('column and severity mappings that cannot be used: a code the page and the CLI render', () => {
    const columns = parseColumnMapping('opened=X');
    expect(columns.ok).toBe(false);
    if (!columns.ok) expect(importText(columns.problem, 'th')).toMatch(/^ไม่รู้จักฟิลด์ "opened" ใช้ได้เฉพาะ id, title/);
    const mapping = parseSeverityMappingJson(JSON.stringify({ names: { blocker: 'SEV9' } }));
    expect(mapping.ok).toBe(false);
    if (!mapping.ok) {
      expect(importText(mapping.problem, 'en')).toBe('names.blocker must be SEV1, SEV2, SEV3 or SEV4, got "SEV9"');
      expect(importText(mapping.problem, 'th')).toBe('names.blocker ต้องเป็น SEV1, SEV2, SEV3 หรือ SEV4 แต่ได้ "SEV9"');
    }
  });
});
