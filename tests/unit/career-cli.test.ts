// `npm run career` as a user runs it: a real Node process over real files; and the published schema.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { CAREER_SCHEMA_PATH, careerAssessmentJsonSchemaText } from '../../scripts/career-schema.ts';
import { growthPlanMarkdown, parseAssessmentFile, serializeAssessmentFile } from '../../src/core/career/index.ts';
import { careerFramework } from '../../src/data/index.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'assessment.json');
const run = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts', 'career.ts'), ...args], { encoding: 'utf8', cwd: ROOT });
const example = parseAssessmentFile(readFileSync(EXAMPLE, 'utf8'));
if (!example.ok) throw new Error('examples/assessment.json does not parse');

const dir = mkdtempSync(join(tmpdir(), 'career-cli-'));
const write = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};

describe('npm run career', () => {
  test("prints exactly the growth plan the browser downloads, for the file's target", () => {
    const out = run(EXAMPLE);
    expect(out.status).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout).toBe(growthPlanMarkdown(careerFramework, example.assessment, 'senior', 'en'));
    expect(out.stdout).toContain('# Growth plan: Senior Engineer');
  });

  test('--target and --lang th choose the level and the language, links included', () => {
    const out = run(EXAMPLE, '--target', 'staff', '--lang', 'th');
    expect(out.status).toBe(0);
    expect(out.stdout).toBe(growthPlanMarkdown(careerFramework, example.assessment, 'staff', 'th'));
    expect(out.stdout).toContain('# แผนการเติบโต: Staff/Principal Engineer');
    expect(out.stdout).toContain('](/th/practice/game-days/)');
  });

  test('a version 0 file is migrated and planned', () => {
    const v0 = write(
      'v0.json',
      JSON.stringify({
        format: 'incident-handbook/career-assessment',
        version: 0,
        target: 'junior',
        scores: { 'troubleshooting@junior': 2 },
      }),
    );
    const out = run(v0);
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('Shown consistently: 1 of 10 behaviours');
  });

  test.each([
    ['a missing file', [join(dir, 'nope.json')], /^career: cannot read .*nope\.json: no such file\n$/],
    ['no file', [], /^career: no input file given; usage: npm run career -- assessment\.json/],
    [
      'an unknown level',
      [EXAMPLE, '--target', 'principal'],
      /^career: --target must be one of junior, mid, senior, staff, got "principal"\n$/,
    ],
    ['an unknown language', [EXAMPLE, '--lang', 'de'], /^career: --lang must be one of en, th, got "de"\n$/],
    ['an unknown option', [EXAMPLE, '--colour'], /^career: unknown option --colour\n$/],
    ['not JSON', [write('bad.json', '{ratings')], /^career: .*bad\.json: \(top level\): this is not JSON: /],
    [
      'a bad rating',
      [
        write(
          'rating.json',
          JSON.stringify({
            format: 'incident-handbook/career-assessment',
            version: 1,
            target: 'mid',
            ratings: { 'runbooks@junior': { value: 'often' } },
            snapshots: [],
            shifts: [],
          }),
        ),
      ],
      /^career: .*rating\.json: ratings\["runbooks@junior"\]\.value: must be one of "not-yet", "sometimes" and "consistently"\n$/,
    ],
    [
      'no target anywhere',
      [
        write(
          'untargeted.json',
          JSON.stringify({
            format: 'incident-handbook/career-assessment',
            version: 1,
            target: null,
            ratings: {},
            snapshots: [],
            shifts: [],
          }),
        ),
      ],
      /^career: .*untargeted\.json has no target level; give one with --target junior\|mid\|senior\|staff\n$/,
    ],
  ])('%s: one line on stderr, exit 2, nothing on stdout', (_name, args, message) => {
    const out = run(...(args as string[]));
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(message);
    expect(out.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  test('problems in the file are in Thai with --lang th', () => {
    const out = run(
      write(
        'date.json',
        JSON.stringify({
          format: 'incident-handbook/career-assessment',
          version: 1,
          target: 'mid',
          ratings: {},
          snapshots: [],
          shifts: [{ role: 'scribe', kind: 'shadow', date: 'yesterday' }],
        }),
      ),
      '--lang',
      'th',
    );
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('shifts[0].date: ต้องเป็นวันที่ในรูปแบบ YYYY-MM-DD');
  });
});

describe('the published JSON Schema', () => {
  test('public/schema/career-assessment.v1.json is the fresh generation from the zod schema (npm run schema:career)', () => {
    expect(readFileSync(CAREER_SCHEMA_PATH, 'utf8')).toBe(careerAssessmentJsonSchemaText());
  });

  test('the example file is already in the exported form', () => {
    expect(serializeAssessmentFile(example.assessment)).toBe(readFileSync(EXAMPLE, 'utf8'));
  });
});
