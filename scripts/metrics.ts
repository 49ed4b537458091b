// `npm run metrics -- incidents.json|incidents.csv [--days 30] [--now ISO-8601] [--format text|json]
//   [--source auto|pagerduty|...] [--lang en|th] [--zone Area/City] [--date-order dmy|mdy]
//   [--columns id="ID",created="Created At",...] [--mapping severity-mapping.json]
//   [--severity SEV1,SEV2] [--service NAME]... [--team NAME]... [--status resolved,...]
//   [--working-hours 09:00-18:00] [--working-days mon-fri]`
// Prints the seed's "Incident Metrics (N days)" report (then medians, p90 and left-out counts), or the
// JSON shape documented in README "Metrics CLI". Problems with the input file or the arguments are
// one line on stderr and exit code 2; rejected rows are listed (stderr for text, `errors` for JSON:
// each with its reason's stable code and the English text, the page's download byte for byte).
// Every message is in the --lang language (scripts/lib/cli.ts, src/i18n/cli.ts).
import { parseArgs } from 'node:util';
import { argvLang, cliTranslate, parseArgsProblem } from './lib/cli.ts';
import { readUserFile } from './lib/read-file.ts';
import {
  computeMetrics,
  DEFAULT_WORKING_HOURS,
  metricsReport,
  parseWorkingDays,
  parseWorkingTimes,
  toMetricsJson,
  workingHoursProblem,
  type MetricsFilters,
  type WorkingHours,
} from '../src/core/metrics/index.ts';
import { SEVERITY_IDS, STATUSES } from '../src/core/constants.ts';
import {
  COLUMN_FIELDS,
  DATE_ORDERS,
  formatColumnMapping,
  importIncidents,
  importText,
  parseColumnMapping,
  parseSeverityMappingJson,
  SOURCE_IDS,
  type DateOrder,
  type ImportOptions,
  type ImportResult,
  type SourceId,
} from '../src/core/import/index.ts';
import { LANGS, type Lang } from '../src/core/schema.ts';
import { inWindowRange, isTimeZone, isWindowDays, MAX_WINDOW_DAYS, toEpochMs } from '../src/core/time/index.ts';
import { safeText, shown } from '../src/core/text/shown.ts';

const USAGE = `npm run metrics -- FILE [--days 30] [--now ISO-8601] [--format text|json] [--source auto|${SOURCE_IDS.join('|')}] [--lang en|th]
  [--zone Area/City] [--date-order ${DATE_ORDERS.join('|')}] [--columns ${COLUMN_FIELDS.slice(0, 5).join('=COLUMN,')}=COLUMN,...] [--mapping FILE.json]
  [--severity ${SEVERITY_IDS.join(',')}] [--service NAME]... [--team NAME]... [--status ${STATUSES.join(',')}]
  [--working-hours 09:00-18:00] [--working-days mon-fri]`;

/** Known before the arguments are parsed, so that even a usage error is in the reader's language. */
const lang: Lang = argvLang();
const t = cliTranslate(lang);

function fail(message: string): never {
  // Messages echo the input: control characters are escaped and long echoes cut (safeText), line by line.
  process.stderr.write(
    `metrics: ${message
      .split('\n')
      .map((line) => safeText(line, 2000))
      .join('\n')}\n`,
  );
  process.exit(2);
}

/** `--days`, bounded (core/time/bounds.ts) so a huge window fails here instead of exhausting memory. */
function windowDays(raw: string): number {
  const days = Number(raw);
  if (!isWindowDays(days)) fail(t('cli.metrics.days', { max: MAX_WINDOW_DAYS, got: shown(raw) }));
  return days;
}

/** `--now`, or the clock (the CLI may read it; the core may not, so the window's end is passed in). */
function windowNow(raw: string | undefined): string {
  const now = raw ?? new Date().toISOString();
  if (!inWindowRange(toEpochMs(now))) {
    fail(t('cli.metrics.now', { got: shown(now) }));
  }
  return now;
}

