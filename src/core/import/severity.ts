// How each tool's severity words map to SEV1–SEV4. Exported as plain data so the calculator can show
// the mapping and let the user change it; `importIncidents(text, { mapping })` takes the edited copy.
import type { SeverityId } from '../schema.ts';
import type { ImportCode, ImportProblem } from './reason.ts';

/** Why a severity mapping file cannot be used; the calculator page renders these codes itself. */
export interface MappingFileProblem extends ImportProblem {
  readonly code: Extract<ImportCode, `import.mappingFile.${string}`>;
}

export interface SeverityMapping {
  /** Priority names: PagerDuty `priority.name` / `priority_name`, Opsgenie `priority` (P1–P5). */
  priority: Record<string, SeverityId>;
  /** PagerDuty `urgency`, used when an incident has no priority. */
  urgency: Record<string, SeverityId>;
  /** Severity or impact names: incident.io `severity.name`, Dispatch, Statuspage `impact`, Grafana labels, the core's own. */
  names: Record<string, SeverityId>;
  /** incident.io `severity.rank` (a higher rank is more severe), used when the name is not in `names`. */
  incidentIoRank: Record<string, SeverityId>;
  /** PagerDuty Analytics `major: true` for an incident without a priority (an explicit priority wins; the flag wins over urgency); null to ignore the flag. */
  majorIncident: SeverityId | null;
  /** Used when an incident has no severity the tables know; null rejects such rows. */
  fallback: SeverityId | null;
}

export const DEFAULT_SEVERITY_MAPPING: SeverityMapping = {
  priority: { P1: 'SEV1', P2: 'SEV2', P3: 'SEV3', P4: 'SEV4', P5: 'SEV4' },
  // High urgency pages someone (SEV2: page on-call); low urgency only notifies (SEV3: notify in Slack).
  urgency: { high: 'SEV2', low: 'SEV3' },
  names: {
    sev0: 'SEV1',
    sev1: 'SEV1',
    sev2: 'SEV2',
    sev3: 'SEV3',
    sev4: 'SEV4',
    sev5: 'SEV4',
    '1': 'SEV1',
    '2': 'SEV2',
    '3': 'SEV3',
    '4': 'SEV4',
    critical: 'SEV1',
    major: 'SEV2',
    high: 'SEV2',
    medium: 'SEV3',
    moderate: 'SEV3',
    minor: 'SEV3',
    warning: 'SEV3',
    low: 'SEV4',
    info: 'SEV4',
    none: 'SEV4',
  },
  // incident.io's default severities: Minor (1), Major (2), Critical (3).
  incidentIoRank: { '3': 'SEV1', '2': 'SEV2', '1': 'SEV3', '0': 'SEV4' },
  majorIncident: 'SEV1',
  fallback: null,
};

/** `Sev 1`, `SEV-1` and `sev_1` all read as `sev1`. */
export function mappingKey(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, '');
}

/** A mapping with the user's changes laid over the defaults, table by table. */
export function withDefaults(mapping: Partial<SeverityMapping> | undefined): SeverityMapping {
  const m = mapping ?? {};
  return {
    priority: { ...DEFAULT_SEVERITY_MAPPING.priority, ...m.priority },
    urgency: { ...DEFAULT_SEVERITY_MAPPING.urgency, ...m.urgency },
    names: { ...DEFAULT_SEVERITY_MAPPING.names, ...m.names },
    incidentIoRank: { ...DEFAULT_SEVERITY_MAPPING.incidentIoRank, ...m.incidentIoRank },
    majorIncident: m.majorIncident === undefined ? DEFAULT_SEVERITY_MAPPING.majorIncident : m.majorIncident,
    fallback: m.fallback === undefined ? DEFAULT_SEVERITY_MAPPING.fallback : m.fallback,
  };
}

// Per table: normalised key → severity, and the raw values already looked up (an export repeats the
// same few values a million times; normalising each one again was a visible cost).
const indexes = new WeakMap<
  Record<string, SeverityId>,
  { byKey: Map<string, SeverityId>; byRaw: Map<string, SeverityId | null> }
>();

/** Looks a value up in one table, ignoring case, spaces, hyphens and underscores. */
export function lookupSeverity(table: Record<string, SeverityId>, raw: unknown): SeverityId | undefined {
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw);
  let index = indexes.get(table);
  if (!index) {
    index = { byKey: new Map(Object.entries(table).map(([k, v]) => [mappingKey(k), v])), byRaw: new Map() };
    indexes.set(table, index);
  }
  let found = index.byRaw.get(text);
  if (found === undefined) {
    found = index.byKey.get(mappingKey(text)) ?? null;
    if (index.byRaw.size < 1000) index.byRaw.set(text, found);
  }
  return found ?? undefined;
}

const TABLES = ['priority', 'urgency', 'names', 'incidentIoRank'] as const;
const SINGLES = ['majorIncident', 'fallback'] as const;

function isSeverityId(value: unknown): value is SeverityId {
  return typeof value === 'string' && /^SEV[1-4]$/.test(value);
}

/**
 * A severity mapping file (the calculator's "Export mapping", the CLI's `--mapping`): any of the
 * tables and the two single settings; what it leaves out keeps its default. Problems name the key.
 */
export function parseSeverityMappingJson(
  text: string,
): { ok: true; mapping: Partial<SeverityMapping> } | { ok: false; problem: MappingFileProblem } {
  const fail = (code: MappingFileProblem['code'], vars?: MappingFileProblem['vars']) => ({
    ok: false as const,
    problem: vars ? { code, vars } : { code },
  });
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (error) {
    return fail('import.mappingFile.notJson', { problem: error instanceof Error ? error.message : String(error) });
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return fail('import.mappingFile.notObject');
  const input = value as Record<string, unknown>;
  const mapping: Partial<SeverityMapping> = {};
  for (const key of Object.keys(input)) {
    if (!(TABLES as readonly string[]).includes(key) && !(SINGLES as readonly string[]).includes(key)) {
      return fail('import.mappingFile.unknownKey', { key, keys: [...TABLES, ...SINGLES].join(', ') });
    }
  }
  for (const table of TABLES) {
    const entries = input[table];
    if (entries === undefined) continue;
    if (!entries || typeof entries !== 'object' || Array.isArray(entries))
      return fail('import.mappingFile.tableNotObject', { table });
    const checked: Record<string, SeverityId> = {};
    for (const [raw, severity] of Object.entries(entries)) {
      if (!isSeverityId(severity))
        return fail('import.mappingFile.notSeverity', { table, value: raw, got: String(JSON.stringify(severity)) });
      checked[raw] = severity;
    }
    mapping[table] = checked;
  }
  for (const single of SINGLES) {
    const severity = input[single];
    if (severity === undefined) continue;
    if (severity !== null && !isSeverityId(severity))
      return fail('import.mappingFile.notSeverityOrNull', { key: single, got: String(JSON.stringify(severity)) });
    mapping[single] = severity;
  }
  return { ok: true, mapping };
}

/** The whole mapping as the file parseSeverityMappingJson reads (2-space JSON, a final newline). */
export function severityMappingJson(mapping: SeverityMapping): string {
  return `${JSON.stringify(mapping, null, 2)}\n`;
}
