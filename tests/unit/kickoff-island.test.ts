import { describe, expect, test } from 'vitest';
import * as core from '../../src/core/incident.ts';
import { parseIncident } from '../../src/core/incident.ts';
import {
  handoverTimeline,
  incidentIdOf,
  initialKickoff,
  kickoffIncident,
  kickoffMessage,
  parseCounter,
  parseMinute,
  postmortemHref,
  roleField,
  templateValues,
  type KickoffState,
} from '../../src/islands/kickoff/logic.ts';
import { readKickoff, serializeKickoff } from '../../src/islands/kickoff/storage.ts';
import kickoffDictionary from '../../src/i18n/kickoff.ts';
import { createTranslate } from '../../src/core/i18n/translate.ts';
import { readShareFragment } from '../../src/islands/shared/share.ts';

const tEn = createTranslate(kickoffDictionary.en, 'en');
const tTh = createTranslate(kickoffDictionary.th, 'th');
import { loadHandbookData } from '../../src/data/load.ts';

const data = loadHandbookData();
const base = (): KickoffState =>
  initialKickoff({ declaredAt: '2026-11-27T14:02:00+07:00', timeZone: 'Asia/Bangkok', lang: 'en', template: 'initial' });

describe('stored kickoff', () => {
  test('round trip keeps every field', () => {
    const state: KickoffState = {
      ...base(),
      answers: { secondTeam: 'yes', customerVisible: 'unsure', unsolvedAfterHour: 'no' },
      severity: 'SEV2',
      title: 'Checkout errors',
      counter: '42',
      done: ['create-channel'],
      doneAt: { 'create-channel': '2026-11-27T14:03:00+07:00' },
      sent: [{ at: '2026-11-27T14:05:00+07:00', name: 'Initial', text: 'We are investigating.' }],
      minute: '12',
      values: { impact: 'EU customers' },
      messageLang: 'th',
      roles: { 'incident-lead': 'Alice', scribe: 'Dan' },
    };
    expect(readKickoff(serializeKickoff(state), base())).toEqual({
      state,
      unreadable: null,
      dropped: [],
      unknownZone: null,
      carried: [],
    });
  });
  test('unreadable storage gives the fallback; a wrong-typed field keeps the fallback, the rest survive', () => {
    expect(readKickoff(null, base()).state).toEqual(base());
    expect(readKickoff('{not json', base()).state).toEqual(base());
    expect(readKickoff('"text"', base()).state).toEqual(base());
    const stored = JSON.stringify({
      version: 1,
      state: {
        title: 'Kept',
        severity: 'SEV9',
        counter: [7],
        declaredAt: '2026-11-27 14:02',
        answers: { secondTeam: 'maybe', customerVisible: 'yes' },
      },
    });
    const { state: restored, dropped } = readKickoff(stored, base());
    expect(dropped.map((d) => d.field)).toEqual(['severity', 'counter', 'declaredAt']);
    expect(restored.title).toBe('Kept');
    expect(restored.severity).toBeNull();
    expect(restored.counter).toBe('1');
    expect(restored.declaredAt).toBe('2026-11-27T14:02:00+07:00');
    // Kept by question id; the core ignores an answer its questions do not offer.
    expect(restored.answers).toEqual({ secondTeam: 'maybe', customerVisible: 'yes' });
    // A tick time or a sent message without an offset, or of the wrong shape, is dropped and named.
    const { state: times, dropped: timeDrops } = readKickoff(
      JSON.stringify({
        state: {
          doneAt: { a: '2026-11-27 14:03', b: '2026-11-27T14:03:00Z' },
          sent: [{ at: '2026-11-27T14:05:00Z', name: 'Initial', text: 'x' }, { at: 'now', name: 'y', text: 'z' }, 'text'],
        },
      }),
      base(),
    );
    expect(times.doneAt).toEqual({ b: '2026-11-27T14:03:00Z' });
    expect(times.sent).toEqual([{ at: '2026-11-27T14:05:00Z', name: 'Initial', text: 'x' }]);
    expect(timeDrops.map((d) => [d.field, d.entry, d.reason])).toEqual([
      ['doneAt', 'a', 'noOffset'],
      ['sent', '2', 'notMessage'],
      ['sent', '3', 'notMessage'],
    ]);
  });
});

