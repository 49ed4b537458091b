// The one share-link codec behind the post-mortem, kickoff and career links: what goes in comes back,
// and what a hostile link carries is refused with a reason, before or while it is unpacked.
import { deflateSync, strToU8 } from 'fflate';
import { describe, expect, test } from 'vitest';
import { decodeShare, encodeShare } from '../../src/core/share-codec.ts';

const LIMITS = { maxChars: 10_000, maxBytes: 100_000 };

describe('share codec', () => {
  test('a value comes back as it went in, in URL-safe characters', () => {
    const value = { title: 'ระบบชำระเงินล่ม', n: [1, 2, 3], nested: { ok: true } };
    const payload = encodeShare(value);
    expect(payload).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeShare(payload, LIMITS)).toEqual({ ok: true, value });
  });

  test('too long, too large once unpacked, or damaged: each refused with its reason', () => {
    expect(decodeShare('A'.repeat(LIMITS.maxChars + 1), LIMITS)).toEqual({ ok: false, problem: 'too-long' });
    const bomb = Buffer.from(deflateSync(strToU8(JSON.stringify('a'.repeat(5_000_000))), { level: 9 })).toString('base64url');
    expect(bomb.length).toBeLessThan(LIMITS.maxChars);
    expect(decodeShare(bomb, LIMITS)).toEqual({ ok: false, problem: 'too-large' });
    expect(decodeShare('not-deflate', LIMITS)).toEqual({ ok: false, problem: 'damaged' });
    expect(decodeShare('%%%', LIMITS)).toEqual({ ok: false, problem: 'damaged' });
    const notJson = Buffer.from(deflateSync(strToU8('{nope'))).toString('base64url');
    expect(decodeShare(notJson, LIMITS)).toEqual({ ok: false, problem: 'damaged' });
  });
});
