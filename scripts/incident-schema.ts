// `npm run schema`: writes public/schema/incident.v1.json, the JSON Schema of the incident format,
// generated from the zod schema (src/core/incident-schema.ts, zod/mini) so the published file cannot disagree with what the tools accept.
// A unit test compares the committed file with a fresh generation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { INCIDENT_SCHEMA_VERSION } from '../src/core/constants.ts';
import { IncidentSchema } from '../src/core/incident-schema.ts';

export const SCHEMA_PATH = join(import.meta.dirname, '..', 'public', 'schema', `incident.v${INCIDENT_SCHEMA_VERSION}.json`);

/** The file's exact text. `io: 'input'` because files may leave out anything that has a default. */
export function incidentJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(IncidentSchema, { io: 'input' }),
    title: `Incident (schema version ${INCIDENT_SCHEMA_VERSION})`,
    description:
      'One incident for the Incident Handbook post-mortem and metrics tools. Timestamps are ISO 8601 with a UTC offset; fields with a default may be left out.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync(SCHEMA_PATH, incidentJsonSchemaText());
  console.log(`wrote ${SCHEMA_PATH}`);
}
