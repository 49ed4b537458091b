// Property tests for the incident core: the lifecycle, rendering and the JSON format hold for
// arbitrary input, not just the examples we thought of.
import fc from 'fast-check';
import { allTokens } from '../support/markdown-tokens.ts';
import { describe, expect, test } from 'vitest';
import { createIncident, formatIncidentId, parseIncident } from '../../src/core/incident.ts';
import { IllegalTransitionError, canTransition, reopen, transition } from '../../src/core/lifecycle.ts';
import { TEMPLATE_IDS, renderPostmortem } from '../../src/core/postmortem/index.ts';
import {
  ACTION_STATUSES,
  ACTION_TYPES,
  LANGS,
  MILESTONES,
  PRIORITIES,
  SEVERITY_IDS,
  STATUSES,
  TIMELINE_KINDS,
  type Incident,
  type Status,
} from '../../src/core/schema.ts';
import { formatWithOffset, toEpochMs } from '../../src/core/time/index.ts';
import { sortTimeline } from '../../src/core/timeline.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const severities = loadHandbookData().severity.levels;
const BASE_MS = Date.parse('2026-03-12T03:00:00Z');
const OFFSETS = [0, 420, -300, 330, 345, -570, 840];

const timestamp = fc
  .record({
    minutes: fc.integer({ min: -60 * 24 * 30, max: 60 * 24 * 30 }),
    seconds: fc.integer({ min: 0, max: 59 }),
    offset: fc.constantFrom(...OFFSETS),
  })
  .map(({ minutes, seconds, offset }) => formatWithOffset(BASE_MS + minutes * 60_000 + seconds * 1000, offset));

const THAI = [...'กขคงจฉชซญดตถทนบปผพฟมยรลวศสหอฮะาำิีึืุูเแโใไ่้๊๋็์ๆ๐๑๒๓'];
const MARKDOWN_BITS = [
  '#',
  '## ',
  '-',
  '- ',
  '>',
  '|',
  '<',
  '>',
  '[',
  ']',
  '(',
  ')',
  '!',
  '*',
  '_',
  '`',
  '~',
  '\\',
  '1.',
  '1)',
  '=',
  '+',
  '\n',
  '\r\n',
  '\u2028',
  '    ',
  '\t',
  '&amp;',
  '<b>',
  '---',
  '```',
];
const FORBIDDEN = /undefined|null|NaN/;

/** User text: any Unicode (graphemes, lone code points, Thai, Markdown syntax), never the words we look for. */
const text = fc
  .oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom(...THAI), maxLength: 30 }),
    fc.string({ unit: fc.constantFrom(...MARKDOWN_BITS, 'a', ' ', 'ก'), maxLength: 30 }),
  )
  .filter((s) => !FORBIDDEN.test(s));

const incidentArb: fc.Arbitrary<Incident> = fc
  .record({
    counter: fc.integer({ min: 1, max: 99_999 }),
    title: text,
    severity: fc.constantFrom(...SEVERITY_IDS),
    status: fc.constantFrom(...STATUSES),
    roles: fc.record({ incidentLead: text, communicationsLead: text, technicalLead: text, scribe: text }),
    summary: text,
    impact: text,
    rootCause: text,
    trigger: text,
    detection: text,
    resolution: text,
    wentWell: fc.array(text, { maxLength: 3 }),
    wentWrong: fc.array(text, { maxLength: 3 }),
    gotLucky: fc.array(text, { maxLength: 3 }),
    milestones: fc.record(
      Object.fromEntries(MILESTONES.map((m) => [m, timestamp])) as Record<(typeof MILESTONES)[number], typeof timestamp>,
      { requiredKeys: [] },
    ),
    timeline: fc.array(fc.record({ time: timestamp, author: text, text, kind: fc.constantFrom(...TIMELINE_KINDS) }), {
      maxLength: 6,
    }),
    actionItems: fc.array(
      fc.record({
        task: text.filter((t) => t.length > 0),
        owner: text,
        priority: fc.constantFrom(...PRIORITIES),
        due: fc.oneof(
          fc.constant(''),
          timestamp.map((t) => t.slice(0, 10)),
        ),
        type: fc.constantFrom(...ACTION_TYPES),
        status: fc.constantFrom(...ACTION_STATUSES),
      }),
      { maxLength: 4 },
    ),
    supportingInfo: text,
  })
  .map(({ counter, ...rest }) => {
    const result = parseIncident({ schemaVersion: 1, id: formatIncidentId(counter), ...rest });
    if (!result.ok) throw new Error(`generator made an invalid incident: ${JSON.stringify(result.errors)}`);
    return result.incident;
  });

/** Every heading except the first (which carries the title) is template text, so it must not change. */
function sectionHeadings(markdown: string): string[] {
  return allTokens(markdown)
    .filter((t) => t.type === 'heading')
    .map((t) => `${'#'.repeat((t as { depth: number }).depth)} ${(t as { text: string }).text}`)
    .slice(1);
}

