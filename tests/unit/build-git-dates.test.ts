// "Last updated" dates come from one git log over the whole tree; they must be the dates the old
// per-file `git log -1 -- <file>` gave, or readers would see pages change dates for no reason.
import { execFileSync } from 'node:child_process';
import { describe, expect, it, vi } from 'vitest';
import { lastCommitDate, parseLastCommitDates, readLastCommitDates, readLastCommitDatesEarly } from '../../src/lib/git.ts';

const gitLines = (...args: string[]) => execFileSync('git', args, { encoding: 'utf8' }).split('\n').filter(Boolean);

describe('last-updated dates from one git log', () => {
  it('match `git log -1 -- <file>` for every committed docs page', () => {
    const files = gitLines('ls-files', 'content/docs');
    expect(files.length).toBeGreaterThan(50);
    const dates = readLastCommitDates();
    for (const file of files) {
      const [perFile] = gitLines('log', '-1', '--format=%cI', '--', file);
      expect(dates.get(file)?.toISOString(), file).toBe(perFile ? new Date(perFile).toISOString() : undefined);
      expect(lastCommitDate(file)?.toISOString(), file).toBe(dates.get(file)?.toISOString());
    }
  });

  it('read in the background as a build starts, they are the dates every copy of the module then uses', async () => {
    const early = Symbol.for('incident-handbook.last-commit-dates');
    const holder = globalThis as { [early]?: Map<string, Date> };
    try {
      await readLastCommitDatesEarly();
      const read = holder[early]!;
      expect([...read]).toEqual([...readLastCommitDates()]);
      // The page bundle's copy of the module takes these dates instead of running git itself.
      read.set('content/docs/en/marker.mdx', new Date('2001-02-03T00:00:00Z'));
      vi.resetModules();
      const pages = await import('../../src/lib/git.ts');
      expect(pages.lastCommitDate('content/docs/en/marker.mdx')?.toISOString()).toBe('2001-02-03T00:00:00.000Z');
    } finally {
      delete holder[early];
    }
  });

  it('gives no date for a file git does not know (the page falls back to lastReviewed)', () => {
    expect(lastCommitDate('content/docs/en/no-such-page.mdx')).toBeUndefined();
  });

  it('takes the newest commit of a file and keeps odd file names intact', () => {
    const log =
      '\x1e2026-11-27T10:00:00+07:00\0\ncontent/a.mdx\0content/with space\nand newline.md\0' +
      '\x1e2026-10-01T00:00:00Z\0\ncontent/a.mdx\0content/b.md\0';
    const dates = parseLastCommitDates(log);
    expect(dates.get('content/a.mdx')?.toISOString()).toBe('2026-11-27T03:00:00.000Z');
    expect(dates.get('content/b.md')?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(dates.get('content/with space\nand newline.md')).toBeDefined();
  });
});
