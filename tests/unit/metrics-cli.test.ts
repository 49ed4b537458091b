// The metrics CLI as a user runs it: a real Node process over real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'metrics.ts'), ...args], { encoding: 'utf8', cwd: ROOT });

const dir = mkdtempSync(join(tmpdir(), 'metrics-cli-'));
const csvFile = join(dir, 'incidents.csv');
writeFileSync(
  csvFile,
  [
    'id,title,severity,status,impactStarted,detected,declared,acknowledged,identified,mitigated,resolved,closed',
    'INC-0001,API Response Time > 5s,SEV2,resolved,,,2026-11-20T10:00:00Z,2026-11-20T10:05:00Z,,,2026-11-20T10:45:00Z,',
    'INC-0002,Payments down,SEV1,resolved,2026-11-21T09:50:00Z,2026-11-21T09:58:00Z,2026-11-21T10:00:00Z,,,,2026-11-21T11:15:00Z,',
    'INC-0003,Bad row,SEV5,,,,2026-11-22T10:00:00Z,,,,,',
    'INC-0004,Old,SEV3,,,,2026-01-01T10:00:00Z,,,,,',
  ].join('\n') + '\n',
);

describe('npm run metrics', () => {
  test('--format json prints exactly the documented shape', () => {
    const out = run(csvFile, '--now', '2026-11-27T12:00:00Z', '--days', '30', '--format', 'json');
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json).toMatchObject({
      window: { from: '2026-10-28T12:00:00Z', to: '2026-11-27T12:00:00Z', days: 30 },
      incidents: { total: 3, inWindow: 2, resolved: 2, unresolved: 0 },
      bySeverity: { SEV1: 1, SEV2: 1, SEV3: 0, SEV4: 0 },
      ttd: { n: 1, mean: 8, median: 8, p90: 8, max: 8 },
      tta: { n: 1, mean: 5, median: 5, p90: 5, max: 5 },
      ttm: { n: 0, mean: null, median: null, p90: null, max: null },
      ttr: { n: 2, mean: 60, median: 60, p90: 72, max: 75 },
      filters: { severity: [], service: [], team: [], status: [], matching: 3 },
      previousWindow: {
        from: '2026-09-28T12:00:00Z',
        to: '2026-10-28T12:00:00Z',
        inWindow: 0,
        median: { ttd: null, tta: null, ttm: null, ttr: null },
        change: { inWindow: 2, median: { ttd: null, tta: null, ttm: null, ttr: null } },
      },
      // 10:00 UTC on a Friday and a Saturday: the Saturday one is out of hours.
      outOfHours: {
        timeZone: 'UTC',
        days: ['mon', 'tue', 'wed', 'thu', 'fri'],
        start: '09:00',
        end: '18:00',
        count: 1,
        share: 0.5,
      },
      errors: [
        {
          row: 3,
          field: 'severity',
          code: 'import.severity.notHandbook',
          message: 'severity "SEV5" must be one of SEV1, SEV2, SEV3, SEV4',
        },
      ],
    });
    expect(json.breakdowns.bySeverity.map((g: { severity: string; count: number }) => [g.severity, g.count])).toEqual([
      ['SEV1', 1],
      ['SEV2', 1],
      ['SEV3', 0],
      ['SEV4', 0],
    ]);
    // The CSV names no service or team: those breakdowns are empty rather than one "none" group.
    expect(json.breakdowns.byService).toEqual([]);
    expect(json.breakdowns.byTeam).toEqual([]);
    expect(json.busiestHours.counts[10]).toBe(2);
  });

  test('--severity, --service, --team and --status filter every figure; --working-hours and --working-days set the out-of-hours rule', () => {
    const file = join(dir, 'owned.csv');
    writeFileSync(
      file,
      [
        'id,title,severity,status,service,team,declared,acknowledged,resolved',
        'INC-0001,a,SEV1,resolved,api,Core,2026-11-20T10:00:00Z,2026-11-20T10:05:00Z,2026-11-20T11:00:00Z',
        'INC-0002,b,SEV2,resolved,api,Core,2026-11-21T20:00:00Z,2026-11-21T20:10:00Z,2026-11-21T22:00:00Z',
        'INC-0003,c,SEV2,investigating,web,Edge,2026-11-22T08:00:00Z,,',
        'INC-0004,d,SEV3,resolved,,,2026-10-20T10:00:00Z,2026-10-20T10:30:00Z,2026-10-20T12:00:00Z',
      ].join('\n') + '\n',
    );
    const all = JSON.parse(run(file, '--now', '2026-11-27T12:00:00Z', '--format', 'json').stdout);
    expect(all.breakdowns.byService.map((g: { service: string | null; count: number }) => [g.service, g.count])).toEqual([
      ['api', 2],
      ['web', 1],
    ]);
    expect(all.previousWindow).toMatchObject({ inWindow: 1, median: { tta: 30, ttr: 120 } });
    const api = run(
      file,
      '--now',
      '2026-11-27T12:00:00Z',
      '--format',
      'json',
      '--service',
      'api',
      '--status',
      'resolved',
      '--severity',
      'SEV2',
    );
    expect(api.status).toBe(0);
    const json = JSON.parse(api.stdout);
    expect(json.incidents).toMatchObject({ inWindow: 1 });
    expect(json.filters).toEqual({ severity: ['SEV2'], service: ['api'], team: [], status: ['resolved'], matching: 1 });
    expect(json.tta.median).toBe(10);
    const weekend = JSON.parse(
      run(
        file,
        '--now',
        '2026-11-27T12:00:00Z',
        '--format',
        'json',
        '--working-hours',
        '07:00-21:00',
        '--working-days',
        'mon-sun',
      ).stdout,
    );
    expect(weekend.outOfHours).toMatchObject({
      days: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'],
      start: '07:00',
      end: '21:00',
      count: 0,
    });
    const text = run(file, '--now', '2026-11-27T12:00:00Z', '--team', 'Core');
    expect(text.stdout).toContain('Filters: team Core (2 incidents match)');
    expect(text.stdout).toContain('incidents: 2, up 2 (before: 0)');
    expect(text.stdout).toContain('Declared out of hours (working hours Mon–Fri 09:00–18:00, UTC): 1 of 2 (50%)');
    expect(run(file, '--status', 'open').stderr).toContain(
      '--status must be one of investigating, identified, monitoring, resolved',
    );
    expect(run(file, '--working-hours', '18:00-09:00').status).toBe(2);
  });

  test('text output starts with the seed report block; rejected rows go to stderr', () => {
    const out = run(csvFile, '--now', '2026-11-27T12:00:00Z');
    expect(out.status).toBe(0);
    expect(out.stdout.split('\n').slice(0, 8)).toEqual([
      '==================================================',
      'Incident Metrics (30 days)',
      '==================================================',
      ' Total Incidents: 2',
      ' SEV1: 1',
      ' SEV2: 1',
      ' Avg TTR: 60 minutes',
      ' Resolved: 2/2',
    ]);
    expect(out.stderr).toContain('row 3: severity "SEV5" must be one of SEV1, SEV2, SEV3, SEV4');
  });

  test('a sample export from another tool works with --source auto', () => {
    const out = run(
      join(ROOT, 'public', 'samples', 'opsgenie-alerts.json'),
      '--now',
      '2026-11-27T00:00:00Z',
      '--days',
      '365',
      '--format',
      'json',
    );
    expect(out.status).toBe(0);
    const json = JSON.parse(out.stdout);
    expect(json.incidents.total).toBeGreaterThan(300);
    expect(json.errors.length).toBeGreaterThan(0);
  });

  test('a missing file is one line on stderr and exit code 2, no stack trace', () => {
    const out = run(join(dir, 'nope.json'));
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.trim().split('\n')).toHaveLength(1);
    expect(out.stderr).toMatch(/^metrics: cannot read .*nope\.json: no such file\n$/);
  });

  test('a directory or a file that is not an export is also exit 2 with one line', () => {
    const dirOut = run(dir);
    expect(dirOut.status).toBe(2);
    expect(dirOut.stderr.trim().split('\n')).toHaveLength(1);
    const junk = join(dir, 'junk.json');
    writeFileSync(junk, '{"incidents": [');
    const junkOut = run(junk);
    expect(junkOut.status).toBe(2);
    expect(junkOut.stderr).toMatch(/^metrics: .*junk\.json: not valid JSON/);
    expect(junkOut.stderr).not.toMatch(/\n\s+at /);
  });

  test('bad arguments are exit 2 with the reason', () => {
    expect(run(csvFile, '--days', 'abc').stderr).toMatch(/--days must be a number above 0/);
    expect(run(csvFile, '--now', '2026-11-27T12:00:00').status).toBe(2);
    expect(run(csvFile, '--format', 'xml').status).toBe(2);
  });

  const FIXTURES = join(ROOT, 'tests', 'fixtures', 'metrics');

  test('naive times: without --zone the CLI says how to fix it; with --zone it reads them and says how many', () => {
    const file = join(FIXTURES, 'bom-crlf-naive.csv');
    const without = run(file, '--now', '2026-11-27T12:00:00Z');
    expect(without.stderr).toContain(
      'row 1: detected: "2026-11-20 09:00" has no UTC offset; choose the time zone it was written in',
    );
    expect(without.stderr).toContain('add --zone Area/City');
    const withZone = run(file, '--now', '2026-11-27T12:00:00Z', '--zone', 'Asia/Bangkok', '--format', 'json');
    expect(withZone.status).toBe(0);
    expect(JSON.parse(withZone.stdout)).toMatchObject({ incidents: { inWindow: 2 }, errors: [] });
    expect(withZone.stderr).toBe('5 times had no UTC offset and were read in Asia/Bangkok\n');
    expect(run(file, '--zone', 'Mars/Olympus').stderr).toMatch(/--zone must be an IANA time zone/);
  });

  test('--columns reads an unrecognised CSV and prints the mapping it used; --mapping adds severity words', () => {
    const file = join(FIXTURES, 'excel-semicolon-dayfirst.csv');
    const refused = run(file);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('the columns are: ID, Title, Severity, Status, Created At, Acknowledged At, Resolved At');
    const mappingFile = join(dir, 'mapping.json');
    writeFileSync(mappingFile, JSON.stringify({ names: { blocker: 'SEV1' } }));
    const out = run(
      file,
      '--now',
      '2026-11-27T12:00:00Z',
      '--zone',
      'Asia/Bangkok',
      '--columns',
      'id=ID,created="Created At",resolved=Resolved At,severity=Severity',
      '--mapping',
      mappingFile,
      '--format',
      'json',
    );
    expect(out.status).toBe(0);
    expect(out.stderr).toContain(
      `columns used: --columns 'id="ID",severity="Severity",created="Created At",resolved="Resolved At"'`,
    );
    const json = JSON.parse(out.stdout);
    expect(json.bySeverity).toEqual({ SEV1: 2, SEV2: 1, SEV3: 0, SEV4: 0 });
    expect(json.errors).toEqual([
      {
        row: 4,
        field: 'Created At',
        code: 'import.time.impossible',
        message: 'Created At: "31/11/2026 10:00" is not a date and time that exists',
      },
    ]);
    writeFileSync(mappingFile, JSON.stringify({ names: { blocker: 'SEV9' } }));
    expect(run(file, '--mapping', mappingFile).stderr).toMatch(/names\.blocker must be SEV1, SEV2, SEV3 or SEV4/);
  });

  test('an ambiguous date column asks for --date-order instead of guessing', () => {
    const file = join(FIXTURES, 'ambiguous-dates.csv');
    const asked = run(file, '--zone', 'UTC', '--columns', 'id=ID,created=Created At');
    expect(asked.status).toBe(2);
    expect(asked.stderr).toContain('add --date-order dmy (day first) or --date-order mdy (month first)');
    const answered = run(file, '--zone', 'UTC', '--columns', 'id=ID,created=Created At,severity=Severity', '--date-order', 'dmy');
    expect(answered.status).toBe(0);
  });

  test('one incident object (examples/inc-0001.json) is one incident', () => {
    const out = run(join(ROOT, 'examples', 'inc-0001.json'), '--now', '2026-11-20T00:00:00Z', '--format', 'json');
    expect(out.status).toBe(0);
    // The worked example page's metrics table: 4, 3, 45 and 66 minutes.
    expect(JSON.parse(out.stdout)).toMatchObject({
      incidents: { total: 1, inWindow: 1, resolved: 1 },
      ttd: { n: 1, median: 4 },
      tta: { n: 1, median: 3 },
      ttm: { n: 1, median: 45 },
      ttr: { n: 1, median: 66 },
    });
  });

  test('npm run postmortem reads the same naive times with --zone, and says so without it', () => {
    const file = join(FIXTURES, 'seed-single-naive.json');
    const postmortem = (...args: string[]) =>
      spawnSync(process.execPath, [join(ROOT, 'scripts', 'postmortem.ts'), file, ...args], { encoding: 'utf8', cwd: ROOT });
    const without = postmortem();
    expect(without.status).not.toBe(0);
    expect(without.stderr).toContain('or pass --zone Area/City');
    const withZone = postmortem('--zone', 'Asia/Bangkok');
    expect(withZone.status).toBe(0);
    expect(withZone.stdout).toContain('Seeded outage');
  });
});
