// Content checks over content/docs (every writer's pages): translation coverage, frontmatter schema,
// empty sections and placeholder text, internal links and anchors. Each failure names the file, the
// line and the link or heading, so a writer can fix it without reading this file. The second half
// shows on small made-up pages that each check catches what it claims to.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { parse } from 'yaml';
import type { ZodType } from 'zod';
import {
  anchorsOf,
  headingPlainText,
  headingsOf,
  linksOf,
  parseDocPage,
  proseLines,
  readDocPages,
  type DocLang,
  type DocPage,
} from '../../scripts/lib/content-docs.ts';
import {
  appRoutes,
  counterpartProblems,
  frontmatterProblems,
  linkProblems,
  placeholderProblems,
  sectionProblems,
  translationProblems,
} from '../../scripts/lib/content-checks.ts';

// The content config imports Astro's virtual module only to wrap the schema; outside a build the
// wrapper is the identity, so these checks validate against the very schema the build uses.
vi.mock('astro:content', () => ({ defineCollection: <T>(collection: T) => collection }));
const { collections } = await import('../../src/content.config.ts');
const docsSchema = collections.docs.schema as unknown as ZodType;

const UNTRANSLATED_FILE = 'content/untranslated.yaml';
const PUBLIC_DIR = join(process.cwd(), 'public');
const APP_ROUTES = appRoutes();
const { pages, problems: readProblems } = readDocPages();

describe('content pages', () => {
  test('the docs folder has pages in both languages and every file has readable frontmatter', () => {
    expect(pages.filter((p) => p.lang === 'en').length, 'no English pages under content/docs/en').toBeGreaterThan(0);
    expect(pages.filter((p) => p.lang === 'th').length, 'no Thai pages under content/docs/th').toBeGreaterThan(0);
    expect(readProblems).toEqual([]);
  });

  test(`every English page has a Thai counterpart, unless listed in ${UNTRANSLATED_FILE} with a reason`, () => {
    const list: unknown = parse(readFileSync(join(process.cwd(), UNTRANSLATED_FILE), 'utf8'));
    expect(translationProblems(pages, list, UNTRANSLATED_FILE)).toEqual([]);
  });

  test('frontmatter matches the docs schema, section equals the folder, runbooks carry service and severity hint', () => {
    expect(frontmatterProblems(pages, docsSchema)).toEqual([]);
  });

  test("a translation keeps its original's sidebar order and runbook filters (service, severity hint)", () => {
    expect(counterpartProblems(pages)).toEqual([]);
  });

  test('no empty sections and no h1 in the body (the title is the h1)', () => {
    expect(sectionProblems(pages)).toEqual([]);
  });

  test('no placeholder text (TBD, TODO, lorem, coming soon, XXX) outside code', () => {
    expect(placeholderProblems(pages)).toEqual([]);
  });

  test('every internal link points to an existing page or route in the same language, and every #anchor to a heading', () => {
    expect(linkProblems(pages, { publicDir: PUBLIC_DIR, appRoutes: APP_ROUTES })).toEqual([]);
  });
});

const FRONTMATTER = (section: string) =>
  `---\ntitle: A page\ndescription: What it is for.\nsection: ${section}\norder: 1\ntags: [x]\nlastReviewed: 2026-11-27\n---\n`;

function page(lang: DocLang, slug: string, body: string, frontmatter = FRONTMATTER(slug.split('/')[0]!)): DocPage {
  return parseDocPage({ file: `content/docs/${lang}/${slug}.mdx`, lang, slug, text: frontmatter + body }).page;
}

