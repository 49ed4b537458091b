// `npm run postmortem -- review` as CI runs it: a real Node process over real files, judged by its exit code.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'postmortem.ts'), ...args], {
    encoding: 'utf8',
    cwd: ROOT,
    env: { ...process.env, INIT_CWD: ROOT },
  });

// Each test starts Node processes; on a busy machine that takes seconds.
describe('npm run postmortem -- review', { timeout: 60_000 }, () => {
  test('the worked example passes (exit 0) and names what is left to improve', () => {
    const out = run('review', 'examples/inc-0001.json');
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Problems: 0 · Suggestions: \d+ · Good: \d+/);
    expect(out.stdout).toContain('Review passed: INC-0001');
  });

  test('--fail-on suggestion fails the worked example (exit 1)', () => {
    expect(run('review', 'examples/inc-0001.json', '--fail-on', 'suggestion').status).toBe(1);
  });

  test('the bad fixture fails (exit 1), in Thai with --lang th', () => {
    const out = run('review', 'tests/fixtures/review/bad.json', '--lang', 'th');
    expect(out.status).toBe(1);
    expect(out.stdout).toContain('ไม่ผ่านการทบทวน: INC-0099');
    expect(out.stdout).toContain('อ่าน: /th/postmortems/');
  });

  test('--format json gives the findings and the verdict', () => {
    const out = run('review', 'tests/fixtures/review/bad.json', '--format', 'json');
    expect(out.status).toBe(1);
    const json = JSON.parse(out.stdout);
    expect(json).toMatchObject({ incident: 'INC-0099', passed: false, failOn: 'problem' });
    expect(json.findings[0]).toEqual({
      rule: 'blame-language',
      level: 'problem',
      field: 'rootCause',
      message: expect.stringContaining('Human error'),
      why: expect.any(String),
      page: 'postmortems/',
    });
  });

  test('bad input is exit 2 with one line naming the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'review-cli-'));
    const notJson = join(dir, 'broken.json');
    writeFileSync(notJson, '{ "id": ');
    for (const args of [
      ['review', notJson],
      ['review', join(dir, 'missing.json')],
      ['review', 'examples/inc-0001.json', '--format', 'xml'],
      ['review', 'examples/inc-0001.json', '--fail-on', 'good'],
      ['review'],
    ]) {
      const out = run(...args);
      expect(out.status, args.join(' ')).toBe(2);
      expect(out.stderr.trim().split('\n')).toHaveLength(1);
    }
  });

  test('--review appends the findings to the document as a checklist', () => {
    const out = run('examples/inc-0001.json', '--review');
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('## Review checklist');
    expect(out.stdout).toContain('- [x] **Good**: No blaming words found.');
    expect(run('examples/inc-0001.json').stdout).not.toContain('Review checklist');
  });
});
