// The post-mortem review (src/core/review/): every rule is triggered by a draft that breaks it and
// stays quiet on ordinary writing; the worked example has no problem; the bad fixture breaks every rule.
// The rules are tried on edits of the seed's small example (tests/fixtures/review/seed-example.json,
// the seed's INC-0001 before the worked example grew into the full record), so their times stay fixed.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseIncident } from '../../src/core/incident.ts';
import { RULE_IDS, reviewPasses, reviewPostmortem, ruleDocs, type RuleId } from '../../src/core/review/index.ts';
import type { Incident } from '../../src/core/schema.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const handbook = loadHandbookData();
const data = { severities: handbook.severity.levels, review: handbook.review };
const NOW = Date.parse('2026-12-06T00:00:00Z');

function read(path: string): Incident {
  const parsed = parseIncident(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.incident;
}
const workedExample = read('examples/inc-0001.json');
const example = read('tests/fixtures/review/seed-example.json');
const bad = read('tests/fixtures/review/bad.json');

const review = (incident: Incident, lang: 'en' | 'th' = 'en') => reviewPostmortem(incident, { lang, data, now: NOW });
const broken = (incident: Incident, rule: RuleId) => review(incident).filter((f) => f.rule === rule && f.level !== 'good');
const edit = (patch: Partial<Incident>): Incident => ({ ...structuredClone(example), ...patch });

describe('the worked example and the bad fixture', () => {
  test('the worked example has no problem-level finding, in either language', () => {
    for (const lang of ['en', 'th'] as const) {
      for (const incident of [workedExample, example]) {
        expect(review(incident, lang).filter((f) => f.level === 'problem')).toEqual([]);
        expect(reviewPasses(review(incident, lang))).toBe(true);
      }
    }
  });

  test('the bad fixture triggers every rule', () => {
    const triggered = new Set(
      review(bad)
        .filter((f) => f.level !== 'good')
        .map((f) => f.rule),
    );
    expect([...RULE_IDS].filter((id) => !triggered.has(id))).toEqual([]);
    expect(reviewPasses(review(bad))).toBe(false);
  });

  test('findings are in the reader’s language and link the handbook page', () => {
    const th = review(bad, 'th').find((f) => f.rule === 'impact-number')!;
    expect(th.message).toMatch(/ผลกระทบไม่มีตัวเลข/);
    expect(th.page).toBe('postmortems/');
    expect(th.field).toBe('impact');
  });
});

describe('language rules', () => {
  test('blame words are found, with the field they are in', () => {
    const found = broken(edit({ rootCause: 'Human error during the deploy' }), 'blame-language');
    expect(found.map((f) => [f.field, f.level])).toEqual([['rootCause', 'problem']]);
    expect(found[0]!.message).toContain('Human error');
    expect(broken(edit({ wentWrong: ['เกิดจากความประมาทของทีม'] }), 'blame-language')[0]!.field).toBe('wentWrong[0]');
  });

  test('ordinary words are not blame: error rate, a quoted alert, a service called blame-api', () => {
    const incident = edit({
      impact: 'The error rate of blame-api rose to 12% for 20 minutes',
      detection: 'Alert “latency should have been below 5 s” fired at 10:01',
      summary: 'The `blame-api` service returned errors; the user-facing error page was shown',
    });
    expect(broken(incident, 'blame-language')).toEqual([]);
    expect(broken(incident, 'hindsight-language')).toEqual([]);
  });

  test('hindsight phrasing is a suggestion; "should" in a quoted alert is not', () => {
    expect(broken(edit({ wentWrong: ['We should have rolled back sooner'] }), 'hindsight-language')[0]!.level).toBe('suggestion');
    expect(broken(edit({ wentWrong: ['ทีมควรจะรู้ว่า certificate หมดอายุ'] }), 'hindsight-language')).toHaveLength(1);
    expect(broken(edit({ detection: 'The alert said "replicas should be 3"' }), 'hindsight-language')).toEqual([]);
  });

  test('a responder named as the subject of a failure or opening the root cause', () => {
    expect(broken(edit({ wentWrong: ['Bob forgot to renew the certificate'] }), 'person-as-cause')).toEqual([]); // Bob holds no role here
    const withBob = (patch: Partial<Incident>) => edit({ roles: { ...example.roles, technicalLead: 'Bob' }, ...patch });
    expect(broken(withBob({ wentWrong: ['Bob forgot to renew the certificate'] }), 'person-as-cause')[0]!.field).toBe(
      'wentWrong[0]',
    );
    expect(broken(withBob({ rootCause: 'Bob ran the migration on the primary' }), 'person-as-cause')).toHaveLength(1);
    // Alice (the lead) declaring and fixing is not a failure.
    expect(broken(edit({ wentWrong: ['Alice declared late because the alert went to email'] }), 'person-as-cause')).toEqual([]);
  });
});

describe('content rules', () => {
  test('contributing factors: empty is a problem, one bare cause a suggestion, conditions pass', () => {
    expect(broken(edit({ rootCause: '' }), 'contributing-factors')[0]!.level).toBe('problem');
    expect(broken(edit({ rootCause: 'Pool too small' }), 'contributing-factors')[0]!.level).toBe('suggestion');
    expect(broken(edit({ rootCause: 'Pool too small\nNo alert on pool saturation' }), 'contributing-factors')).toEqual([]);
    expect(broken(edit({ rootCause: 'Pool too small while traffic doubled' }), 'contributing-factors')).toEqual([]);
  });

  test('impact needs a number', () => {
    expect(broken(edit({ impact: 'Many users could not pay' }), 'impact-number')).toHaveLength(1);
    expect(broken(edit({ impact: '' }), 'impact-number')).toHaveLength(1);
    expect(broken(edit({ impact: 'ผู้ใช้ ๓๐% ชำระเงินไม่ได้' }), 'impact-number')).toEqual([]);
  });

  test('required milestones, and a resolved time only once resolved', () => {
    const { mitigated: _m, ...rest } = example.milestones;
    expect(broken(edit({ milestones: rest }), 'milestones').map((f) => f.field)).toEqual(['milestones.mitigated']);
    const { resolved: _r, mitigated: _n, ...open } = example.milestones;
    expect(broken(edit({ milestones: open, status: 'identified' }), 'milestones')).toEqual([]);
  });

  test('acknowledgement slower than the severity promises', () => {
    const late = edit({ milestones: { ...example.milestones, acknowledged: '2026-03-12T10:20:00+07:00' } });
    expect(broken(late, 'acknowledge-time')[0]!.message).toMatch(/19 minutes .*15 minutes/);
    expect(broken(example, 'acknowledge-time')).toEqual([]);
  });

  test('timeline silence longer than the update cadence while open', () => {
    const timeline = [example.timeline[0]!, example.timeline[2]!];
    const found = broken(edit({ timeline }), 'update-cadence');
    expect(found.map((f) => f.field)).toEqual(['timeline[1]']);
    expect(found[0]!.message).toContain('2026-03-12 10:02 UTC+07:00');
    expect(broken(edit({ severity: 'SEV4' }), 'update-cadence')).toEqual([]);
  });

  test('postmortem sections the severity requires', () => {
    expect(broken(edit({ trigger: '', resolution: '' }), 'postmortem-required')[0]!.message).toMatch(/trigger and resolution/);
    expect(broken(edit({ severity: 'SEV3', trigger: '' }), 'postmortem-required')[0]!.level).toBe('suggestion');
  });
});

describe('action item rules', () => {
  const item = example.actionItems[2]!;
  test('owner and due date', () => {
    const found = broken(edit({ actionItems: [{ ...item, owner: '', due: '' }] }), 'action-item-fields');
    expect(found.map((f) => f.field)).toEqual(['actionItems[0].owner', 'actionItems[0].due']);
    expect(broken(edit({ actionItems: [] }), 'action-item-fields')).toHaveLength(1);
  });

  test('a SEV1/SEV2 needs a prevent or detect item; a SEV3 does not', () => {
    const mitigations = example.actionItems.map((a) => ({ ...a, type: 'mitigate' as const }));
    expect(broken(edit({ actionItems: mitigations }), 'prevent-or-detect')).toHaveLength(1);
    expect(broken(edit({ actionItems: mitigations, severity: 'SEV3' }), 'prevent-or-detect')).toEqual([]);
  });

  test('vague tasks without an outcome; monitoring with a threshold is fine', () => {
    const tasks = [
      'Monitor the pool',
      'Investigate',
      'Add connection pool monitoring',
      'Investigate the pool and decide on a limit',
    ];
    const found = broken(edit({ actionItems: tasks.map((task) => ({ ...item, task })) }), 'vague-action');
    expect(found.map((f) => f.field)).toEqual(['actionItems[0].task', 'actionItems[1].task']);
  });

  test('open items past their due date; done items are not', () => {
    const found = broken(
      edit({
        actionItems: [
          { ...item, due: '2026-12-05' },
          { ...item, due: '2026-12-05', status: 'done' },
        ],
      }),
      'past-due',
    );
    expect(found.map((f) => f.field)).toEqual(['actionItems[0].due']);
    expect(broken(edit({ actionItems: [{ ...item, due: '2026-12-06' }] }), 'past-due')).toEqual([]);
  });
});

describe('process promises', () => {
  const entry = (time: string, text: string) => ({ time, author: 'Alice', text, kind: 'note' as const });
  test('review held after the promised window, or never recorded', () => {
    const late = edit({ timeline: [...example.timeline, entry('2026-03-15T10:47:00+07:00', 'Post-mortem review held')] });
    expect(broken(late, 'review-window')[0]!.level).toBe('problem');
    const onTime = edit({ timeline: [...example.timeline, entry('2026-03-13T10:47:00+07:00', 'ประชุมทบทวน Post-mortem แล้ว')] });
    expect(broken(onTime, 'review-window')).toEqual([]);
    expect(broken(example, 'review-window')[0]!.level).toBe('suggestion');
    expect(
      reviewPostmortem(example, { lang: 'en', data, now: Date.parse('2026-03-13T00:00:00Z') }).some(
        (f) => f.rule === 'review-window' && f.level !== 'good',
      ),
    ).toBe(false);
  });

  test('a status-page message where the severity requires one', () => {
    expect(broken(edit({ severity: 'SEV1' }), 'status-page')).toHaveLength(1);
    const posted = edit({
      severity: 'SEV1',
      timeline: [...example.timeline, entry('2026-03-12T10:10:00+07:00', 'Status page updated')],
    });
    expect(broken(posted, 'status-page')).toEqual([]);
    expect(broken(example, 'status-page')).toEqual([]);
  });
});

test('the rule documentation lists every rule in both languages', () => {
  for (const lang of ['en', 'th'] as const) {
    const docs = ruleDocs(lang, handbook.review);
    expect(docs.map((d) => d.id)).toEqual([...RULE_IDS]);
    expect(docs.every((d) => d.title && d.why && !d.why.includes('{'))).toBe(true);
  }
});