describe('typed numbers', () => {
  test('the counter is a whole number from 1 up', () => {
    expect(parseCounter(' 42 ')).toBe(42);
    expect(incidentIdOf('42', core)).toBe('INC-0042');
    for (const bad of ['', '0', '-3', '4.5', 'abc', '1e3']) expect(parseCounter(bad)).toBeNull();
    expect(incidentIdOf('x', core)).toBeNull();
  });
  test('minutes since declared accept decimals, not negatives or words', () => {
    expect(parseMinute('10')).toBe(10);
    expect(parseMinute('2,5')).toBe(2.5);
    expect(parseMinute('')).toBeNull();
    expect(parseMinute('-1')).toBeNull();
    expect(parseMinute('ten')).toBeNull();
  });
});

describe('roles', () => {
  test('roles.yaml ids map onto the incident record where it has a field', () => {
    expect(roleField('incident-lead')).toBe('incidentLead');
    expect(roleField('communications-lead')).toBe('communicationsLead');
    expect(roleField('technical-lead')).toBe('technicalLead');
    expect(roleField('scribe')).toBe('scribe');
    expect(roleField('deputy')).toBeNull();
    // Every role the incident record knows is offered by the data.
    expect(data.roles.roles.map((r) => roleField(r.id)).filter(Boolean)).toHaveLength(4);
  });
});

describe('hand-over to the post-mortem generator', () => {
  const filled: KickoffState = {
    ...base(),
    severity: 'SEV2',
    title: 'Checkout errors',
    counter: '42',
    roles: { 'incident-lead': 'Alice', 'communications-lead': 'Bob', 'technical-lead': 'Carol', scribe: 'Dan', deputy: 'Eve' },
  };
  test('nothing until severity, counter and declared time are usable', () => {
    expect(kickoffIncident(base(), core)).toBeNull();
    expect(kickoffIncident({ ...filled, counter: '0' }, core)).toBeNull();
    expect(kickoffIncident({ ...filled, declaredAt: '' }, core)).toBeNull();
  });
  test('the core incident: id, title, severity, declared milestone, roles', () => {
    const incident = kickoffIncident(filled, core)!;
    expect(incident.id).toBe('INC-0042');
    expect(incident.title).toBe('Checkout errors');
    expect(incident.severity).toBe('SEV2');
    expect(incident.milestones.declared).toBe('2026-11-27T14:02:00+07:00');
    expect(incident.roles).toEqual({ incidentLead: 'Alice', communicationsLead: 'Bob', technicalLead: 'Carol', scribe: 'Dan' });
    expect(incident.timeline[0]).toMatchObject({ author: 'Alice', text: 'Incident declared' });
    expect(parseIncident(JSON.parse(JSON.stringify(incident))).ok).toBe(true);
  });
  test('the checklist steps ticked and the messages sent go into the timeline, each at its own time', () => {
    const state: KickoffState = {
      ...filled,
      done: ['create-channel', 'page-oncall', 'unshown-step'],
      doneAt: {
        'create-channel': '2026-11-27T14:04:00+07:00',
        'page-oncall': '2026-11-27T14:03:00+07:00',
        'unshown-step': '2026-11-27T14:03:00+07:00',
      },
      sent: [{ at: '2026-11-27T14:06:00+07:00', name: 'Initial', text: 'We are investigating.' }],
    };
    const steps = [
      { id: 'create-channel', label: 'Create the channel' },
      { id: 'page-oncall', label: 'Page the on-call' },
      { id: 'post-incidents', label: 'Post in #incidents' },
    ];
    const timeline = handoverTimeline(state, steps, tEn);
    expect(timeline).toEqual([
      { time: '2026-11-27T14:03:00+07:00', author: 'Alice', text: 'Checklist: Page the on-call', kind: 'action' },
      { time: '2026-11-27T14:04:00+07:00', author: 'Alice', text: 'Checklist: Create the channel', kind: 'action' },
      { time: '2026-11-27T14:06:00+07:00', author: 'Bob', text: 'Message sent (Initial): We are investigating.', kind: 'status' },
    ]);
    expect(handoverTimeline(state, steps, tTh)[0]!.text).toBe('รายการตรวจสอบ: Page the on-call');
    const incident = kickoffIncident(state, core, timeline)!;
    expect(incident.timeline.map((e) => e.text)).toEqual([
      'Incident declared',
      'Checklist: Page the on-call',
      'Checklist: Create the channel',
      'Message sent (Initial): We are investigating.',
    ]);
    expect(parseIncident(JSON.parse(JSON.stringify(incident))).ok).toBe(true);
  });
  test('the link opens the generator (base path, language) with the incident in its share fragment', async () => {
    const incident = kickoffIncident(filled, core)!;
    const href = await postmortemHref('/handbook', 'th', incident);
    expect(href.startsWith('/handbook/th/tools/postmortem/#draft=')).toBe(true);
    expect((await postmortemHref('/', 'en', incident)).startsWith('/tools/postmortem/#draft=')).toBe(true);
    const read = await readShareFragment(href.slice(href.indexOf('#')));
    expect(read).toEqual({ found: true, ok: true, value: JSON.parse(JSON.stringify(incident)) });
  });
});

