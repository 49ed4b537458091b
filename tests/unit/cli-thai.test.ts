// The CLIs with --lang th, as a Thai reader runs them: usage errors, files that cannot be read, values
// out of bounds and the rows left out are all in Thai; the JSON report stays the same bytes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const cli =
  (name: string) =>
  (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', `${name}.ts`), ...args], { encoding: 'utf8', cwd: ROOT });
const metrics = cli('metrics');
const postmortem = cli('postmortem');
const career = cli('career');

const dir = mkdtempSync(join(tmpdir(), 'cli-thai-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const csv = write(
  'incidents.csv',
  [
    'id,title,severity,status,declared,resolved',
    'INC-0001,Kept,SEV2,resolved,2026-11-20T10:00:00Z,2026-11-20T10:45:00Z',
    'INC-0002,Bad severity,SEV5,,2026-11-22T10:00:00Z,',
    'INC-0003,No offset,SEV1,,2026-11-22 10:00,',
  ].join('\n') + '\n',
);

describe('npm run metrics -- --lang th', () => {
  test('the rows left out are listed in Thai, with the hint for times without an offset', () => {
    const out = metrics(csv, '--now', '2026-11-27T12:00:00Z', '--lang', 'th');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('สถิติ Incident (30 วัน)');
    expect(out.stderr).toContain('ไม่นับ 2 จาก 3 แถว (handbook):');
    expect(out.stderr).toContain('แถว 2, severity: ระดับความรุนแรง "SEV5" ต้องเป็นค่าใดค่าหนึ่งใน SEV1, SEV2, SEV3, SEV4');
    expect(out.stderr).toContain('แถว 3: declared: "2026-11-22 10:00" ไม่มี UTC offset');
    expect(out.stderr).toContain('เพิ่ม --zone Area/City (เช่น --zone Asia/Bangkok)');
    expect(out.stderr).not.toMatch(/rows left out|is missing|must be one of/);
  });

  test('the JSON report is the same bytes in either language: stable codes and English messages', () => {
    const args = [csv, '--now', '2026-11-27T12:00:00Z', '--format', 'json'];
    const th = metrics(...args, '--lang', 'th');
    expect(th.stdout).toBe(metrics(...args).stdout);
    expect(JSON.parse(th.stdout).errors.map((e: { code: string }) => e.code)).toEqual([
      'import.severity.notHandbook',
      'import.time.noZone',
    ]);
  });

  test.each([
    ['--days out of bounds', [csv, '--days', '1e9'], /^metrics: --days ต้องเป็นตัวเลขที่มากกว่า 0 และไม่เกิน \d+ แต่ได้ "1e9"\n$/],
    ['--now out of range', [csv, '--now', '+275760-09-13T00:00:00Z'], /^metrics: --now ต้องเป็นวันเวลาแบบ ISO 8601/],
    ['an unknown option', [csv, '--colour'], /^metrics: ไม่รู้จักตัวเลือก --colour\nวิธีใช้: npm run metrics -- FILE/],
    ['an option without its value', [csv, '--days'], /^metrics: --days ต้องมีค่า\n/],
    ['an option whose value is missing at the end', [csv, '--lang', 'th', '--days'], /^metrics: --days ต้องมีค่า\n/],
    ['a missing file', [join(dir, 'nope.csv')], /^metrics: อ่าน .*nope\.csv ไม่ได้: ไม่มีไฟล์นี้\n$/],
    ['a bad --format', [csv, '--format', 'xml'], /^metrics: --format ต้องเป็นค่าใดค่าหนึ่งใน text, json แต่ได้ "xml"\n$/],
    ['a bad --zone', [csv, '--zone', 'Mars/Olympus'], /^metrics: --zone ต้องเป็นเขตเวลา IANA/],
    ['not JSON', [write('junk.json', '{nope')], /^metrics: .*junk\.json: ไม่ใช่ JSON ที่ถูกต้อง: /],
    [
      'an export no importer knows',
      [write('unknown.csv', 'ID,Title,Created At\n1,x,2026-11-20T10:00:00Z\n')],
      /^metrics: .*unknown\.csv: บอกไม่ได้ว่า CSV นี้มาจากเครื่องมือใด[^\n]*\n {2}เพิ่ม --columns [^\n]*\n {2}คอลัมน์ในไฟล์: ID, Title, Created At\n$/,
    ],
    ['a bad --columns', [csv, '--columns', 'opened=X'], /^metrics: --columns: ไม่รู้จักฟิลด์ "opened"/],
    [
      'a bad --mapping file',
      [csv, '--mapping', write('mapping.json', '{"names":{"blocker":"SEV9"}}')],
      /^metrics: --mapping .*mapping\.json: names\.blocker ต้องเป็น SEV1, SEV2, SEV3 หรือ SEV4 แต่ได้ "SEV9"\n$/,
    ],
  ])('%s: one Thai line (or a Thai fix) on stderr, exit 2', (_name, args, expected) => {
    const out = metrics(...args, '--lang', 'th');
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(expected);
  });
});

describe('npm run postmortem -- --lang th', () => {
  const example = join(ROOT, 'examples', 'inc-0001.json');
  test.each([
    ['a missing file', [join(dir, 'nope.json')], /^postmortem: อ่าน .*nope\.json ไม่ได้: ไม่มีไฟล์นี้\n$/],
    [
      'a bad template',
      [example, '--template', 'fancy'],
      /^postmortem: --template ต้องเป็นค่าใดค่าหนึ่งใน basic, sre, pagerduty แต่ได้ "fancy"\n$/,
    ],
    ['no file', [], /^postmortem: ยังไม่ได้ระบุไฟล์อินพุต; วิธีใช้: npm run postmortem/],
    ['an unknown option', [example, '--colour'], /^postmortem: ไม่รู้จักตัวเลือก --colour\n$/],
    ['not JSON', [write('bad.json', '{')], /^postmortem: .*bad\.json ไม่ใช่ JSON ที่ถูกต้อง: /],
    [
      'times without an offset',
      [
        write(
          'naive.json',
          JSON.stringify({ id: 'INC-0001', title: 'x', severity: 'SEV1', milestones: { declared: '2026-11-20 10:00' } }),
        ),
      ],
      /^postmortem: .*naive\.json: milestones\.declared: ต้องเป็นวันเวลาแบบ ISO 8601 .*; หรือเพิ่ม --zone Area\/City/,
    ],
  ])('%s: one Thai line on stderr, exit 2', (_name, args, expected) => {
    const out = postmortem(...args, '--lang', 'th');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(expected);
  });
});

describe('npm run career -- --lang th', () => {
  const example = join(ROOT, 'examples', 'assessment.json');
  test.each([
    [
      'an unknown level',
      [example, '--target', 'principal'],
      /^career: --target ต้องเป็นค่าใดค่าหนึ่งใน junior, mid, senior, staff แต่ได้ "principal"\n$/,
    ],
    ['a missing file', [join(dir, 'nope.json')], /^career: อ่าน .*nope\.json ไม่ได้: ไม่มีไฟล์นี้\n$/],
    ['two files', [example, example], /^career: ต้องระบุไฟล์อินพุตหนึ่งไฟล์พอดี แต่ได้ 2 ไฟล์\n$/],
  ])('%s: one Thai line on stderr, exit 2', (_name, args, expected) => {
    const out = career(...args, '--lang', 'th');
    expect(out.status).toBe(2);
    expect(out.stderr).toMatch(expected);
  });
});
