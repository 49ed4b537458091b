// The core's parseIncident brings the zod schemas (~28 KB gzipped); it is fetched only when something
// from outside the editor is read: an uploaded file, a share link, or drafts saved in an older shape.
import type { ParseIncidentResult } from '../../core/incident.ts';
import type { Lang } from '../../core/schema.ts';

export type IncidentParser = (value: unknown) => ParseIncidentResult;

export const loadParser = (lang: Lang): Promise<IncidentParser> =>
  import('../../core/incident.ts').then((m) => (value: unknown) => m.parseIncident(value, lang));

/** Stands in for the parser when nothing stored needs it (drafts in the current shape). */
export const notParsed = (): ParseIncidentResult => ({
  ok: false,
  errors: [{ field: '(draft)', message: 'could not be checked' }],
});

/** `field: message; field: message`, for announcing problems in one line. */
export function problemsText(errors: readonly { field: string; message: string }[]): string {
  return errors.map((e) => `${e.field}: ${e.message}`).join('; ');
}
