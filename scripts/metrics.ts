// `npm run metrics -- incidents.json|incidents.csv [--days 30] [--now ISO-8601] [--format text|json]
//   [--source auto|pagerduty|...] [--lang en|th] [--zone Area/City] [--date-order dmy|mdy]
//   [--columns id="ID",created="Created At",...] [--mapping severity-mapping.json]
//   [--severity SEV1,SEV2] [--service NAME]... [--team NAME]... [--status resolved,...]
//   [--working-hours 09:00-18:00] [--working-days mon-fri]`
// Prints the seed's "Incident Metrics (N days)" report (then medians, p90 and left-out counts), or the
// JSON shape documented in README "Metrics CLI". Problems with the input file or the arguments are
// one line on stderr and exit code 2; rejected rows are listed (stderr for text, `errors` for JSON).
import { parseArgs } from 'node:util';
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

const USAGE = `usage: npm run metrics -- FILE [--days 30] [--now ISO-8601] [--format text|json] [--source auto|${SOURCE_IDS.join('|')}] [--lang en|th]
  [--zone Area/City] [--date-order ${DATE_ORDERS.join('|')}] [--columns ${COLUMN_FIELDS.slice(0, 5).join('=COLUMN,')}=COLUMN,...] [--mapping FILE.json]
  [--severity ${SEVERITY_IDS.join(',')}] [--service NAME]... [--team NAME]... [--status ${STATUSES.join(',')}]
  [--working-hours 09:00-18:00] [--working-days mon-fri]`;

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
  if (!isWindowDays(days)) fail(`--days must be a number above 0 and at most ${MAX_WINDOW_DAYS}, got ${shown(raw)}`);
  return days;
}