describe('messages', () => {
  test('next_update falls back to the computed time only when left empty', () => {
    expect(templateValues({}, '14:32 +07:00')).toEqual({ next_update: '14:32 +07:00' });
    expect(templateValues({ next_update: 'in 30 minutes' }, '14:32 +07:00')).toEqual({ next_update: 'in 30 minutes' });
    expect(templateValues({ next_update: '  ' }, '')).toEqual({ next_update: '  ' });
  });
  test('kickoff message names the id, severity, channel, assigned roles and next update', () => {
    const text = kickoffMessage(
      {
        id: 'INC-0042',
        title: 'Checkout errors',
        severity: 'SEV2 (Major)',
        channel: '#inc-2026-11-27-checkout-errors',
        roles: [
          { role: 'Incident Lead', person: 'Alice' },
          { role: 'Scribe', person: ' ' },
        ],
        nextUpdate: '14:32 +07:00',
      },
      tEn,
    );
    expect(text).toBe(
      'Incident INC-0042 declared: Checkout errors. SEV2 (Major).\nChannel: #inc-2026-11-27-checkout-errors\nIncident Lead: Alice\nNext update at 14:32 +07:00.',
    );
  });
  test('without a title, severity or cadence it still reads (Thai too)', () => {
    const input = { id: 'INC-0001', title: '', severity: '', channel: '#inc-2026-11-27-inc-0001', roles: [], nextUpdate: '' };
    expect(kickoffMessage(input, tEn)).toBe(
      'Incident INC-0001 declared: (no title yet). severity not decided yet.\nChannel: #inc-2026-11-27-inc-0001',
    );
    expect(kickoffMessage(input, tTh)).not.toMatch(/[{}]|undefined/);
  });
  test('every string exists in both languages', () => {
    const keys = (o: object) => Object.keys(o).sort();
    expect(keys(kickoffDictionary.th)).toEqual(keys(kickoffDictionary.en));
    for (const [key, value] of Object.entries(kickoffDictionary.th)) {
      if (typeof value === 'string') expect(value, key).not.toBe('');
    }
  });
  test('cadences read naturally in English: every minute, every 30 minutes', () => {
    expect(tEn('kickoff.updateEvery', { count: 1 })).toBe('Updates every minute');
    expect(tEn('kickoff.updateEvery', { count: 30 })).toBe('Updates every 30 minutes');
  });
});