describe('the checks catch broken pages and name the file', () => {
  test('a missing Thai page, a listed page without a reason and a stale list entry', () => {
    const site = [
      page('en', 'roles/scribe', 'Text.\n'),
      page('en', 'roles/deputy', 'Text.\n'),
      page('th', 'roles/deputy', 'ข้อความ\n'),
    ];
    expect(translationProblems(site, [], 'u.yaml')).toEqual([
      'content/docs/en/roles/scribe.mdx: no Thai counterpart content/docs/th/roles/scribe.mdx (translate it or list it in u.yaml with a reason)',
    ]);
    expect(translationProblems(site, [{ slug: 'roles/scribe', reason: 'English-only legal text' }], 'u.yaml')).toEqual([]);
    expect(translationProblems(site, [{ slug: 'roles/scribe' }, { slug: 'roles/gone', reason: 'r' }], 'u.yaml')).toEqual([
      'u.yaml: roles/scribe has no reason',
      'u.yaml: roles/gone is listed but content/docs/en/roles/gone.mdx does not exist',
      'content/docs/en/roles/scribe.mdx: no Thai counterpart content/docs/th/roles/scribe.mdx (translate it or list it in u.yaml with a reason)',
    ]);
  });

  test('bad frontmatter: wrong section, missing tags, invalid date, runbook without service', () => {
    const wrongSection = page('en', 'roles/scribe', 'Text.\n', FRONTMATTER('severity'));
    const noTags = page(
      'en',
      'start/index',
      'Text.\n',
      '---\ntitle: T\ndescription: D\nsection: start\norder: 1\nlastReviewed: 2026-11-27\n---\n',
    );
    const badDate = page(
      'en',
      'start/x',
      'Text.\n',
      '---\ntitle: T\ndescription: D\nsection: start\norder: 1\ntags: []\nlastReviewed: someday\n---\n',
    );
    const runbook = page('en', 'runbooks/disk-full', 'Text.\n');
    const problems = frontmatterProblems([wrongSection, noTags, badDate, runbook], docsSchema);
    expect(problems).toContain(
      'content/docs/en/roles/scribe.mdx: frontmatter section is "severity" but the page is in the folder "roles"',
    );
    expect(problems).toContain('content/docs/en/start/index.mdx: frontmatter is missing tags');
    expect(problems.some((p) => p.startsWith('content/docs/en/start/x.mdx: frontmatter lastReviewed: '))).toBe(true);
    expect(problems).toContain('content/docs/en/runbooks/disk-full.mdx: runbook frontmatter is missing service');
  });

  test('a translation whose order or runbook filters differ from the English original', () => {
    const en = page(
      'en',
      'runbooks/disk-full',
      'Text.\n',
      FRONTMATTER('runbooks').replace('order: 1', 'order: 3\nservice: storage\nseverityHint: SEV2'),
    );
    const th = page(
      'th',
      'runbooks/disk-full',
      'ข้อความ\n',
      FRONTMATTER('runbooks').replace('order: 1', 'order: 4\nservice: storage'),
    );
    expect(counterpartProblems([en, th])).toEqual([
      'content/docs/th/runbooks/disk-full.mdx: frontmatter order is 4 but content/docs/en/runbooks/disk-full.mdx has 3',
      'content/docs/th/runbooks/disk-full.mdx: frontmatter severityHint is missing but content/docs/en/runbooks/disk-full.mdx has "SEV2"',
    ]);
  });

  test('an empty section before a same-level heading or at the end of the file; a code block counts as content', () => {
    const body = '## Filled\n\nText.\n\n## Empty\n\n## Parent\n\n### Child\n\n```sh\nls\n```\n\n## Last\n';
    expect(sectionProblems([page('en', 'start/x', body)])).toEqual([
      'content/docs/en/start/x.mdx:13: section "Empty" is empty (followed directly by "Parent")',
      'content/docs/en/start/x.mdx:23: section "Last" is empty (at the end of the file)',
    ]);
    expect(sectionProblems([page('en', 'start/x', '# Title again\n\nText.\n')])[0]).toMatch(/start\/x\.mdx:9: h1 "Title again"/);
  });

  test('placeholders in prose are caught, quoted ones in code and the status word "todo" are not', () => {
    const body = 'Status is todo or done. The seed wrote `TBD`.\n\nDetails TBD.\n\nComing soon!\n';
    expect(placeholderProblems([page('en', 'start/x', body)])).toEqual([
      'content/docs/en/start/x.mdx:11: placeholder text "TBD" (write the content, or put the word in `code` if you are quoting it)',
      'content/docs/en/start/x.mdx:13: placeholder text "Coming soon" (write the content, or put the word in `code` if you are quoting it)',
    ]);
  });

  test('broken links: unknown page, missing trailing slash, wrong language, relative, unknown anchor (Thai too)', () => {
    const target = page('en', 'roles/scribe', '## Hand-over\n\nText.\n');
    const thTarget = page('th', 'roles/scribe', '## การส่งต่อ (Hand-over)\n\nข้อความ\n');
    const source = page(
      'en',
      'start/x',
      [
        '[ok](/roles/scribe/#hand-over) [tool](/tools/metrics/) [home](/)',
        '[gone](/roles/nobody/)',
        '[slash](/roles/scribe)',
        '[thai](/th/roles/scribe/)',
        '[rel](../roles/scribe/)',
        '[anchor](/roles/scribe/#handover)',
        '<Card title="c" href="/roles/missing/">c</Card>',
      ].join('\n\n') + '\n',
    );
    const thSource = page('th', 'start/x', '[ok](/th/roles/scribe/#การส่งต่อ-hand-over) [bad](/th/roles/scribe/#ส่งต่อ)\n');
    expect(
      linkProblems([target, thTarget, source, thSource], { publicDir: PUBLIC_DIR, appRoutes: ['/', '/th/', '/tools/metrics/'] }),
    ).toEqual([
      'content/docs/en/start/x.mdx:11: link /roles/nobody/ points to no page (no content/docs file maps to /roles/nobody/)',
      'content/docs/en/start/x.mdx:13: link /roles/scribe needs a trailing slash (/roles/scribe/)',
      'content/docs/en/start/x.mdx:15: link /th/roles/scribe/ goes to the Thai site from an English page',
      'content/docs/en/start/x.mdx:17: link ../roles/scribe/ is relative; write it root-relative with a trailing slash, e.g. /roles/',
      'content/docs/en/start/x.mdx:19: link /roles/scribe/#handover: no heading with id "handover" in content/docs/en/roles/scribe.mdx (headings: #hand-over)',
      'content/docs/en/start/x.mdx:21: link /roles/missing/ points to no page (no content/docs file maps to /roles/missing/)',
      'content/docs/th/start/x.mdx:9: link /th/roles/scribe/#ส่งต่อ: no heading with id "ส่งต่อ" in content/docs/th/roles/scribe.mdx (headings: #การส่งต่อ-hand-over)',
    ]);
  });
});

