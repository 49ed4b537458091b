import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Token } from 'marked';
import { allTokens } from '../support/markdown-tokens.ts';
import { describe, expect, test } from 'vitest';
import { createIncident, parseIncident } from '../../src/core/incident.ts';
import { transition } from '../../src/core/lifecycle.ts';
import { TEMPLATE_IDS, renderPostmortem } from '../../src/core/postmortem/index.ts';
import { block, inline } from '../../src/core/postmortem/markdown.ts';
import type { Incident } from '../../src/core/schema.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const EXAMPLE = join(ROOT, 'examples', 'inc-0001.json');
const handbookData = loadHandbookData();
const severities = handbookData.severity.levels;
const roles = handbookData.roles.roles;

function example(): Incident {
  const result = parseIncident(JSON.parse(readFileSync(EXAMPLE, 'utf8')));
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.incident;
}

const headings = (markdown: string) =>
  allTokens(markdown)
    .filter((t): t is Token & { type: 'heading'; depth: number; text: string } => t.type === 'heading')
    .map((t) => `${'#'.repeat(t.depth)} ${t.text}`);

/** The seed's worked example, built through the core exactly as incident_automation.py builds it. */
function seedWorkedExample(): Incident {
  let inc = createIncident({
    counter: 1,
    title: 'API Response Time > 5s',
    severity: 'SEV2',
    lead: 'Alice',
    at: '2026-03-12T10:02:00+07:00',
  });
  inc = transition(inc, 'identified', {
    at: '2026-03-12T10:20:00+07:00',
    by: 'Alice',
    note: 'Database connection pool exhausted',
  });
  inc = {
    ...inc,
    rootCause: 'Connection pool limit too low for traffic spike',
    impact: '30% of API requests failed for 45 minutes',
    actionItems: [
      { task: 'Increase connection pool to 100', owner: 'Bob', priority: 'P1', due: '', type: 'prevent', status: 'todo' },
      { task: 'Add connection pool monitoring', owner: 'Carol', priority: 'P2', due: '', type: 'prevent', status: 'todo' },
      { task: 'Implement circuit breaker', owner: 'Dave', priority: 'P2', due: '', type: 'prevent', status: 'todo' },
    ],
  };
  return transition(inc, 'resolved', { at: '2026-03-12T10:47:00+07:00', by: 'Alice', note: 'Connection pool increased' });
}

const SEED_BASIC = `# Post-mortem: INC-0001 — API Response Time > 5s

Date: 2026-03-12

Severity: SEV2

Duration: 45 minutes

Lead: Alice

## Summary

API Response Time > 5s

## Impact

30% of API requests failed for 45 minutes

## Root Cause

Connection pool limit too low for traffic spike

## Response times

| Measure | From | To | Took |
| --- | --- | --- | --- |
| Time to detect | Impact started: TBD | Detected: TBD | TBD |
| Time to acknowledge | Declared: 2026-03-12 10:02 UTC+07:00 | Acknowledged: TBD | TBD |
| Time to mitigate | Impact started: TBD | Mitigated: TBD | TBD |
| Time to resolve | Declared: 2026-03-12 10:02 UTC+07:00 | Resolved: 2026-03-12 10:47 UTC+07:00 | 45 minutes |

## Timeline

- 2026-03-12 10:02 UTC+07:00: Incident declared (Alice)
- 2026-03-12 10:20 UTC+07:00: Status -> identified: Database connection pool exhausted (Alice)
- 2026-03-12 10:47 UTC+07:00: Status -> resolved: Connection pool increased (Alice)

## What Went Well

- TBD

## What Could Be Improved

- TBD

## Action Items

- [P1] Increase connection pool to 100 — Bob (due TBD)
- [P2] Add connection pool monitoring — Carol (due TBD)
- [P2] Implement circuit breaker — Dave (due TBD)
`;

