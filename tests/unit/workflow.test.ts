import { describe, expect, test } from 'vitest';
import { automationSteps, channelName } from '../../src/core/workflow.ts';
import { loadHandbookData } from '../../src/data/load.ts';

const data = loadHandbookData();
const SLACK_NAME = /^#[a-z0-9_-]{1,80}$/;

describe('channelName', () => {
  test('#inc-YYYY-MM-DD-title, lowercase with hyphens', () => {
    expect(channelName({ id: 'INC-0001', title: 'API Response Time > 5s', declaredAt: '2026-03-12T10:02:00+07:00' })).toBe(
      '#inc-2026-03-12-api-response-time-5s',
    );
  });
  test('the date is the declaration date in its own offset, not UTC', () => {
    // 01:30 in Bangkok on the 13th is still the 12th in UTC.
    expect(channelName({ id: 'INC-0002', title: 'Checkout down', declaredAt: '2026-03-13T01:30:00+07:00' })).toBe(
      '#inc-2026-03-13-checkout-down',
    );
  });
  test('a Thai title falls back to the incident id', () => {
    expect(channelName({ id: 'INC-0001', title: 'ระบบชำระเงินล่ม', declaredAt: '2026-11-27T09:00:00+07:00' })).toBe(
      '#inc-2026-11-27-inc-0001',
    );
    expect(channelName({ id: 'INC-0001', title: '500 / 502', declaredAt: '2026-11-27T09:00:00+07:00' })).toBe(
      '#inc-2026-11-27-inc-0001',
    );
  });
  test('mixed Thai and Latin keeps the Latin words; accents are folded', () => {
    expect(channelName({ id: 'INC-0009', title: 'API ล่ม ที่ Café', declaredAt: '2026-11-27T09:00:00Z' })).toBe(
      '#inc-2026-11-27-api-cafe',
    );
  });
  test('never longer than Slack allows, and never ends in a hyphen', () => {
    const name = channelName({ id: 'INC-0003', title: 'word '.repeat(40), declaredAt: '2026-11-27T09:00:00Z' });
    expect(name.length - 1).toBeLessThanOrEqual(80);
    expect(name).toMatch(SLACK_NAME);
    expect(name.endsWith('-')).toBe(false);
  });
  test('keeps underscores, drops everything Slack does not allow', () => {
    expect(channelName({ id: 'INC-0004', title: 'db_primary: CPU 100%!', declaredAt: '2026-11-27T09:00:00Z' })).toBe(
      '#inc-2026-11-27-db_primary-cpu-100',
    );
  });
});

describe('automationSteps', () => {
  const ids = (sev: 'SEV1' | 'SEV2' | 'SEV3' | 'SEV4') => automationSteps(data.workflow, sev).map((s) => s.id);
  test('SEV1 gets everything, including the PagerDuty alert and the status page', () => {
    expect(ids('SEV1')).toEqual(['create-channel', 'invite-oncall', 'announce', 'pagerduty-alert', 'jira-ticket', 'status-page']);
  });
  test('SEV2 pages through PagerDuty but has no status page update', () => {
    expect(ids('SEV2')).toEqual(['create-channel', 'invite-oncall', 'announce', 'pagerduty-alert', 'jira-ticket']);
  });
  test('SEV3 and SEV4 get the channel, the invite, the announcement and a ticket', () => {
    expect(ids('SEV3')).toEqual(['create-channel', 'invite-oncall', 'announce', 'jira-ticket']);
    expect(ids('SEV4')).toEqual(ids('SEV3'));
  });
});