/** `--now`, or the clock (the CLI may read it; the core may not, so the window's end is passed in). */
function windowNow(raw: string | undefined): string {
  const now = raw ?? new Date().toISOString();
  if (!inWindowRange(toEpochMs(now))) {
    fail(
      `--now must be an ISO 8601 date-time with a UTC offset (e.g. 2026-11-27T12:00:00Z) between the years 1900 and 9998, got ${shown(now)}`,
    );
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
    fail(`${(error as Error).message}\n${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const file = positionals[0];
  if (!file || positionals.length > 1) fail(`expected exactly one input file\n${USAGE}`);
  const days = windowDays(values.days);
  if (values.format !== 'text' && values.format !== 'json') fail(`--format must be text or json, got "${values.format}"`);
  if (values.source !== 'auto' && !(SOURCE_IDS as readonly string[]).includes(values.source)) {
    fail(`--source must be auto or one of ${SOURCE_IDS.join(', ')}, got "${values.source}"`);
  }
  if (!(LANGS as readonly string[]).includes(values.lang)) fail(`--lang must be en or th, got "${values.lang}"`);
  const now = windowNow(values.now);
  const filters = readFilters(values);
  const workingHours = readWorkingHours(values['working-hours'], values['working-days']);

  const text = readText(file);
  const imported = importIncidents(text, { source: values.source as SourceId | 'auto', ...readingOptions(values) });
  if (imported.error) fail(`${file}: ${imported.error}${fixFor(imported)}`);
  reportReading(imported);
  // Trends, busiest hours and working hours follow the zone the times were read in (UTC without --zone).
  const result = computeMetrics(imported.incidents, { days, now, timeZone: values.zone ?? 'UTC', filters, workingHours });
  const errors = imported.rejected.map(({ row, field, message }) => ({ row, field, message }));

  if (values.format === 'json') {
    process.stdout.write(`${JSON.stringify(toMetricsJson(result, errors), null, 2)}\n`);
    return;
  }
  process.stdout.write(metricsReport(result, values.lang as Lang, { details: true }));
  if (errors.length) {
    process.stderr.write(`\n${errors.length} of ${imported.rowsRead} rows left out (${imported.source ?? 'column mapping'}):\n`);
    for (const e of errors.slice(0, 50)) {
      // Most messages already start with the field's name; do not print it twice.
      process.stderr.write(
        e.message.startsWith(e.field) ? `  row ${e.row}: ${e.message}\n` : `  row ${e.row}, ${e.field}: ${e.message}\n`,
      );
    }
    if (errors.length > 50) process.stderr.write(`  ... and ${errors.length - 50} more (use --format json to see all)\n`);
    if (!imported.zone && imported.rejected.some((e) => e.message.includes('has no UTC offset'))) {
      process.stderr.write(
        `  times without a UTC offset: add --zone Area/City (e.g. --zone Asia/Bangkok) to read them in that zone\n`,
      );
    }
  }
}

/** A closed list (severities, statuses): repeated flags and commas both add values; an unknown value fails. */
function listOf<T extends string>(flag: string, raw: readonly string[] | undefined, allowedValues: readonly T[]): T[] {
  const values = (raw ?? []).flatMap((v) => v.split(',')).map((v) => v.trim());
  for (const v of values) {
    if (!(allowedValues as readonly string[]).includes(v))
      fail(`--${flag} must be one of ${allowedValues.join(', ')}, got ${shown(v)}`);
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
    if (!parsed) fail(`--working-hours must be HH:MM-HH:MM (e.g. 09:00-18:00), got ${shown(times)}`);
    Object.assign(hours, parsed);
  }
  if (days !== undefined) {
    const parsed = parseWorkingDays(days);
    if (!parsed) fail(`--working-days must be weekdays such as mon-fri or mon,wed,fri, got ${shown(days)}`);
    hours.days = parsed;
  }
  if (workingHoursProblem(hours)) {
    fail(
      `--working-hours ${shown(`${hours.start}-${hours.end}`)}: the start must be before the end, both between 00:00 and 24:00`,
    );
  }
  return hours;
}

function readText(file: string, what = ''): string {
  const read = readUserFile(file, `${what}${file}`);
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
    if (!isTimeZone(values.zone)) fail(`--zone must be an IANA time zone such as Asia/Bangkok or UTC, got "${values.zone}"`);
    options.zone = values.zone;
  }
  const order = values['date-order'];
  if (order !== undefined) {
    if (!(DATE_ORDERS as readonly string[]).includes(order))
      fail(`--date-order must be dmy (day first) or mdy (month first), got "${order}"`);
    options.dateOrder = order as DateOrder;
  }
  if (values.columns !== undefined) {
    const parsed = parseColumnMapping(values.columns);
    if (!parsed.ok) fail(`--columns: ${parsed.message}`);
    options.columns = parsed.columns;
  }
  if (values.mapping !== undefined) {
    const parsed = parseSeverityMappingJson(readText(values.mapping, '--mapping '));
    if (!parsed.ok) fail(`--mapping ${values.mapping}: ${parsed.message}`);
    options.mapping = parsed.mapping;
  }
  return options;
}

/** What to add to the command line for a file-level problem the user can settle. */
function fixFor(imported: ImportResult): string {
  if (imported.needsDateOrder) return '\n  add --date-order dmy (day first) or --date-order mdy (month first)';
  if (imported.needsColumns) {
    return `\n  add --columns id="…",created="…",resolved="…" naming the columns (fields: ${COLUMN_FIELDS.join(', ')});\n  the columns are: ${imported.needsColumns.join(', ')}`;
  }
  return '';
}

/** How the file was read, on stderr so stdout stays the report: the column mapping and the naive times. */
function reportReading(imported: ImportResult): void {
  if (imported.columns) process.stderr.write(`columns used: --columns '${formatColumnMapping(imported.columns)}'\n`);
  if (imported.naiveTimes > 0) {
    const times = imported.naiveTimes === 1 ? '1 time' : `${imported.naiveTimes} times`;
    process.stderr.write(
      `${times} had no UTC offset and ${imported.naiveTimes === 1 ? 'was' : 'were'} read in ${imported.zone}\n`,
    );
  }
}

main();
