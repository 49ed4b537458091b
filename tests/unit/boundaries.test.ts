// The import-boundary check (dependency-cruiser with the project's own rules) must pass on the real
// tree and must catch each kind of violation in a fixture tree that contains one of each.
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs');

async function violations(baseDir: string, paths: string[]): Promise<string[]> {
  const result = await cruise(
    paths,
    { ...config.options, validate: true, ruleSet: { forbidden: config.forbidden }, baseDir, tsConfig: undefined },
    {
      // The fixture has no node_modules of its own: resolve packages from the project's.
      modules: ['node_modules', resolve('node_modules')],
    },
  );
  const output = result.output as ICruiseResult;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} -> ${v.to}`).sort();
}

describe('import boundaries', () => {
  it('fail on each kind of violation in the fixture tree', async () => {
    const found = await violations('tests/fixtures/boundaries', ['src']);
    const rules = new Set(found.map((line) => line.split(':')[0]));
    expect([...rules].sort()).toEqual([
      'core-imports-only-core',
      'core-no-node-builtins',
      'core-no-runtime-specific-packages',
      'islands-apart',
      'no-circular',
      'no-folder-cycles',
    ]);
    expect(found.some((line) => line.startsWith('islands-apart') && line.includes('src/islands/b/helper.ts'))).toBe(true);
    // The allowed imports are not reported.
    expect(found.some((line) => line.includes('core/pure.ts') || line.includes('islands/shared/'))).toBe(false);
  }, 60_000);
});