describe('content check helpers', () => {
  test('app routes are the static pages under src/pages: home, tools and search in both languages', () => {
    for (const route of [
      '/',
      '/th/',
      '/tools/postmortem/',
      '/th/tools/postmortem/',
      '/tools/metrics/',
      '/th/tools/metrics/',
      '/search/',
      '/th/search/',
    ]) {
      expect(APP_ROUTES).toContain(route);
    }
    expect(APP_ROUTES.some((route) => route.includes('['))).toBe(false);
  });

  test('heading anchors follow Astro: plain text, github-slugger, numbered duplicates, Thai kept', () => {
    const body = '## What **not** to say\n\n## Use `kubectl` [here](/x/)\n\n## Checklist\n\n## Checklist\n\n## ระดับความรุนแรง\n';
    expect([...anchorsOf({ bodyStartLine: 1, body })]).toEqual([
      'what-not-to-say',
      'use-kubectl-here',
      'checklist',
      'checklist-1',
      'ระดับความรุนแรง',
    ]);
    expect(headingPlainText('Cost &lt; 5 minutes')).toBe('Cost < 5 minutes');
  });

  test('code fences and inline code are not prose: links, headings and placeholders inside them are ignored', () => {
    const body =
      'See [a](/a/) and `TODO`.\n\n```sh\n# not a heading\necho "[b](/b/)"\n```\n\n## Real\n\nText <Card href="/c/">c</Card> and [d][ref].\n\n[ref]: /d/\n';
    const doc = { bodyStartLine: 1, body };
    expect(linksOf(doc).map((l) => l.href)).toEqual(['/a/', '/c/', '/d/']);
    expect(headingsOf(doc).map((h) => h.text)).toEqual(['Real']);
    expect(proseLines(doc).some((l) => l.text.includes('TODO'))).toBe(false);
  });
});
