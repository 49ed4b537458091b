// Wording checks over the pages and data readers see: the Royal Institute spelling อัปเดต, one Thai name
// per role (the one in content/data/roles.yaml), a space between Thai text and an embedded English
// link, and no leftover internal words ("the seed") that readers were never told about. Each failure
// names the file and line so a writer can fix it without reading this file.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';

const ROOT = process.cwd();

function filesUnder(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => pattern.test(name))
    .map((name) => join(dir, name));
}

interface TextFile {
  file: string;
  text: string;
}
const read = (file: string): TextFile => ({ file, text: readFileSync(join(ROOT, file), 'utf8') });

/** Lines outside the frontmatter (search keywords may hold other names) and code fences, 1-based. */
function proseLinesOf({ text }: TextFile): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  const lines = text.split('\n');
  const frontmatterEnd = lines[0] === '---' ? lines.indexOf('---', 1) : -1;
  let inFence = false;
  lines.forEach((line, index) => {
    if (index <= frontmatterEnd) return;
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    else if (!inFence) out.push({ line: index + 1, text: line });
  });
  return out;
}

// Non-standard spellings of "update"; อัปเดต is the Royal Institute form.
const WRONG_UPDATE = /อัพเดท|อัพเดต|อัปเดท/;

function spellingProblems(files: TextFile[]): string[] {
  return files.flatMap((f) =>
    f.text
      .split('\n')
      .flatMap((text, i) =>
        WRONG_UPDATE.test(text) ? [`${f.file}:${i + 1}: write อัปเดต (found ${WRONG_UPDATE.exec(text)![0]})`] : [],
      ),
  );
}

interface RoleNames {
  en: string;
  th: string;
}
/** Each role's English name and its one Thai name: the part in brackets of `name.th` in roles.yaml. */
function roleNamesOf(rolesYaml: string): RoleNames[] {
  const data = parse(rolesYaml) as { roles: { name: { en: string; th: string } }[] };
  return data.roles.map(({ name }) => ({ en: name.en, th: /\(([^)]+)\)/.exec(name.th)?.[1] ?? name.th }));
}

// Thai names for roles that other sources use; the handbook uses only the roles data's names.
const OTHER_ROLE_NAMES = ['ผู้นำการจัดการ', 'ผู้รับผิดชอบการสื่อสาร', 'ผู้ประสานงานการสื่อสาร', 'ผู้นำทางเทคนิค', 'ผู้จดบันทึก'];

/** Glossary rows (`| English | Thai | …`) must give each role the roles data's Thai name; prose must not use another. */
function roleNameProblems(files: TextFile[], roles: RoleNames[]): string[] {
  return files.flatMap((f) =>
    proseLinesOf(f).flatMap(({ line, text }) => {
      const problems: string[] = [];
      const cells = text.split('|').map((c) => c.trim());
      const isGlossary = f.file.endsWith('reference/glossary.mdx');
      const role = isGlossary ? roles.find((r) => cells[1] === r.en || cells[1]?.startsWith(`${r.en} /`)) : undefined;
      if (role && cells.length > 3 && cells[2] !== role.th)
        problems.push(`${f.file}:${line}: ${role.en} is "${role.th}" in Thai, not "${cells[2]}"`);
      for (const other of OTHER_ROLE_NAMES) {
        if (text.includes(other)) problems.push(`${f.file}:${line}: "${other}" is not a role name in content/data/roles.yaml`);
      }
      return problems;
    }),
  );
}

// A Thai letter touching an embedded link whose text starts (or ends) with a Latin letter or digit.
const THAI = '[\\u0E00-\\u0E7F]';
const TIGHT_BEFORE = new RegExp(`${THAI}\\[[A-Za-z0-9\`]`);
const TIGHT_AFTER = new RegExp(`[A-Za-z0-9\`]\\]\\([^)\\s]+\\)${THAI}`);

function thaiSpacingProblems(files: TextFile[]): string[] {
  return files.flatMap((f) =>
    proseLinesOf(f).flatMap(({ line, text }) =>
      TIGHT_BEFORE.test(text) || TIGHT_AFTER.test(text)
        ? [`${f.file}:${line}: put a space between Thai text and the English link text`]
        : [],
    ),
  );
}

function internalWordProblems(files: TextFile[]): string[] {
  return files.flatMap((f) =>
    proseLinesOf(f).flatMap(({ line, text }) =>
      /\bseed\b/i.test(text) ? [`${f.file}:${line}: "seed" is an internal word; name the source for readers`] : [],
    ),
  );
}

