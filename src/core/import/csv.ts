// CSV in and out, through papaparse. The handbook's own incident CSV has a header row of core field
// names (CORE_CSV_FIELDS); `readCsvRecords` is also what the importers use for other tools' CSV exports.
//
// Row numbers are 1-based data rows: the header is not counted and blank lines are skipped, so row 1
// is the first incident (a spreadsheet shows it as line 2).
import Papa from 'papaparse';
import type { MetricsIncident } from '../incident-columns.ts';
import { CORE_CSV_FIELDS } from './handbook.ts';
import { CsvRow } from './record.ts';

export { CORE_CSV_FIELDS };

export interface CsvHandlers {
  /** Called once with the trimmed header names. */
  header?(names: string[]): void;
  /** A well-formed data row, read by header name. The same CsvRow is reused for every row: copy what you keep. */
  record(record: CsvRow, row: number): void;
  /** A row papaparse or the field count says is broken. */
  badRow(row: number, message: string): void;
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

/** Streams the data rows of a CSV text; returns the header and the number of data rows read. */
export function readCsvRecords(text: string, handlers: CsvHandlers): { header: string[]; rowsRead: number } {
  let header: string[] | null = null;
  let row = 0;
  let record: CsvRow | null = null;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  Papa.parse<string[]>(input, {
    header: false,
    ...guessCsvDialect(input),
    // Blank and whitespace-only rows are skipped below: papaparse's skipEmptyLines filters each row
    // through a new closure, and 'greedy' costs a regex per row.
    step(results) {
      const cells = results.data;
      if (cells.length === 1 && cells[0]!.trim() === '') return;
      if (header === null) {
        header = cells.map((c) => c.trim());
        record = new CsvRow(header);
        handlers.header?.(header);
        return;
      }
      row++;
      if (handlers.progress && row % PROGRESS_EVERY === 0) handlers.progress(results.meta.cursor / input.length);
      const problem = results.errors[0];
      if (problem) {
        handlers.badRow(row, `CSV: ${problem.message}`);
        return;
      }
      if (cells.length !== header.length) {
        handlers.badRow(row, `row has ${cells.length} fields but the header has ${header.length}`);
        return;
      }
      record!.cells = cells;
      handlers.record(record!, row);
    },
  });
  return { header: header ?? [], rowsRead: row };
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