/** examples/inc-0001.json, the worked example page's record, in the basic template. */
const EXAMPLE_BASIC = `# Post-mortem: INC-0001 — API Response Time > 5s

Date: 2026-11-10

Severity: SEV2

Duration: 66 minutes

Lead: Alice

## Summary

A traffic spike after a push notification exhausted the API's database connection pool; requests queued and timed out.

## Impact

30% of API requests failed for 45 minutes

## Root Cause

Connection pool limit too low for traffic spike

## Response times

| Measure | From | To | Took |
| --- | --- | --- | --- |
| Time to detect | Impact started: 2026-11-10 14:02 UTC+07:00 | Detected: 2026-11-10 14:06 UTC+07:00 | 4 minutes |
| Time to acknowledge | Declared: 2026-11-10 14:11 UTC+07:00 | Acknowledged: 2026-11-10 14:14 UTC+07:00 | 3 minutes |
| Time to mitigate | Impact started: 2026-11-10 14:02 UTC+07:00 | Mitigated: 2026-11-10 14:47 UTC+07:00 | 45 minutes |
| Time to resolve | Declared: 2026-11-10 14:11 UTC+07:00 | Resolved: 2026-11-10 15:17 UTC+07:00 | 66 minutes |

## Timeline

- 2026-11-10 14:11 UTC+07:00: Incident declared (Alice)
- 2026-11-10 14:14 UTC+07:00: Page acknowledged (Bob)
- 2026-11-10 14:24 UTC+07:00: Status -> identified: Database connection pool exhausted (Alice)
- 2026-11-10 14:31 UTC+07:00: Pool size raised from 20 to 40 per pod; rolling restart started (Bob)
- 2026-11-10 14:47 UTC+07:00: Status -> monitoring: error rate below 1%, p99 back under 400 ms (Alice)
- 2026-11-10 15:17 UTC+07:00: Status -> resolved: Connection pool increased (Alice)

## What Went Well

- Roles were assigned within 5 minutes
- The connection-pool runbook pointed straight at the saturation query

## What Could Be Improved

- The latency alert did not page
- Changing the pool size needed a rolling restart

## Action Items

- [P1] Increase connection pool to 100 — Bob (due 2026-11-20)
- [P2] Add connection pool monitoring — Carol (due 2026-11-24)
- [P2] Implement circuit breaker — Dave (due 2026-12-01)
- [P2] Announce campaign launches in \\#incidents a day ahead — Alice (due 2026-11-17)
`;

describe('the worked example has one record', () => {
  // examples/inc-0001.json is the source: the post-mortem generator's "New draft from the example"
  // imports it (PostmortemPage.astro), and the /example/ page prints it for readers to paste.
  test('the JSON on the /example/ page, in both languages, is examples/inc-0001.json', () => {
    const file = JSON.parse(readFileSync(EXAMPLE, 'utf8')) as unknown;
    for (const lang of ['en', 'th']) {
      const page = readFileSync(join(ROOT, 'content', 'docs', lang, 'example', 'index.mdx'), 'utf8');
      const blocks = [...page.matchAll(/```json\n([\s\S]*?)\n```/g)].map((m) => JSON.parse(m[1]!) as unknown);
      expect(blocks, lang).toEqual([file]);
    }
  });
  test("the page's response-times table is what the templates compute from the record", () => {
    const md = renderPostmortem(example(), { template: 'sre', lang: 'en', severities, roles });
    const page = readFileSync(join(ROOT, 'content', 'docs', 'en', 'example', 'index.mdx'), 'utf8');
    for (const [measure, minutes] of [
      ['Time to detect', 4],
      ['Time to acknowledge', 3],
      ['Time to mitigate', 45],
      ['Time to resolve', 66],
    ] as const) {
      expect(page).toMatch(new RegExp(`\\| ${measure} \\|.*\\| ${minutes} min \\|`));
      expect(md).toMatch(new RegExp(`\\| ${measure} \\|.*\\| ${minutes} minutes \\|`));
    }
  });
});

