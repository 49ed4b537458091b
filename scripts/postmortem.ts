// `npm run postmortem -- incident.json [--template basic|sre|pagerduty] [--lang en|th] [--review]`
// Prints the incident's post-mortem as Markdown (with --review, the review's findings as a checklist at the end).
// `npm run postmortem -- review incident.json [--lang th] [--format text|json] [--fail-on problem|suggestion]`
// Reviews it (src/core/review/): exit 0 when it passes, 1 when it does not, so CI can gate merges.
// Bad input is one line on stderr and exit code 2, described in the --lang language (usage errors too).
// Severity and role names and the review's word lists come from content/data.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { argvLang, cliTranslate, parseArgsProblem } from './lib/cli.ts';
import { readUserFile } from './lib/read-file.ts';
import { milestoneOrderErrors, parseIncident } from '../src/core/incident.ts';
import { TEMPLATE_IDS, isLang, isTemplateId, renderPostmortem } from '../src/core/postmortem/index.ts';
import { reviewPasses, reviewPostmortem, reviewText, type FailOn } from '../src/core/review/index.ts';
import { LANGS, type Lang } from '../src/core/schema.ts';
import { isTimeZone } from '../src/core/time/index.ts';
import { resolveNaiveTimes } from '../src/core/time/naive.ts';
import { safeText } from '../src/core/text/shown.ts';
import { loadHandbookData } from '../src/data/load.ts';

const FORMATS = ['text', 'json'] as const;
const FAIL_ON: readonly FailOn[] = ['problem', 'suggestion'];
const USAGE = [
  `npm run postmortem -- incident.json [--template ${TEMPLATE_IDS.join('|')}] [--lang ${LANGS.join('|')}] [--zone Area/City] [--review]`,
  `       npm run postmortem -- review incident.json [--lang ${LANGS.join('|')}] [--zone Area/City] [--format ${FORMATS.join('|')}] [--fail-on ${FAIL_ON.join('|')}]`,
].join('\n');

class UsageError extends Error {}

/** Known before the arguments are parsed, so that even a usage error is in the reader's language. */
const lang: Lang = argvLang();
const t = cliTranslate(lang);

/** The usage error for an option whose value is not one of `values`. */
function notOneOf(option: string, value: string, values: readonly string[]): UsageError {
  return new UsageError(t('cli.oneOf', { option, values: values.join(', '), got: JSON.stringify(value) }));
}

function fail(message: string): never {
  // Messages echo the input: control characters are escaped and long echoes cut (safeText).
  process.stderr.write(`postmortem: ${safeText(message, 2000)}\n`);
  process.exit(2);
}

function readIncidentFile(path: string, shown: string): unknown {
  const read = readUserFile(path, shown, lang);
  if (!read.ok) throw new UsageError(read.message);
  const text = read.text;
  try {
    // A UTF-8 byte order mark (Windows editors write one) is not part of the JSON; the page ignores it too.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(t('cli.notJson', { file: shown, problem: (error as Error).message }));
  }
}

function main(): number {
  const { values, positionals: args } = parseArgs({
    allowPositionals: true,
    options: {
      template: { type: 'string', short: 't', default: 'basic' },
      lang: { type: 'string', short: 'l', default: 'en' },
      review: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      'fail-on': { type: 'string', default: 'problem' },
      zone: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${t('cli.usage', { usage: USAGE })}\n`);
    return 0;
  }
  const reviewing = args[0] === 'review';
  const positionals = reviewing ? args.slice(1) : args;
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON.includes(failOn)) throw notOneOf('--fail-on', failOn, FAIL_ON);
  if (!(FORMATS as readonly string[]).includes(values.format)) throw notOneOf('--format', values.format, FORMATS);
  if (!isTemplateId(values.template)) throw notOneOf('--template', values.template, TEMPLATE_IDS);
  if (!isLang(values.lang)) throw notOneOf('--lang', values.lang, LANGS);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length
        ? t('cli.fileCount', { count: positionals.length })
        : `${t('cli.noFile')}; ${t('cli.usage', { usage: USAGE })}`,
    );

  const shown = positionals[0]!;
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), shown);
  if (values.zone !== undefined && !isTimeZone(values.zone))
    throw new UsageError(t('cli.zone', { got: JSON.stringify(values.zone) }));
  // Times written without an offset are read in --zone, as `npm run metrics -- --zone` reads them.
  const raw = readIncidentFile(path, shown);
  const parsed = parseIncident(values.zone ? resolveNaiveTimes(raw, { zone: values.zone }) : raw, values.lang);
  if (!parsed.ok) {
    // Whether --zone would help: the file has times that a zone would read.
    const naive = { read: 0 };
    if (!values.zone) resolveNaiveTimes(raw, { zone: 'UTC', tally: naive });
    const hint = naive.read > 0 ? `; ${t('cli.postmortem.zoneHint')}` : '';
    const problems = parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new UsageError(`${t('cli.fileProblem', { file: shown, problem: problems })}${hint}`);
  }
  const orderErrors = milestoneOrderErrors(parsed.incident, values.lang);
  if (orderErrors.length) {
    const problems = orderErrors.map((e) => `${e.field}: ${e.message}`).join('; ');
    throw new UsageError(t('cli.fileProblem', { file: shown, problem: problems }));
  }

  const data = loadHandbookData(join(import.meta.dirname, '..', 'content', 'data'));
  const review = () =>
    reviewPostmortem(parsed.incident, { lang, data: { severities: data.severity.levels, review: data.review } });
  if (reviewing) {
    const findings = review();
    const passed = reviewPasses(findings, failOn);
    process.stdout.write(
      values.format === 'json'
        ? `${JSON.stringify({ incident: parsed.incident.id, passed, failOn, findings }, null, 2)}\n`
        : reviewText(parsed.incident, findings, values.lang, failOn),
    );
    return passed ? 0 : 1;
  }
  process.stdout.write(
    renderPostmortem(parsed.incident, {
      template: values.template,
      lang: values.lang,
      severities: data.severity.levels,
      roles: data.roles.roles,
      review: values.review ? review() : undefined,
    }),
  );
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  // parseArgs reports unknown options and missing values as TypeErrors with an ERR_PARSE_ARGS code.
  if (error instanceof UsageError) fail(error.message.split('\n')[0]!);
  const problem = parseArgsProblem(error, lang);
  if (problem === null) throw error;
  fail(problem);
}
