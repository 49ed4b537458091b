// `npm run career -- assessment.json [--target junior|mid|senior|staff] [--lang en|th]`
// Prints the growth plan of an exported self-assessment as Markdown: exactly growthPlanMarkdown's
// bytes, the same file the browser downloads. Bad input is one line on stderr and exit code 2.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { argvLang, cliTranslate, parseArgsProblem } from './lib/cli.ts';
import { readUserFile } from './lib/read-file.ts';
import { growthPlanMarkdown, parseAssessmentFile } from '../src/core/career/index.ts';
import { LANGS, isLang } from '../src/core/i18n/locales.ts';
import { loadCareerFramework } from '../src/data/career.ts';
import { loadHandbookData } from '../src/data/load.ts';

const DATA_DIR = join(import.meta.dirname, '..', 'content', 'data');

class UsageError extends Error {}

/** Known before the arguments are parsed, so that even a usage error is in the reader's language. */
const lang = argvLang();
const t = cliTranslate(lang);

/** The usage error for an option whose value is not one of `values`. */
function notOneOf(option: string, value: string, values: readonly string[]): UsageError {
  return new UsageError(t('cli.oneOf', { option, values: values.join(', '), got: JSON.stringify(value) }));
}

function fail(message: string): never {
  process.stderr.write(`career: ${message}\n`);
  process.exit(2);
}

function main(): void {
  const framework = loadCareerFramework(loadHandbookData(DATA_DIR), DATA_DIR);
  const levels = framework.levels.map((l) => l.id);
  const usage = `npm run career -- assessment.json [--target ${levels.join('|')}] [--lang ${LANGS.join('|')}]`;
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      target: { type: 'string', short: 't' },
      lang: { type: 'string', short: 'l', default: 'en' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${t('cli.usage', { usage })}\n`);
    return;
  }
  if (!isLang(values.lang)) throw notOneOf('--lang', values.lang, LANGS);
  if (values.target !== undefined && !levels.includes(values.target)) throw notOneOf('--target', values.target, levels);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length ? t('cli.fileCount', { count: positionals.length }) : `${t('cli.noFile')}; ${t('cli.usage', { usage })}`,
    );

  const shown = positionals[0]!;
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), shown);
  const read = readUserFile(path, shown, lang);
  if (!read.ok) throw new UsageError(read.message);
  const text = read.text;
  const parsed = parseAssessmentFile(text, values.lang);
  if (!parsed.ok) {
    const problems = parsed.problems.map((p) => `${p.path}: ${p.message}`).join('; ');
    throw new UsageError(t('cli.fileProblem', { file: shown, problem: problems }));
  }
  const target = values.target ?? parsed.assessment.target;
  if (target === null) throw new UsageError(t('cli.career.noTarget', { file: shown, levels: levels.join('|') }));
  if (!levels.includes(target))
    throw new UsageError(t('cli.career.unknownTarget', { file: shown, target, levels: levels.join(', ') }));
  process.stdout.write(growthPlanMarkdown(framework, parsed.assessment, target, values.lang));
}

try {
  main();
} catch (error) {
  // parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS code.
  if (error instanceof UsageError) fail(error.message.split('\n')[0]!);
  const problem = parseArgsProblem(error, lang);
  if (problem === null) throw error;
  fail(problem);
}