function main(): void {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        days: { type: 'string', default: '30' },
        now: { type: 'string' },
        format: { type: 'string', default: 'text' },
        source: { type: 'string', default: 'auto' },
        lang: { type: 'string', default: 'en' },
        zone: { type: 'string' },
        'date-order': { type: 'string' },
        columns: { type: 'string' },
        mapping: { type: 'string' },
        severity: { type: 'string', multiple: true },
        service: { type: 'string', multiple: true },
        team: { type: 'string', multiple: true },
        status: { type: 'string', multiple: true },
        'working-hours': { type: 'string' },
        'working-days': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    const problem = parseArgsProblem(error, lang);
    if (problem === null) throw error;
    fail(`${problem}\n${t('cli.usage', { usage: USAGE })}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${t('cli.usage', { usage: USAGE })}\n`);
    return;
  }
  const file = positionals[0];
  if (!file) fail(`${t('cli.noFile')}\n${t('cli.usage', { usage: USAGE })}`);
  if (positionals.length > 1) fail(`${t('cli.fileCount', { count: positionals.length })}\n${t('cli.usage', { usage: USAGE })}`);
  const days = windowDays(values.days);
  oneOf('--format', values.format, ['text', 'json']);
  oneOf('--source', values.source, ['auto', ...SOURCE_IDS]);
  oneOf('--lang', values.lang, LANGS);
  const now = windowNow(values.now);
  const filters = readFilters(values);
  const workingHours = readWorkingHours(values['working-hours'], values['working-days']);

  const text = readText(file);
  const imported = importIncidents(text, { source: values.source as SourceId | 'auto', lang, ...readingOptions(values) });
  if (imported.error) fail(`${t('cli.fileProblem', { file, problem: imported.error })}${fixFor(imported)}`);
  reportReading(imported);
  // Trends, busiest hours and working hours follow the zone the times were read in (UTC without --zone).
  const result = computeMetrics(imported.incidents, { days, now, timeZone: values.zone ?? 'UTC', filters, workingHours });
  const errors = imported.rejected;

  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(toMetricsJson(result, errors), null, 2)}\n`);
    return;
  }
  process.stdout.write(metricsReport(result, lang, { details: true }));
  if (errors.length) {
    const source = imported.source ?? t('cli.metrics.columnMapping');
    process.stderr.write(`\n${t('cli.metrics.leftOut', { count: errors.length, rows: imported.rowsRead, source })}\n`);
    for (const e of errors.slice(0, 50)) {
      // Most reasons already start with the field's name; do not print it twice.
      const vars = { row: e.row, field: e.field, reason: e.reason };
      process.stderr.write(
        `  ${t(e.reason.startsWith(e.field) ? 'cli.metrics.rowProblem' : 'cli.metrics.rowFieldProblem', vars)}\n`,
      );
    }
    if (errors.length > 50) process.stderr.write(`  ${t('cli.metrics.more', { count: errors.length - 50 })}\n`);
    if (!imported.zone && imported.rejected.some((e) => e.code === 'import.time.noZone'))
      process.stderr.write(`  ${t('cli.metrics.zoneHint')}\n`);
  }
}

/** Fails unless `value` is one of `values`, naming the option and what it got. */
function oneOf(option: string, value: string, values: readonly string[]): void {
  if (!values.includes(value)) fail(t('cli.oneOf', { option, values: values.join(', '), got: JSON.stringify(value) }));
}

/** A closed list (severities, statuses): repeated flags and commas both add values; an unknown value fails. */
function listOf<T extends string>(flag: string, raw: readonly string[] | undefined, allowedValues: readonly T[]): T[] {
  const values = (raw ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const v of values) {
    if (!(allowedValues as readonly string[]).includes(v))
      fail(t('cli.oneOf', { option: `--${flag}`, values: allowedValues.join(', '), got: shown(v) }));
  }
  return values as T[];
}

/** --severity, --service, --team and --status. Service and team names may hold commas: one name per flag. */
function readFilters(values: { severity?: string[]; service?: string[]; team?: string[]; status?: string[] }): MetricsFilters {
  return {
    severity: listOf('severity', values.severity, SEVERITY_IDS),
    service: (values.service ?? []).map((v) => v.trim()),
    team: (values.team ?? []).map((v) => v.trim()),
    status: listOf('status', values.status, STATUSES),
  };
}

/** --working-hours 09:00-18:00 and --working-days mon-fri (defaults: Mon–Fri 09:00–18:00). */
function readWorkingHours(times: string | undefined, days: string | undefined): WorkingHours {
  const hours = { ...DEFAULT_WORKING_HOURS };
  if (times !== undefined) {
    const parsed = parseWorkingTimes(times);
    if (!parsed) fail(t('cli.workingHours', { got: shown(times) }));
    Object.assign(hours, parsed);
  }
  if (days !== undefined) {
    const parsed = parseWorkingDays(days);
    if (!parsed) fail(t('cli.workingDays', { got: shown(days) }));
    hours.days = parsed;
  }
  if (workingHoursProblem(hours)) {
    fail(t('cli.workingHoursOrder', { got: shown(`${hours.start}-${hours.end}`) }));
  }
  return hours;
}

function readText(file: string, what = ''): string {
  const read = readUserFile(file, `${what}${file}`, lang);
  return read.ok ? read.text : fail(read.message);
}

/** --zone, --date-order, --columns and --mapping as import options; a bad one fails with how to fix it. */
function readingOptions(values: {
  zone?: string | undefined;
  'date-order'?: string | undefined;
  columns?: string | undefined;
  mapping?: string | undefined;
}): ImportOptions {
  const options: ImportOptions = {};
  if (values.zone !== undefined) {
    if (!isTimeZone(values.zone)) fail(t('cli.zone', { got: JSON.stringify(values.zone) }));
    options.zone = values.zone;
  }
  const order = values['date-order'];
  if (order !== undefined) {
    if (!(DATE_ORDERS as readonly string[]).includes(order)) fail(t('cli.metrics.dateOrder', { got: JSON.stringify(order) }));
    options.dateOrder = order as DateOrder;
  }
  if (values.columns !== undefined) {
    const parsed = parseColumnMapping(values.columns);
    if (!parsed.ok) fail(t('cli.metrics.columns', { problem: importText(parsed.problem, lang) }));
    options.columns = parsed.columns;
  }
  if (values.mapping !== undefined) {
    const parsed = parseSeverityMappingJson(readText(values.mapping, '--mapping '));
    if (!parsed.ok) fail(t('cli.metrics.mapping', { file: values.mapping, problem: importText(parsed.problem, lang) }));
    options.mapping = parsed.mapping;
  }
  return options;
}

/** What to add to the command line for a file-level problem the user can settle. */
function fixFor(imported: ImportResult): string {
  if (imported.needsDateOrder) return `\n  ${t('cli.metrics.fixDateOrder')}`;
  if (imported.needsColumns) {
    const fix = t('cli.metrics.fixColumns', { fields: COLUMN_FIELDS.join(', ') });
    return `\n  ${fix}\n  ${t('cli.metrics.columnsAre', { columns: imported.needsColumns.join(', ') })}`;
  }
  return '';
}

/** How the file was read, on stderr so stdout stays the report: the column mapping and the naive times. */
function reportReading(imported: ImportResult): void {
  if (imported.columns)
    process.stderr.write(`${t('cli.metrics.columnsUsed', { columns: formatColumnMapping(imported.columns) })}\n`);
  if (imported.naiveTimes > 0)
    process.stderr.write(`${t('cli.metrics.naiveTimes', { count: imported.naiveTimes, zone: imported.zone ?? '' })}\n`);
}

main();
