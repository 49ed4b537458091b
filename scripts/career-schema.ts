// `npm run schema:career`: writes public/schema/career-assessment.v1.json, the JSON Schema of the
// self-assessment file, generated from the zod schema so the published file cannot disagree with what
// the tool and `npm run career` accept. A unit test compares the committed file with a fresh generation.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { ASSESSMENT_VERSION, AssessmentFileSchema } from '../src/core/career/assessment-file.ts';

export const CAREER_SCHEMA_PATH = join(
  import.meta.dirname,
  '..',
  'public',
  'schema',
  `career-assessment.v${ASSESSMENT_VERSION}.json`,
);

export function careerAssessmentJsonSchemaText(): string {
  const schema = {
    ...z.toJSONSchema(AssessmentFileSchema, { io: 'input' }),
    title: `Career self-assessment (version ${ASSESSMENT_VERSION})`,
    description:
      'A self-assessment for the Incident Handbook career framework: ratings per behaviour ("<competency id>@<level id>"), a target level, dated snapshots (ISO 8601 with a UTC offset) and incident-role shifts (dates YYYY-MM-DD). Version 0 files (scores 0/1/2) are migrated on import.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

if (import.meta.main) {
  writeFileSync(CAREER_SCHEMA_PATH, careerAssessmentJsonSchemaText());
  console.log(`wrote ${CAREER_SCHEMA_PATH}`);
}