const thaiPages = filesUnder('content/docs/th', /\.mdx?$/).map(read);
const allPages = filesUnder('content/docs', /\.mdx?$/).map(read);
const dataFiles = filesUnder('content/data', /\.ya?ml$/).map(read);
const roles = roleNamesOf(readFileSync(join(ROOT, 'content/data/roles.yaml'), 'utf8'));

describe('Thai wording and reader-facing text', () => {
  test('Thai pages and the data files spell update อัปเดต (Royal Institute), never อัพเดท', () => {
    expect(spellingProblems([...thaiPages, ...dataFiles])).toEqual([]);
  });

  test('every page gives each role the Thai name from content/data/roles.yaml', () => {
    expect(roles.map((r) => r.th)).toContain('ผู้นำเหตุการณ์');
    expect(roleNameProblems(allPages, roles)).toEqual([]);
  });

  test('Thai pages put a space between Thai text and English link text', () => {
    expect(thaiSpacingProblems(thaiPages)).toEqual([]);
  });

  test('no page talks about "the seed"', () => {
    expect(internalWordProblems(allPages)).toEqual([]);
  });
});

describe('best-practices hub', () => {
  // Each practice and the page that explains it in full, per language.
  const practices = ['/postmortems/', '/communication/', '/postmortems/action-items/', '/practice/game-days/', '/metrics/'];
  test.each([
    ['en', ''],
    ['th', '/th'],
  ])('the %s hub links each practice (blameless, cadence, action items, practice, metrics) to its full page', (lang, prefix) => {
    const hub = read(`content/docs/${lang}/start/best-practices.mdx`).text;
    const targets = [...hub.matchAll(/\]\(([^)#\s]+)/g)].map((m) => m[1]);
    for (const path of practices) expect(targets, `${lang} hub links ${prefix}${path}`).toContain(`${prefix}${path}`);
    const start = read(`content/docs/${lang}/start/index.mdx`).text;
    expect(start, 'Start here links the hub').toContain(`](${prefix}/start/best-practices/)`);
  });
});

describe('the wording checks catch what they claim to', () => {
  const page = (text: string): TextFile => ({ file: 'content/docs/th/reference/glossary.mdx', text });

  test('อัพเดท, อัพเดต and อัปเดท are caught with file and line; อัปเดต passes', () => {
    expect(spellingProblems([page('ok อัปเดต\nส่งอัพเดททุก 30 นาที\nอัปเดท')])).toEqual([
      'content/docs/th/reference/glossary.mdx:2: write อัปเดต (found อัพเดท)',
      'content/docs/th/reference/glossary.mdx:3: write อัปเดต (found อัปเดท)',
    ]);
  });

  test('a glossary row with another Thai role name, and another name in prose, are caught; code is ignored', () => {
    const text = [
      '| Communications Lead | ผู้รับผิดชอบการสื่อสาร | … |',
      '| Scribe | ผู้บันทึก | … |',
      '```',
      'ผู้นำการจัดการ',
      '```',
      'ผู้นำการจัดการ Incident',
    ].join('\n');
    expect(roleNameProblems([page(text)], roles)).toEqual([
      'content/docs/th/reference/glossary.mdx:1: Communications Lead is "ผู้ดูแลการสื่อสาร" in Thai, not "ผู้รับผิดชอบการสื่อสาร"',
      'content/docs/th/reference/glossary.mdx:1: "ผู้รับผิดชอบการสื่อสาร" is not a role name in content/data/roles.yaml',
      'content/docs/th/reference/glossary.mdx:6: "ผู้นำการจัดการ" is not a role name in content/data/roles.yaml',
    ]);
  });

  test('Thai touching English link text is caught on either side; Thai link text may touch Thai', () => {
    expect(thaiSpacingProblems([page('ดู[Scribe](/th/roles/scribe/)')])).toHaveLength(1);
    expect(thaiSpacingProblems([page('ดู [Scribe](/th/roles/scribe/)ก่อน')])).toHaveLength(1);
    expect(thaiSpacingProblems([page('ดู [Scribe](/th/roles/scribe/) และ[หน้าบทบาท](/th/roles/)')])).toEqual([]);
  });

  test('"the seed" is caught; "seeded" is not', () => {
    expect(internalWordProblems([page("The seed's example\nA seeded random test")])).toHaveLength(1);
  });
});
