// CSV in and out, through papaparse. The handbook's own incident CSV has a header row of core field
// names (CORE_CSV_FIELDS); `readCsvRecords` is also what the importers use for other tools' CSV exports.
//
// Row numbers are 1-based data rows: the header is not counted and blank lines are skipped, so row 1
// is the first incident (a spreadsheet shows it as line 2).
import Papa from 'papaparse';
import type { MetricsIncident } from '../incident-columns.ts';
import { CORE_CSV_FIELDS } from './handbook.ts';
import type { ImportProblem } from './reason.ts';
import { CsvRow } from './record.ts';

export { CORE_CSV_FIELDS };

export interface CsvHandlers {
  /** Called once with the trimmed header names. */
  header?(names: string[]): void;
  /** A well-formed data row, read by header name. The same CsvRow is reused for every row: copy what you keep. */
  record(record: CsvRow, row: number): void;
  /** A row papaparse or the field count says is broken, and why. */
  badRow(row: number, problem: ImportProblem): void;
  /** How far through the text the reader is (0–1), now and then, for a progress bar. */
  progress?(fraction: number): void;
}

/** Rows between progress reports: often enough for a smooth bar, rare enough to cost nothing. */
const PROGRESS_EVERY = 5000;

// papaparse guesses the line ending from the first 1 MB and the delimiter from the first 10 rows, but
// its delimiter guess splits the WHOLE input once per candidate delimiter (six times): for a 250 MB
// export that was half of the parsing time. So the guess is made on the first 1 MB (the same window
// papaparse uses for line endings) and the full parse is told the answer.
const GUESS_WINDOW = 1024 * 1024;

/** The delimiter and line ending papaparse would guess for `text`. */
export function guessCsvDialect(text: string): { delimiter: string; newline: CsvNewline } {
  const { meta } = Papa.parse<string[]>(text.slice(0, GUESS_WINDOW), { header: false, skipEmptyLines: true, preview: 1 });
  // papaparse only ever guesses one of these three.
  return { delimiter: meta.delimiter, newline: meta.linebreak as CsvNewline };
}

type CsvNewline = '\r' | '\n' | '\r\n';

/** Physical lines (1-based) up to `index`: where in the file a spreadsheet or editor would show it. */
function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Physical lines in `text` from `from` to `to` (a last line without a line break counts too). */
function linesIn(text: string, from: number, to: number): number {
  const part = text.slice(from, to);
  return part === '' ? 0 : part.split('\n').length - (part.endsWith('\n') ? 1 : 0);
}

/**
 * Streams the data rows of a CSV text; returns the header and the number of data rows read.
 *
 * A quote that is never closed would swallow the rest of the file into one broken row (a 10-row file
 * read as 3). That row is reported with the line its quote opened on and how many lines it took in,
 * and reading goes on from the next line, so the row count stays true and later rows still count.
 */
export function readCsvRecords(text: string, handlers: CsvHandlers): { header: string[]; rowsRead: number } {
  let header: string[] | null = null;
  let row = 0;
  let record: CsvRow | null = null;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const dialect = guessCsvDialect(input);
  let offset = 0; // where the current pass starts in `input`
  while (offset < input.length) {
    const passStart = offset;
    let rowStart = 0; // where the current row starts, relative to the pass
    let resumeAt = -1;
    Papa.parse<string[]>(passStart === 0 ? input : input.slice(passStart), {
      header: false,
      ...dialect,
      // Blank and whitespace-only rows are skipped below: papaparse's skipEmptyLines filters each row
      // through a new closure, and 'greedy' costs a regex per row.
      step(results, parser) {
        const cells = results.data;
        const thisRowStart = rowStart;
        rowStart = results.meta.cursor;
        if (cells.length === 1 && cells[0]!.trim() === '') return;
        if (header === null) {
          header = cells.map((c) => c.trim());
          record = new CsvRow(header);
          handlers.header?.(header);
          return;
        }
        row++;
        if (handlers.progress && row % PROGRESS_EVERY === 0) handlers.progress((passStart + results.meta.cursor) / input.length);
        const problem = results.errors[0];
        if (problem?.code === 'MissingQuotes') {
          const opened = passStart + thisRowStart;
          const lineEnd = input.indexOf('\n', opened);
          const taken = lineEnd === -1 ? 0 : linesIn(input, lineEnd + 1, passStart + results.meta.cursor);
          handlers.badRow(row, { code: 'import.csv.unclosedQuote', vars: { line: lineAt(input, opened), count: taken } });
          resumeAt = lineEnd === -1 ? input.length : lineEnd + 1;
          parser.abort();
          return;
        }
        if (problem) {
          // papaparse's own words are English; the one it gives for a data row here has a message of ours.
          handlers.badRow(
            row,
            problem.code === 'InvalidQuotes'
              ? { code: 'import.csv.badQuote' }
              : { code: 'import.csv.broken', vars: { problem: problem.message } },
          );
          return;
        }
        if (cells.length !== header.length) {
          handlers.badRow(row, { code: 'import.csv.fieldCount', vars: { cells: cells.length, header: header.length } });
          return;
        }
        record!.cells = cells;
        handlers.record(record!, row);
      },
    });
    if (resumeAt === -1) break;
    offset = resumeAt;
  }
  return { header: header ?? [], rowsRead: row };
}

/** Column names that appear more than once in a header (each named once), in header order. */
export function duplicateColumns(header: readonly string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  // Unnamed columns (trailing commas) are never read by name, so two of them are harmless.
  for (const name of header) if (name !== '') (seen.has(name) ? twice : seen).add(name);
  return [...twice];
}

/** The handbook CSV for incidents: what `importIncidents` reads back as the `handbook` source. */
export function toIncidentCsv(incidents: readonly MetricsIncident[]): string {
  const rows = incidents.map((i) => [
    i.id,
    i.title,
    i.severity,
    i.status,
    ...CORE_CSV_FIELDS.slice(4).map((m) => i.milestones[m as keyof MetricsIncident['milestones']] ?? ''),
  ]);
  return Papa.unparse({ fields: [...CORE_CSV_FIELDS], data: rows }, { newline: '\n' }) + '\n';
}
