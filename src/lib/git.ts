// "Last updated" dates from git history, read once per file at build time.
import { execFileSync } from 'node:child_process';

const cache = new Map<string, Date | undefined>();

/** The commit date of the last commit that touched `file`, or undefined (not committed / no git). */
export function lastCommitDate(file: string): Date | undefined {
  if (cache.has(file)) return cache.get(file);
  let date: Date | undefined;
  try {
    const out = execFileSync('git', ['log', '-1', '--format=%cI', '--', file], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    date = out ? new Date(out) : undefined;
  } catch {
    date = undefined;
  }
  cache.set(file, date);
  return date;
}
