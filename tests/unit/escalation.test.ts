import { parseMermaid } from 'beautiful-mermaid';
import { describe, expect, test } from 'vitest';
import { escalationMermaid, mermaidLabel, notifiedAt } from '../../src/core/escalation.ts';
import type { EscalationPolicy, SeverityId } from '../../src/core/schema.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const data = loadHandbookData();
const policy = (id: SeverityId): EscalationPolicy => data.escalation.policies.find((p) => p.severity === id)!;

describe('notifiedAt', () => {
  test('SEV1: on-call at once, team lead from minute 5, VP Engineering from minute 15 (the seed)', () => {
    const who = (minute: number) => notifiedAt(policy('SEV1'), minute).map((s) => s.target.en);
    expect(who(0)).toEqual(['On-call engineer']);
    expect(who(4.9)).toEqual(['On-call engineer']);
    expect(who(5)).toEqual(['On-call engineer', 'Team lead']);
    expect(who(15)).toEqual(['On-call engineer', 'Team lead', 'VP Engineering']);
    expect(who(600)).toHaveLength(3);
  });
  test('SEV2 reaches the team lead at 15 minutes; SEV3 and SEV4 never page anyone else', () => {
    expect(notifiedAt(policy('SEV2'), 14).map((s) => s.target.en)).toEqual(['On-call engineer']);
    expect(notifiedAt(policy('SEV2'), 15).map((s) => s.target.en)).toEqual(['On-call engineer', 'Team lead']);
    expect(notifiedAt(policy('SEV3'), 120).map((s) => [s.action, s.channel])).toEqual([['notify', 'Slack']]);
    expect(notifiedAt(policy('SEV4'), 120).map((s) => s.action)).toEqual(['ticket']);
  });
  test('before the incident, or for a minute that is not a number, nobody', () => {
    expect(notifiedAt(policy('SEV1'), -1)).toEqual([]);
    expect(notifiedAt(policy('SEV1'), Number.NaN)).toEqual([]);
  });
});

describe('escalationMermaid', () => {
  test('SEV1 in English is a left-to-right chain with timed edges', () => {
    expect(escalationMermaid(policy('SEV1'), 'en')).toBe(
      [
        'flowchart LR',
        '  declared(["SEV1 declared"])',
        '  step0["Page On-call engineer"]',
        '  step1["Page Team lead"]',
        '  step2["Page VP Engineering"]',
        '  declared -->|"immediately"| step0',
        '  step0 -->|"after 5 min"| step1',
        '  step1 -->|"after 15 min"| step2',
        '',
      ].join('\n'),
    );
  });

  test('Thai labels for lang th', () => {
    const source = escalationMermaid(policy('SEV3'), 'th');
    expect(source).toContain('declared(["ประกาศ SEV3"])');
    expect(source).toContain('step0["แจ้ง On-call engineer ผ่าน Slack"]');
    expect(source).toContain('|"ทันที"|');
    expect(escalationMermaid(policy('SEV2'), 'th')).toContain('|"หลัง 15 นาที"|');
  });

  test('every policy, in both languages, parses as a flowchart with one node per step', () => {
    for (const p of data.escalation.policies) {
      for (const lang of ['en', 'th'] as const) {
        const graph = parseMermaid(escalationMermaid(p, lang));
        expect(graph.direction).toBe('LR');
        expect(graph.nodes.size).toBe(p.steps.length + 1);
        expect(graph.edges).toHaveLength(p.steps.length);
        expect([...graph.nodes.values()].at(-1)!.label).toContain(p.steps.at(-1)!.target[lang]);
      }
    }
  });

  test('data text cannot end a label or inject an entity', () => {
    expect(mermaidLabel('say "hi"\nthen #quot; go')).toBe(`"say 'hi' then #35;quot; go"`);
    const hostile: EscalationPolicy = {
      severity: 'SEV1',
      steps: [{ afterMinutes: 0, action: 'page', target: { en: 'Ops "team"] --> x["pwned', th: 'ทีม "ops"' } }],
    };
    const graph = parseMermaid(escalationMermaid(hostile, 'en'));
    expect(graph.nodes.size).toBe(2);
    expect(graph.nodes.get('step0')!.label).toBe(`Page Ops 'team') --> x('pwned`);
    expect(mermaidLabel('a | b')).toBe('"a / b"');
  });
});