describe('basic template', () => {
  test("the seed's worked example renders in the seed's section order and line formats", () => {
    expect(renderPostmortem(seedWorkedExample(), { template: 'basic', lang: 'en' })).toBe(SEED_BASIC);
  });
  test('examples/inc-0001.json is the worked example: its times, its response-times table, its due dates', () => {
    expect(renderPostmortem(example(), { template: 'basic', lang: 'en' })).toBe(EXAMPLE_BASIC);
  });
  test('empty fields read TBD, as in the seed; an unresolved incident has no duration yet', () => {
    const inc = createIncident({ counter: 2, title: 'Disk full', severity: 'SEV3', lead: '', at: '2026-03-12T10:00:00Z' });
    const md = renderPostmortem(inc, { template: 'basic', lang: 'en' });
    expect(md).toContain('Duration: TBD\n');
    expect(md).toContain('Lead: TBD\n');
    expect(md).toContain('## Impact\n\nTBD\n');
    expect(md).toContain('## Root Cause\n\nTBD\n');
    expect(md).toContain('- 2026-03-12 10:00 UTC: Incident declared (TBD)');
    expect(md.endsWith('## Action Items\n\n- TBD\n')).toBe(true);
    const noOwner = {
      ...inc,
      actionItems: [
        { task: 'Clean logs', owner: '', priority: 'P3' as const, due: '', type: 'prevent' as const, status: 'todo' as const },
      ],
    };
    expect(renderPostmortem(noOwner, { template: 'basic', lang: 'en' })).toContain('- [P3] Clean logs — TBD (due TBD)\n');
  });
  test('Thai headings and labels', () => {
    const md = renderPostmortem(example(), { template: 'basic', lang: 'th' });
    expect(headings(md)).toEqual([
      '# รายงาน Post-mortem: INC-0001 — API Response Time > 5s',
      '## สรุป',
      '## ผลกระทบ',
      '## สาเหตุหลัก (Root Cause)',
      '## ระยะเวลาการตอบสนอง',
      '## ลำดับเหตุการณ์',
      '## สิ่งที่ทำได้ดี',
      '## สิ่งที่ควรปรับปรุง',
      '## รายการที่ต้องทำต่อ (Action Items)',
    ]);
    expect(md).toContain('ระยะเวลา: 66 นาที');
    expect(md).toContain(
      '| เวลาจนถึงการตรวจพบ (Time to detect) | เริ่มเกิดผลกระทบ: 2026-11-10 14:02 UTC+07:00 | ตรวจพบ: 2026-11-10 14:06 UTC+07:00 | 4 นาที |',
    );
    expect(md).toContain('— Bob (กำหนดเสร็จ 2026-11-20)');
    expect(renderPostmortem({ ...example(), wentWell: [] }, { template: 'basic', lang: 'th' })).toContain('- รอระบุ');
  });
});

describe('sre template', () => {
  test("follows the Google SRE example's sections", () => {
    expect(headings(renderPostmortem(example(), { template: 'sre', lang: 'en', severities, roles }))).toEqual([
      '# Post-mortem: API Response Time > 5s (INC-0001)',
      '## Summary',
      '## Impact',
      '## Root Causes',
      '## Trigger',
      '## Resolution',
      '## Detection',
      '## Action Items',
      '## Lessons Learned',
      '### What went well',
      '### What went wrong',
      '### Where we got lucky',
      '## Response times',
      '## Timeline',
      '## Supporting information',
    ]);
  });
  test('action items are a table with type, owner, due date and status; missing owner or due date is flagged', () => {
    const inc = example();
    inc.actionItems.push({ task: 'Write a runbook', owner: '', priority: 'P3', due: '', type: 'process', status: 'todo' });
    const md = renderPostmortem(inc, { template: 'sre', lang: 'en', severities, roles });
    const table = allTokens(md).find((t) => t.type === 'table') as unknown as {
      header: { text: string }[];
      rows: { text: string }[][];
    };
    expect(table.header.map((c) => c.text)).toEqual(['Action item', 'Type', 'Priority', 'Owner', 'Due', 'Status']);
    expect(table.rows.map((r) => r.map((c) => c.text))).toEqual([
      ['Increase connection pool to 100', 'Prevent', 'P1', 'Bob', '2026-11-20', 'To do'],
      ['Add connection pool monitoring', 'Detect', 'P2', 'Carol', '2026-11-24', 'To do'],
      ['Implement circuit breaker', 'Mitigate', 'P2', 'Dave', '2026-12-01', 'To do'],
      ['Announce campaign launches in \\#incidents a day ahead', 'Process', 'P2', 'Alice', '2026-11-17', 'To do'],
      ['Write a runbook', 'Process', 'P3', '**TBD**', '**TBD**', 'To do'],
    ]);
    expect(md).toContain('still missing for item 5.');
  });
  test('the timeline marks milestones and shows every time with its UTC offset', () => {
    const md = renderPostmortem(example(), { template: 'sre', lang: 'en', severities, roles });
    expect(md).toContain('- 2026-11-10 14:02 UTC+07:00 — Milestone: **Impact started**\n');
    expect(md).toContain('- 2026-11-10 14:11 UTC+07:00 — Incident declared (Alice) — Milestone: **Declared**\n');
    expect(md).toContain('- **Date:** 2026-11-10 (UTC+07:00)');
    expect(md).toContain('- **Severity:** SEV2 (Major)');
  });
  test('Thai', () => {
    const md = renderPostmortem(example(), { template: 'sre', lang: 'th', severities, roles });
    expect(headings(md)).toContain('### จุดที่เราโชคดี');
    expect(md).toContain('- **ระดับความรุนแรง:** SEV2 (รุนแรง)');
    expect(md).toContain('| รายการ | ประเภท | ความสำคัญ | ผู้รับผิดชอบ | กำหนดเสร็จ | สถานะ |');
  });
});

