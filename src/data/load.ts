// Reads content/data/*.yaml for the build and the CLIs. Node-only: pages and scripts import this;
// the core and the islands receive the parsed data as arguments.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { parseHandbookData, DataError, type DataProblem } from '../core/data.ts';
import { DATA_SCHEMAS, type DataName, type HandbookData } from '../core/schema.ts';

export const DEFAULT_DATA_DIR = join(process.cwd(), 'content', 'data');

export function loadHandbookData(dir: string = DEFAULT_DATA_DIR): HandbookData {
  const files = {} as Record<DataName, { file: string; value: unknown }>;
  // Every unreadable file is reported, then the readable ones are still checked: all mistakes at once.
  const unreadable: DataProblem[] = [];
  for (const name of Object.keys(DATA_SCHEMAS) as DataName[]) {
    const path = join(dir, `${name}.yaml`);
    const file = relative(process.cwd(), path) || path;
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch {
      unreadable.push({ file, path: '', message: 'file is missing or unreadable' });
      continue;
    }
    try {
      files[name] = { file, value: parse(text) };
    } catch (error) {
      unreadable.push({ file, path: '', message: `not valid YAML: ${(error as Error).message}` });
    }
  }
  if (unreadable.length === 0) return parseHandbookData(files);
  try {
    parseHandbookData(files);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // The unreadable files are already reported above, with their real paths.
    throw new DataError([...unreadable, ...error.problems.filter((p) => p.message !== 'file is missing')]);
  }
  throw new DataError(unreadable);
}
