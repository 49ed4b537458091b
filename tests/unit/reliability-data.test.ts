// Data mistakes fail the build, all reported at once with file and path (issue 19, item 12). Each
// mistake is made in a copy of content/data; every one of them passed the build before.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { DataError, type DataProblem } from '../../src/core/data.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const DATA = join(import.meta.dirname, '..', '..', 'content', 'data');

/** A copy of content/data with `edits` (file → text replacement) applied; the problems loading it reports. */
function problemsWith(edits: Record<string, [string | RegExp, string]>): DataProblem[] {
  const dir = mkdtempSync(join(tmpdir(), 'hb-data-'));
  cpSync(DATA, dir, { recursive: true });
  for (const [file, [from, to]] of Object.entries(edits)) {
    const text = readFileSync(join(dir, file), 'utf8');
    const changed = text.replace(from, to);
    if (changed === text) throw new Error(`edit to ${file} changed nothing`);
    writeFileSync(join(dir, file), changed);
  }
  try {
    loadHandbookData(dir);
  } catch (error) {
    if (error instanceof DataError) return error.problems;
    throw error;
  }
  return [];
}

const where = (problems: DataProblem[]) => problems.map((p) => `${p.file.replace(/^.*\//, '')}: ${p.path}: ${p.message}`);

describe('data mistakes', () => {
  test('a template placeholder the placeholders list does not define', () => {
    expect(where(problemsWith({ 'comms.yaml': ['Next update by {next_update}', 'Next update by {next_updat}'] }))).toContain(
      'comms.yaml: templates[0].text.en: placeholder {next_updat} is not defined under placeholders',
    );
  });

  test('a Thai template missing a placeholder the English one has', () => {
    expect(where(problemsWith({ 'comms.yaml': ['[ ETA: {eta}] อัปเดต', 'อัปเดต'] }))).toContain(
      'comms.yaml: templates[1].text.th: placeholder {eta} of the English text is missing from the Thai text',
    );
  });

  test('career years.min above years.max', () => {
    expect(where(problemsWith({ 'career.yaml': ['years: { min: 2, max: 5 }', 'years: { min: 6, max: 5 }'] }))).toContain(
      'career.yaml: levels[1].years: min (6) is more than max (5)',
    );
  });

  test('two severities with the same rank', () => {
    const problems = where(problemsWith({ 'severity.yaml': ['rank: 2', 'rank: 1'] }));
    expect(problems.some((p) => p.startsWith('severity.yaml: levels[1].rank: rank 1 is also the rank of SEV1'))).toBe(true);
  });

  test('several mistakes in several files are all reported, not only the first', () => {
    const problems = where(
      problemsWith({
        'comms.yaml': ['Next update by {next_update}', 'Next update by {next_updat}'],
        'career.yaml': ['years: { min: 2, max: 5 }', 'years: { min: 6, max: 5 }'],
        'severity.yaml': ['rank: 2', 'rank: 1'],
        'roles.yaml': [/^/, ': : not yaml ['],
      }),
    );
    expect(problems.some((p) => p.startsWith('roles.yaml: : not valid YAML'))).toBe(true);
    expect(problems.some((p) => p.startsWith('comms.yaml'))).toBe(true);
    expect(problems.some((p) => p.startsWith('career.yaml'))).toBe(true);
    expect(problems.some((p) => p.startsWith('severity.yaml'))).toBe(true);
  });
});

describe('broken links in MDX fail the build', () => {
  test('a broken page link and a broken #anchor are both reported as file:line by the build step', async () => {
    const { brokenContentLinks } = await import('../../src/integrations/content-links.ts');
    const root = join(import.meta.dirname, '..', '..');
    expect(brokenContentLinks(root)).toEqual([]);
    const copy = mkdtempSync(join(tmpdir(), 'hb-site-'));
    for (const dir of ['content', 'public', 'src/pages']) cpSync(join(root, dir), join(copy, dir), { recursive: true });
    const page = join(copy, 'content', 'docs', 'en', 'roles', 'index.mdx');
    const text = readFileSync(page, 'utf8');
    writeFileSync(page, `${text}\n\nSee [nowhere](/no-such-page/) and [a section](#no-such-heading).\n`);
    const problems = brokenContentLinks(copy);
    const lines = text.split('\n').length;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(new RegExp(`roles/index\\.mdx:${lines + 2}: link /no-such-page/ points to no page`));
    expect(problems[1]).toMatch(new RegExp(`roles/index\\.mdx:${lines + 2}: anchor #no-such-heading`));
  });
});
