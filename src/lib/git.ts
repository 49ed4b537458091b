// "Last updated" dates from git history: one `git log` over the whole tree, read once per build and
// kept as a map from file to the date of the newest commit that touched it. One spawn per page used to
// cost ~57 ms each (forked from a build process of more than 1 GB) and a fifth of the build.
import { execFile, execFileSync } from 'node:child_process';
import { isAbsolute, relative } from 'node:path';

/** Record separator before each commit's date; file names end with NUL (`-z`), so any name is safe. */
const COMMIT = '\x1e';

/**
 * Parses `git log -z --format=%x1e%cI --name-only` output into file → newest commit date. Commits come
 * newest first, so a file's first appearance is its last change.
 */
export function parseLastCommitDates(log: string): Map<string, Date> {
  const dates = new Map<string, Date>();
  for (const record of log.split(COMMIT)) {
    // `<date>\0\n<name>\0<name>\0…`: the newline separates the header from the file list.
    const [date, ...names] = record.replace('\0\n', '\0').split('\0');
    if (!date) continue;
    const when = new Date(date);
    for (const name of names) {
      if (name && !dates.has(name)) dates.set(name, when);
    }
  }
  return dates;
}

const GIT_LOG = ['log', '-z', `--format=${COMMIT}%cI`, '--name-only', '--diff-merges=combined', '--relative', '--', '.'];
const MAX_BUFFER = 1024 * 1024 * 1024;

/**
 * Every file's last commit date under `cwd`, paths relative to it. `--diff-merges=combined` lists the
 * files a merge changed relative to all its parents, which is when `git log -1 -- <file>` names the
 * merge itself; other merges are skipped, as that command skips them.
 */
export function readLastCommitDates(cwd = process.cwd()): Map<string, Date> {
  try {
    const log = execFileSync('git', GIT_LOG, {
      cwd,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: MAX_BUFFER,
    });
    return parseLastCommitDates(log);
  } catch {
    // Not a git checkout (e.g. a downloaded archive): pages fall back to their lastReviewed date.
    return new Map();
  }
}

// On globalThis: the build reads the dates from its integration, and the pages use them from the
// page bundle's own copy of this module.
const EARLY = Symbol.for('incident-handbook.last-commit-dates');
type EarlyHolder = { [EARLY]?: Map<string, Date> };

/**
 * Reads the dates in the background, at the start of a build: the spawn is cheaper while the process
 * is small, and the pages then find the dates ready instead of waiting about 0.15 s for git.
 */
export function readLastCommitDatesEarly(cwd = process.cwd()): Promise<void> {
  return new Promise((resolve) => {
    execFile('git', GIT_LOG, { cwd, encoding: 'utf8', maxBuffer: MAX_BUFFER }, (error, log) => {
      (globalThis as EarlyHolder)[EARLY] = error ? new Map() : parseLastCommitDates(log);
      resolve();
    });
  });
}

let dates: Map<string, Date> | undefined;

/** The commit date of the last commit that touched `file`, or undefined (not committed / no git). */
export function lastCommitDate(file: string): Date | undefined {
  dates ??= (globalThis as EarlyHolder)[EARLY] ?? readLastCommitDates();
  const key = (isAbsolute(file) ? relative(process.cwd(), file) : file).replace(/\\/g, '/').replace(/^\.\//, '');
  return dates.get(key);
}
