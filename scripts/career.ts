// `npm run career -- assessment.json [--target junior|mid|senior|staff] [--lang en|th]`
// Prints the growth plan of an exported self-assessment as Markdown: exactly growthPlanMarkdown's
// bytes, the same file the browser downloads. Bad input is one line on stderr and exit code 2.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { readUserFile } from './lib/read-file.ts';
import { growthPlanMarkdown, parseAssessmentFile } from '../src/core/career/index.ts';
import { LANGS, isLang } from '../src/core/i18n/locales.ts';
import { loadCareerFramework } from '../src/data/career.ts';
import { loadHandbookData } from '../src/data/load.ts';

const DATA_DIR = join(import.meta.dirname, '..', 'content', 'data');

class UsageError extends Error {}

function fail(message: string): never {
  process.stderr.write(`career: ${message}\n`);
  process.exit(2);
}

function main(): void {
  const framework = loadCareerFramework(loadHandbookData(DATA_DIR), DATA_DIR);
  const levels = framework.levels.map((l) => l.id);
  const usage = `usage: npm run career -- assessment.json [--target ${levels.join('|')}] [--lang ${LANGS.join('|')}]`;
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      target: { type: 'string', short: 't' },
      lang: { type: 'string', short: 'l', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${usage}\n`);
    return;
  }
  if (!isLang(values.lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, got ${JSON.stringify(values.lang)}`);
  if (values.target !== undefined && !levels.includes(values.target))
    throw new UsageError(`--target must be one of ${levels.join(', ')}, got ${JSON.stringify(values.target)}`);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length ? `expected one assessment file, got ${positionals.length}` : `no assessment file given; ${usage}`,
    );

  const shown = positionals[0]!;
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), shown);
  const read = readUserFile(path, shown);
  if (!read.ok) throw new UsageError(read.message);
  const text = read.text;
  const parsed = parseAssessmentFile(text, values.lang);
  if (!parsed.ok) throw new UsageError(`${shown}: ${parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  const target = values.target ?? parsed.assessment.target;
  if (target === null) throw new UsageError(`${shown} has no target level; give one with --target ${levels.join('|')}`);
  if (!levels.includes(target))
    throw new UsageError(
      `${shown}: target "${target}" is not a level of this handbook (${levels.join(', ')}); give one with --target`,
    );
  process.stdout.write(growthPlanMarkdown(framework, parsed.assessment, target, values.lang));
}

try {
  main();
} catch (error) {
  // parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS code.
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')))
    fail(`${(error as Error).message.split('\n')[0]}`);
  throw error;
}