describe('pagerduty template', () => {
  test("follows PagerDuty's sections and drafts an external message", () => {
    const md = renderPostmortem(example(), { template: 'pagerduty', lang: 'en', severities, roles });
    expect(headings(md)).toEqual([
      '# INC-0001: API Response Time > 5s',
      '## Overview',
      '## What Happened',
      '## Contributing Factors',
      '## Resolution',
      '## Impact',
      '## Responders',
      '## Response times',
      '## Timeline',
      '## What Went Well',
      "## What Didn't Go So Well",
      '## Action Items',
      '## External Message',
    ]);
    expect(md).toContain('> **When:** 2026-11-10 14:02 UTC+07:00 – 2026-11-10 15:17 UTC+07:00');
    expect(md).toContain('- Incident Lead: Alice\n- Communications Lead: Carol');
  });
  test('Thai', () => {
    const md = renderPostmortem(example(), { template: 'pagerduty', lang: 'th', severities, roles });
    expect(headings(md)).toContain('## ข้อความถึงลูกค้า');
    expect(md).toContain('- Incident Lead (ผู้นำเหตุการณ์): Alice');
  });
});

describe('escaping user text', () => {
  test('inline text cannot start a block or add HTML, links, tables or emphasis', () => {
    expect(inline('# Hacked')).toBe('\\# Hacked');
    expect(inline('- item')).toBe('\\- item');
    expect(inline('> quote')).toBe('\\> quote');
    expect(inline('1. first')).toBe('1\\. first');
    expect(inline('<script>alert(1)</script>')).toBe('\\<script>alert(1)\\</script>');
    expect(inline('[click](http://evil)')).toBe('\\[click\\](http://evil)');
    expect(inline('a | b')).toBe('a \\| b');
    expect(inline('*bold* `code` ~~x~~')).toBe('\\*bold\\* \\`code\\` \\~\\~x\\~\\~');
    expect(inline('line one\nline two\r\n# three')).toBe('line one line two \\# three');
    expect(inline('max_connections _x_')).toBe('max_connections \\_x\\_');
    expect(inline('Title #')).toBe('Title \\#');
    expect(inline('&lt;b&gt; C# AT&T')).toBe('\\&lt;b\\&gt; C# AT&T');
  });
  test('blocks keep their lines but each line is escaped', () => {
    expect(block('first\n## second\n\n\n\n    code?\n===')).toBe('first\n\\## second\n\ncode?\n\\===');
  });
  test("a hostile incident renders with the template's structure only", () => {
    const evil = 'x\n# Injected\n| a | b |\n|---|---|\n<img src=x onerror=alert(1)>\n[link](javascript:alert(1))';
    const inc: Incident = {
      ...example(),
      title: evil,
      summary: evil,
      impact: evil,
      rootCause: evil,
      wentWell: [evil],
      timeline: [{ time: '2026-03-12T10:02:00+07:00', author: evil, text: evil, kind: 'note' }],
      actionItems: [{ task: evil, owner: evil, priority: 'P1', due: '', type: 'prevent', status: 'todo' }],
    };
    for (const template of TEMPLATE_IDS) {
      const clean = renderPostmortem(example(), { template, lang: 'en', severities, roles });
      const md = renderPostmortem(inc, { template, lang: 'en', severities, roles });
      const tokens = allTokens(md);
      expect(headings(md).length, template).toBe(headings(clean).length);
      expect(
        tokens.filter((t) => t.type === 'html'),
        template,
      ).toEqual([]);
      expect(
        tokens.filter((t) => t.type === 'link'),
        template,
      ).toEqual([]);
      expect(tokens.filter((t) => t.type === 'table').length, template).toBe(
        allTokens(clean).filter((t) => t.type === 'table').length,
      );
    }
  });
});

