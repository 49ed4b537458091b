// The build log stays readable: the one warning Astro's content wrapper causes per page is dropped,
// every other bundler message still reaches the log.
import { describe, expect, it } from 'vitest';
import { isHeadInjectDirectiveWarning, quietBuildLog } from '../../src/lib/build-log.ts';

const headInject = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message:
    'The semantics of the module level directive "use astro:head-inject" in "content/docs/en/career/senior.mdx?astroPropagatedAssets" may not be preserved when bundling.',
  id: 'content/docs/en/career/senior.mdx?astroPropagatedAssets',
};
const useClient = {
  code: 'MODULE_LEVEL_DIRECTIVE',
  message: 'The semantics of the module level directive "use client" in "node_modules/x/index.js" may not be preserved.',
};
const unresolved = { code: 'UNRESOLVED_IMPORT', message: 'Could not resolve "./missing.ts"' };

describe('build log', () => {
  it('drops only the head-inject directive warning', () => {
    expect(isHeadInjectDirectiveWarning(headInject)).toBe(true);
    expect(isHeadInjectDirectiveWarning(useClient)).toBe(false);
    expect(isHeadInjectDirectiveWarning(unresolved)).toBe(false);
  });

  it('passes every other message on to the default handler unchanged', () => {
    const seen: unknown[] = [];
    const handler = (level: never, log: never) => void seen.push([level, log]);
    quietBuildLog('warn', headInject, handler);
    quietBuildLog('warn', useClient, handler);
    quietBuildLog('warn', unresolved, handler);
    quietBuildLog('info', headInject, handler);
    expect(seen).toEqual([
      ['warn', useClient],
      ['warn', unresolved],
      ['info', headInject],
    ]);
  });
});
