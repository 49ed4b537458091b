// Who an incident belongs to: the service (or component) and the team (or escalation policy) an export
// names. Exports write them as plain text, as a reference object (`{ summary }`, `{ name }`) or as a
// list of those; the first name found is the incident's. Absent → '' ("no service", "no team").
import { get, type Rec, type SourceRecord } from './record.ts';

/** The display name of a reference: text, or an object's name, summary, value or id; a list gives its first. */
export function referenceName(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const name = referenceName(item);
      if (name) return name;
    }
    return '';
  }
  if (value && typeof value === 'object') {
    const ref = value as Rec;
    for (const key of ['name', 'summary', 'value', 'id']) {
      const name = typeof ref[key] === 'string' ? (ref[key] as string).trim() : '';
      if (name) return name;
    }
  }
  return '';
}

/** The first non-empty name among the record's fields, tried in order; '' when none has one. */
export function firstName(record: SourceRecord, ...paths: string[]): string {
  for (const path of paths) {
    const name = referenceName(get(record, path));
    if (name) return name;
  }
  return '';
}

/** incident.io's custom fields (`custom_field_entries`): the first value of the first field whose name matches. */
export function customFieldName(record: SourceRecord, pattern: RegExp): string {
  const entries = get(record, 'custom_field_entries');
  if (!Array.isArray(entries)) return '';
  for (const entry of entries) {
    if (!entry || typeof entry !== 'object') continue;
    const field = referenceName(get(entry as Rec, 'custom_field.name'));
    if (!pattern.test(field)) continue;
    const values = get(entry as Rec, 'values');
    if (!Array.isArray(values)) continue;
    for (const v of values) {
      if (!v || typeof v !== 'object') continue;
      const name =
        referenceName(get(v as Rec, 'value_catalog_entry')) ||
        referenceName(get(v as Rec, 'value_option')) ||
        referenceName(get(v as Rec, 'value_text'));
      if (name) return name;
    }
  }
  return '';
}