describe('lifecycle (property)', () => {
  type Step = { kind: 'to'; to: Status } | { kind: 'reopen' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.constantFrom(...STATUSES).map((to) => ({ kind: 'to' as const, to })),
    fc.constant({ kind: 'reopen' as const }),
  );

  test('random transition sequences never reach an illegal state; illegal moves throw and change nothing', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 30 }),
        fc.array(fc.integer({ min: 0, max: 120 }), { minLength: 30, maxLength: 30 }),
        (steps, gaps) => {
          let inc = createIncident({
            counter: 1,
            title: 'Checkout errors',
            severity: 'SEV1',
            lead: 'Alice',
            at: '2026-03-12T10:00:00+07:00',
          });
          let ms = toEpochMs('2026-03-12T10:00:00+07:00');
          steps.forEach((s, i) => {
            ms += gaps[i]! * 60_000;
            const opts = { at: formatWithOffset(ms, 420), by: 'Alice', note: `step ${i}` };
            const before = structuredClone(inc);
            const legal = s.kind === 'reopen' ? inc.status === 'resolved' : canTransition(inc.status, s.to);
            const apply = () => (s.kind === 'reopen' ? reopen(inc, opts) : transition(inc, s.to, opts));
            if (!legal) {
              expect(apply).toThrow(IllegalTransitionError);
              expect(inc).toEqual(before);
              return;
            }
            const next = apply();
            expect(inc).toEqual(before); // pure: the old value is untouched
            expect(STATUSES).toContain(next.status);
            expect(next.timeline).toHaveLength(inc.timeline.length + 1);
            expect(next.timeline.at(-1)!.kind).toBe('status');
            if (s.kind === 'to') expect(next.status).toBe(s.to);
            else expect(next.status).toBe('investigating');
            // Resolved exactly when a resolution is on record.
            expect(next.milestones.resolved !== undefined).toBe(next.status === 'resolved');
            expect(sortTimeline(next.timeline)).toEqual(next.timeline);
            inc = next;
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('timeline (property)', () => {
  test('sortTimeline is an ordered, stable permutation', () => {
    fc.assert(
      fc.property(fc.array(timestamp, { maxLength: 30 }), (times) => {
        const entries = times.map((time, index) => ({ time, index }));
        const sorted = sortTimeline(entries);
        expect([...sorted].sort((a, b) => a.index - b.index)).toEqual(entries);
        for (let i = 1; i < sorted.length; i++) {
          const [a, b] = [sorted[i - 1]!, sorted[i]!];
          const diff = toEpochMs(b.time) - toEpochMs(a.time);
          expect(diff > 0 || (diff === 0 && a.index < b.index)).toBe(true);
        }
      }),
    );
  });
});

describe('rendering (property)', () => {
  const clean = Object.fromEntries(
    TEMPLATE_IDS.flatMap((template) =>
      LANGS.map((lang) => {
        const plain = createIncident({
          counter: 1,
          title: 'Plain',
          severity: 'SEV2',
          lead: 'Alice',
          at: '2026-03-12T10:00:00+07:00',
        });
        const md = renderPostmortem(plain, { template, lang, severities });
        return [
          `${template}/${lang}`,
          { headings: sectionHeadings(md), tables: allTokens(md).filter((t) => t.type === 'table').length },
        ];
      }),
    ),
  );

  test('every template in every language: no undefined/null/NaN, fixed sections, no injected HTML or links, deterministic', () => {
    fc.assert(
      fc.property(incidentArb, fc.constantFrom(...TEMPLATE_IDS), fc.constantFrom(...LANGS), (incident, template, lang) => {
        const md = renderPostmortem(incident, { template, lang, severities });
        expect(md).not.toMatch(FORBIDDEN);
        expect(renderPostmortem(incident, { template, lang, severities })).toBe(md);
        const tokens = allTokens(md);
        expect(sectionHeadings(md)).toEqual(clean[`${template}/${lang}`]!.headings);
        expect(tokens.filter((t) => t.type === 'heading')).toHaveLength(clean[`${template}/${lang}`]!.headings.length + 1);
        expect(tokens.filter((t) => t.type === 'html')).toEqual([]);
        // The free-text subset allows links to http, https and mailto only, and code blocks only as typed.
        const badLinks = tokens.filter(
          (t) => t.type === 'image' || (t.type === 'link' && !/^(https?:\/\/|mailto:)/i.test((t as { href: string }).href)),
        );
        expect(badLinks).toEqual([]);
        expect(tokens.filter((t) => t.type === 'blockquote').length).toBe(template === 'pagerduty' ? 1 : 0);
        // Every template has the response-times table; sre and pagerduty add the action items' table.
        const actionTables = incident.actionItems.length && template !== 'basic' ? 1 : 0;
        expect(tokens.filter((t) => t.type === 'table')).toHaveLength(1 + actionTables);
      }),
      { numRuns: 300 },
    );
  });
});

describe('JSON format (property)', () => {
  test('an incident survives a JSON round trip unchanged', () => {
    fc.assert(
      fc.property(incidentArb, (incident) => {
        const again = parseIncident(JSON.parse(JSON.stringify(incident)));
        expect(again).toEqual({ ok: true, incident });
      }),
      { numRuns: 300 },
    );
  });
});
