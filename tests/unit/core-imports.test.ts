// src/core has no import cycles, between files or between its folders (issue 12): each concept has
// one home, and a module never needs the one that needs it.
import { describe, expect, test } from 'vitest';
import { fileURLToPath } from 'node:url';
import { findCycles, folderGraph, importGraph } from '../support/import-graph.ts';

const core = importGraph(fileURLToPath(new URL('../../src/core', import.meta.url)));

describe('src/core imports', () => {
  test('the walker sees the core (time, metrics, import)', () => {
    expect(core.get('metrics/compute.ts')).toEqual(expect.arrayContaining(['incident-columns.ts', 'time/index.ts']));
    expect(core.get('import/index.ts')).toContain('import/csv.ts');
  });

  test('no file imports itself through other files', () => {
    expect(findCycles(core)).toEqual([]);
  });

  test('no folder imports itself through other folders', () => {
    expect(findCycles(folderGraph(core))).toEqual([]);
  });

  test('a cycle, when there is one, is named', () => {
    const graph = new Map([
      ['metrics.ts', ['incident-columns.ts', 'time/index.ts']],
      ['incident-columns.ts', ['metrics.ts']],
      ['time/index.ts', []],
    ]);
    expect(findCycles(graph)).toEqual([['metrics.ts', 'incident-columns.ts', 'metrics.ts']]);
    expect(findCycles(folderGraph(new Map([['csv.ts', ['import/index.ts']], ['import/index.ts', ['csv.ts']]])))).toEqual([['.', 'import', '.']]);
  });
});