// Each case spawns Node; on a busy machine that takes seconds, so these get room beyond the 5 s default.
describe('postmortem CLI', { timeout: 60_000 }, () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(ROOT, 'scripts', 'postmortem.ts'), ...args], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, INIT_CWD: ROOT },
    });

  test('prints the same Markdown as renderPostmortem, for every template and language', () => {
    for (const template of TEMPLATE_IDS) {
      for (const lang of ['en', 'th'] as const) {
        const result = run(EXAMPLE, '--template', template, '--lang', lang);
        expect(result.status, result.stderr).toBe(0);
        expect(result.stdout).toBe(renderPostmortem(example(), { template, lang, severities, roles }));
      }
    }
  });
  test('defaults to the basic template in English', () => {
    expect(run('examples/inc-0001.json').stdout).toBe(EXAMPLE_BASIC);
  });
  test('a missing file is a one-line error and exit code 2', () => {
    const result = run('no-such-incident.json');
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe('postmortem: cannot read no-such-incident.json: no such file\n');
  });
  test('invalid JSON, schema errors and milestone order errors name the problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'postmortem-cli-'));
    const write = (name: string, text: string) => {
      writeFileSync(join(dir, name), text);
      return join(dir, name);
    };
    const cases: [string, RegExp][] = [
      [write('broken.json', '{"id": "INC-0001",'), /is not valid JSON: /],
      [
        write('bad-severity.json', JSON.stringify({ id: 'INC-0001', title: 't', severity: 'SEV7' })),
        /: severity: Invalid option/,
      ],
      [
        write(
          'order.json',
          JSON.stringify({
            id: 'INC-0001',
            title: 't',
            severity: 'SEV2',
            milestones: { declared: '2026-03-12T10:00:00Z', resolved: '2026-03-12T09:00:00Z' },
          }),
        ),
        /milestones\.resolved: resolved .* before declared/,
      ],
    ];
    for (const [file, message] of cases) {
      const result = run(file);
      expect(result.status, file).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n'), result.stderr).toHaveLength(1);
    }
  });
  test('a bad flag value or an unknown flag is a clear message and exit code 2', () => {
    const template = run(EXAMPLE, '--template', 'fancy');
    expect(template.status).toBe(2);
    expect(template.stderr).toBe('postmortem: --template must be one of basic, sre, pagerduty, got "fancy"\n');
    const lang = run(EXAMPLE, '--lang', 'fr');
    expect(lang.status).toBe(2);
    expect(lang.stderr).toMatch(/--lang must be one of en, th/);
    const unknown = run(EXAMPLE, '--colour');
    expect(unknown.status).toBe(2);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/--colour/);
  });
});

describe('role names', () => {
  test('come from the roles data (content/data/roles.yaml), one name per role', () => {
    const renamed = roles.map((r) => (r.id === 'scribe' ? { ...r, name: { en: 'Note keeper', th: 'ผู้จดโน้ต' } } : r));
    expect(renderPostmortem(example(), { template: 'pagerduty', lang: 'en', severities, roles: renamed })).toContain(
      '- Note keeper: ',
    );
    expect(renderPostmortem(example(), { template: 'pagerduty', lang: 'th', severities, roles: renamed })).toContain(
      '- ผู้จดโน้ต: ',
    );
    const scribe = roles.find((r) => r.id === 'scribe')!;
    expect(renderPostmortem(example(), { template: 'pagerduty', lang: 'th', severities, roles })).toContain(
      `- ${scribe.name.th}: `,
    );
    const lead = roles.find((r) => r.id === 'incident-lead')!;
    expect(renderPostmortem(example(), { template: 'basic', lang: 'th', severities, roles })).toContain(`${lead.name.th}: Alice`);
  });
});
