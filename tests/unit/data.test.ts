import { describe, expect, test } from 'vitest';
import { loadHandbookData } from '../../src/data/load.ts';
import { DataError, parseHandbookData } from '../../src/core/data.ts';

describe('handbook data', () => {
  test('the shipped content/data files are valid', () => {
    const data = loadHandbookData();
    expect(data.severity.levels.map((l) => l.id)).toEqual(['SEV1', 'SEV2', 'SEV3', 'SEV4']);
    expect(data.career.levels).toHaveLength(4);
  });

  test('bad data names the file, the path inside it and the problem', () => {
    const good = loadHandbookData();
    const files = Object.fromEntries(
      Object.entries(good).map(([name, value]) => [name, { file: `content/data/${name}.yaml`, value }]),
    ) as Parameters<typeof parseHandbookData>[0];
    const broken = structuredClone(good.severity) as unknown as { levels: { rank: unknown }[] };
    broken.levels[2]!.rank = 'three';
    files.severity = { file: 'content/data/severity.yaml', value: broken };
    expect(() => parseHandbookData(files)).toThrow(DataError);
    expect(() => parseHandbookData(files)).toThrow(/content\/data\/severity\.yaml: levels\[2\]\.rank: /);
  });

  test('a severity without an escalation policy is reported', () => {
    const good = loadHandbookData();
    const files = Object.fromEntries(
      Object.entries(good).map(([name, value]) => [name, { file: `content/data/${name}.yaml`, value }]),
    ) as Parameters<typeof parseHandbookData>[0];
    files.escalation = { file: 'content/data/escalation.yaml', value: { policies: good.escalation.policies.slice(0, 3) } };
    expect(() => parseHandbookData(files)).toThrow(/escalation\.yaml: policies: no escalation policy for SEV4/);
  });

  test('every role an incident names must be in roles.yaml, where its names come from', () => {
    const good = loadHandbookData();
    const files = Object.fromEntries(
      Object.entries(good).map(([name, value]) => [name, { file: `content/data/${name}.yaml`, value }]),
    ) as Parameters<typeof parseHandbookData>[0];
    files.roles = { file: 'content/data/roles.yaml', value: { roles: good.roles.roles.filter((r) => r.id !== 'scribe') } };
    expect(() => parseHandbookData(files)).toThrow(/roles\.yaml: roles: role "scribe" is not defined/);
  });
});
