// Reads content/data/competencies.yaml and joins it with career.yaml's levels into the career
// framework (checked by src/core/career/framework.ts). Node-only, like load.ts.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'yaml';
import { buildCareerFramework } from '../core/career/framework-schema.ts';
import type { CareerFramework } from '../core/career/types.ts';
import { DataError } from '../core/data.ts';
import type { HandbookData } from '../core/schema.ts';
import { DEFAULT_DATA_DIR } from './load.ts';

export function loadCareerFramework(data: Pick<HandbookData, 'career'>, dir: string = DEFAULT_DATA_DIR): CareerFramework {
  const path = join(dir, 'competencies.yaml');
  const file = relative(process.cwd(), path) || path;
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new DataError([{ file, path: '', message: 'file is missing or unreadable' }]);
  }
  let value: unknown;
  try {
    value = parse(text);
  } catch (error) {
    throw new DataError([{ file, path: '', message: `not valid YAML: ${(error as Error).message}` }]);
  }
  return buildCareerFramework(value, data.career.levels, file, relative(process.cwd(), join(dir, 'career.yaml')));
}
