// Downloads: the per-incident table as CSV. Worker-side only (it pulls in papaparse), so the page's
// initial JavaScript stays small.
import Papa from 'papaparse';
import { formatIsoInZone, toEpochMs } from '../../core/time/index.ts';
import type { TableRow } from './table.ts';

export const CSV_COLUMNS = [
  'id',
  'title',
  'severity',
  'status',
  'service',
  'team',
  'declared',
  'tta_minutes',
  'ttd_minutes',
  'ttm_minutes',
  'ttr_minutes',
] as const;

const round = (minutes: number | null) => (minutes === null ? '' : Math.round(minutes * 1000) / 1000);

/**
 * The table as CSV (header row, then one line per incident; minutes rounded to 3 decimals, empty when
 * not available; the declared time in the chosen zone with its offset, as the page shows it). Cells
 * that a spreadsheet would run as a formula are prefixed with `'`.
 */
export function rowsToCsv(rows: readonly TableRow[], timeZone = 'UTC'): string {
  const data = rows.map((r) => [
    r.id,
    r.title,
    r.severity,
    r.status,
    r.service,
    r.team,
    r.declared ? formatIsoInZone(toEpochMs(r.declared), timeZone) : '',
    round(r.tta),
    round(r.ttd),
    round(r.ttm),
    round(r.ttr),
  ]);
  return Papa.unparse({ fields: [...CSV_COLUMNS], data }, { escapeFormulae: true, newline: '\n' }) + '\n';
}
