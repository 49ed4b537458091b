// `npm run postmortem -- incident.json [--template basic|sre|pagerduty] [--lang en|th] [--review]`
// Prints the incident's post-mortem as Markdown (with --review, the review's findings as a checklist at the end).
// `npm run postmortem -- review incident.json [--lang th] [--format text|json] [--fail-on problem|suggestion]`
// Reviews it (src/core/review/): exit 0 when it passes, 1 when it does not, so CI can gate merges.
// Bad input is one line on stderr and exit code 2, its problems described in the --lang language.
// Severity and role names and the review's word lists come from content/data.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
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
  `usage: npm run postmortem -- incident.json [--template ${TEMPLATE_IDS.join('|')}] [--lang ${LANGS.join('|')}] [--zone Area/City] [--review]`,
  `       npm run postmortem -- review incident.json [--lang ${LANGS.join('|')}] [--zone Area/City] [--format ${FORMATS.join('|')}] [--fail-on ${FAIL_ON.join('|')}]`,
].join('\n');

class UsageError extends Error {}

function fail(message: string): never {
  // Messages echo the input: control characters are escaped and long echoes cut (safeText).
  process.stderr.write(`postmortem: ${safeText(message, 2000)}\n`);
  process.exit(2);
}

function readIncidentFile(path: string, shown: string): unknown {
  const read = readUserFile(path, shown);
  if (!read.ok) throw new UsageError(read.message);
  const text = read.text;
  try {
    // A UTF-8 byte order mark (Windows editors write one) is not part of the JSON; the page ignores it too.
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    throw new UsageError(`${shown} is not valid JSON: ${(error as Error).message}`);
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
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const reviewing = args[0] === 'review';
  const positionals = reviewing ? args.slice(1) : args;
  const failOn = values['fail-on'] as FailOn;
  if (!FAIL_ON.includes(failOn))
    throw new UsageError(`--fail-on must be one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`);
  if (!(FORMATS as readonly string[]).includes(values.format))
    throw new UsageError(`--format must be one of ${FORMATS.join(', ')}, got ${JSON.stringify(values.format)}`);
  if (!isTemplateId(values.template))
    throw new UsageError(`--template must be one of ${TEMPLATE_IDS.join(', ')}, got ${JSON.stringify(values.template)}`);
  if (!isLang(values.lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, got ${JSON.stringify(values.lang)}`);
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length ? `expected one incident file, got ${positionals.length}` : `no incident file given; ${USAGE}`,
    );

  const shown = positionals[0]!;
  // npm runs scripts from the package root; INIT_CWD is where the user typed the command.
  const path = resolve(process.env['INIT_CWD'] ?? process.cwd(), shown);
  if (values.zone !== undefined && !isTimeZone(values.zone))
    throw new UsageError(`--zone must be an IANA time zone such as Asia/Bangkok or UTC, got ${JSON.stringify(values.zone)}`);
  // Times written without an offset are read in --zone, as `npm run metrics -- --zone` reads them.
  const raw = readIncidentFile(path, shown);
  const parsed = parseIncident(values.zone ? resolveNaiveTimes(raw, { zone: values.zone }) : raw, values.lang);
  if (!parsed.ok) {
    const naive = !values.zone && parsed.errors.some((e) => e.message.includes('has no UTC offset'));
    const hint = naive
      ? '; or pass --zone Area/City (e.g. --zone Asia/Bangkok) to read times without an offset in that zone'
      : '';
    throw new UsageError(`${shown}: ${parsed.errors.map((e) => `${e.field}: ${e.message}`).join('; ')}${hint}`);
  }
  const orderErrors = milestoneOrderErrors(parsed.incident, values.lang);
  if (orderErrors.length) throw new UsageError(`${shown}: ${orderErrors.map((e) => `${e.field}: ${e.message}`).join('; ')}`);

  const data = loadHandbookData(join(import.meta.dirname, '..', 'content', 'data'));
  const lang: Lang = values.lang;
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
  const code = (error as NodeJS.ErrnoException).code;
  if (error instanceof UsageError || (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')))
    fail(`${(error as Error).message.split('\n')[0]}`);
  throw error;
}
