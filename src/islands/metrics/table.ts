// The per-incident table: one row per incident in the window, sorting, paging and CSV export.
// Pure, so the worker runs it on 100,000 rows and the unit tests run it in Node.
import { METRIC_IDS, type WindowIncidents } from '../../core/metrics/index.ts';
import { SEVERITY_IDS, STATUSES } from '../../core/constants.ts';
import type { IncidentColumns } from '../../core/incident-columns.ts';
import { formatWithOffset } from '../../core/time/index.ts';

export {
  DURATION_KEYS,
  SORT_KEYS,
  type DurationKey,
  type SortDirection,
  type SortKey,
  type SortOrder,
  type TableRow,
} from './columns.ts';
import { DURATION_KEYS, type DurationKey, type SortKey, type SortOrder, type TableRow } from './columns.ts';
import type { Status } from '../../core/schema.ts';

/**
 * One row per incident computeMetrics counted in the window, in import order. The anchor and the
 * durations are the ones it measured, so the table and the cards can never disagree.
 */
export function tableRows(incidents: IncidentColumns, inWindow: WindowIncidents): TableRow[] {
  const { indexes, anchors, minutes } = inWindow;
  const stride = METRIC_IDS.length;
  const [tta, ttd, ttm, ttr] = (['tta', 'ttd', 'ttm', 'ttr'] as const).map((id) => METRIC_IDS.indexOf(id)) as [
    number,
    number,
    number,
    number,
  ];
  const shown = (value: number) => (Number.isNaN(value) ? null : value);
  const rows: TableRow[] = new Array(indexes.length);
  for (let j = 0; j < indexes.length; j++) {
    const i = indexes[j]!;
    const at = j * stride;
    rows[j] = {
      id: incidents.ids[i]!,
      title: incidents.titles[i]!,
      severity: SEVERITY_IDS[incidents.severities[i]!]!,
      status: STATUSES[incidents.statuses[i]!]!,
      service: incidents.serviceNames[incidents.services[i]!]!,
      team: incidents.teamNames[incidents.teams[i]!]!,
      declared: formatWithOffset(anchors[j]!, 0),
      tta: shown(minutes[at + tta]!),
      ttd: shown(minutes[at + ttd]!),
      ttm: shown(minutes[at + ttm]!),
      ttr: shown(minutes[at + ttr]!),
    };
  }
  return rows;
}

// `numeric` so INC-0002 sorts before INC-0010 and "INC-9" before "INC-10".
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
const STATUS_ORDER: Record<Status, number> = { investigating: 0, identified: 1, monitoring: 2, resolved: 3 };

function compareBy(key: SortKey): (a: TableRow, b: TableRow) => number {
  switch (key) {
    case 'id':
    case 'title':
    case 'severity':
    case 'service':
    case 'team':
      return (a, b) => collator.compare(a[key], b[key]);
    case 'status':
      return (a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status];
    case 'declared':
      // Every value is UTC ISO of one length, so text order is time order (and far faster than parsing).
      return (a, b) => (a.declared < b.declared ? -1 : a.declared > b.declared ? 1 : 0);
    default:
      return (a, b) => (a[key] as number) - (b[key] as number);
  }
}

function isMissing(row: TableRow, key: SortKey): boolean {
  if (key === 'declared' || key === 'service' || key === 'team') return row[key] === '';
  if ((DURATION_KEYS as readonly string[]).includes(key)) return row[key as DurationKey] === null;
  return false;
}

/**
 * A sorted copy. Stable (equal rows keep their import order), and rows without a value for the key
 * always come last in either direction, so "longest TTR first" never starts with blanks.
 */
export function sortRows(rows: readonly TableRow[], order: SortOrder): TableRow[] {
  const compare = compareBy(order.key);
  const sign = order.direction === 'ascending' ? 1 : -1;
  const present: TableRow[] = [];
  const missing: TableRow[] = [];
  for (const row of rows) (isMissing(row, order.key) ? missing : present).push(row);
  // Array.prototype.sort is stable; ties fall back to import order.
  present.sort((a, b) => sign * compare(a, b));
  return present.concat(missing);
}

/** One page of rows; `page` is clamped to the pages that exist. */
export function pageOf<T>(rows: readonly T[], page: number, pageSize: number): { rows: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(rows.length / pageSize));
  const clamped = Math.min(Math.max(0, Math.floor(page)), pages - 1);
  return { rows: rows.slice(clamped * pageSize, (clamped + 1) * pageSize), page: clamped, pages };
}
