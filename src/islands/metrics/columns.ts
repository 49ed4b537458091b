// The per-incident table's columns and row shape. Kept free of runtime imports so the page can use
// them without pulling the core (and zod) into its initial JavaScript; the worker does the work.
import type { SeverityId, Status, Timestamp } from '../../core/schema.ts';

export const DURATION_KEYS = ['tta', 'ttd', 'ttm', 'ttr'] as const;
export type DurationKey = (typeof DURATION_KEYS)[number];

export interface TableRow {
  id: string;
  title: string;
  severity: SeverityId;
  status: Status;
  /** '' when the export names none. */
  service: string;
  team: string;
  /** When the incident was declared (or, lacking that, detected or impact started): what places it in a window. UTC. */
  declared: Timestamp | '';
  /** Minutes, or null when a timestamp the metric uses is missing. */
  tta: number | null;
  ttd: number | null;
  ttm: number | null;
  ttr: number | null;
}

export const SORT_KEYS = ['id', 'title', 'severity', 'status', 'service', 'team', 'declared', ...DURATION_KEYS] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}
