// Validation of the organisation data. The caller reads the files; the core only checks values, so
// the build, the CLIs and the tests report bad data the same way: file, path inside it, problem.
import type { z } from 'zod';
import { DATA_SCHEMAS, SEVERITY_IDS, type DataName, type HandbookData } from './schema.ts';
import { formatPath } from './incident-checks.ts';
import { ROLE_DATA_IDS } from './roles.ts';

export interface DataProblem {
  file: string;
  path: string;
  message: string;
}

export class DataError extends Error {
  readonly problems: DataProblem[];
  constructor(problems: DataProblem[]) {
    super('Invalid handbook data:\n' + problems.map((p) => `  ${p.file}: ${p.path || '(top level)'}: ${p.message}`).join('\n'));
    this.name = 'DataError';
    this.problems = problems;
  }
}

export { formatPath };

export function zodProblems(file: string, error: z.ZodError): DataProblem[] {
  return error.issues.map((issue) => ({ file, path: formatPath(issue.path), message: issue.message }));
}

/**
 * Checks every data file against its schema and the files against each other.
 * `files` maps a data name to the file it came from (for messages) and its parsed value.
 */
export function parseHandbookData(files: Record<DataName, { file: string; value: unknown }>): HandbookData {
  const problems: DataProblem[] = [];
  const out: Partial<Record<DataName, unknown>> = {};
  for (const name of Object.keys(DATA_SCHEMAS) as DataName[]) {
    const entry = files[name];
    if (!entry) {
      problems.push({ file: `${name}.yaml`, path: '', message: 'file is missing' });
      continue;
    }
    const result = DATA_SCHEMAS[name].safeParse(entry.value);
    if (result.success) out[name] = result.data;
    else problems.push(...zodProblems(entry.file, result.error));
  }
  // Every mistake is reported at once: the checks of each file that did parse run even when another
  // file failed, and the checks across files run when both of their files parsed.
  problems.push(...fileChecks(out as Partial<HandbookData>, files));
  if (problems.length) throw new DataError(problems);
  const data = out as HandbookData;
  problems.push(...crossCheck(data, files));
  if (problems.length) throw new DataError(problems);
  return data;
}

/** `{name}` placeholders in a template text. */
function placeholdersIn(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z0-9_]+)\}/g)].map((m) => m[1]!);
}

/** Checks within one file: ranks, year ranges, template placeholders. */
function fileChecks(data: Partial<HandbookData>, files: Record<DataName, { file: string }>): DataProblem[] {
  const problems: DataProblem[] = [];
  if (data.severity) {
    const ranks = new Map<number, string>();
    data.severity.levels.forEach((level, i) => {
      const other = ranks.get(level.rank);
      if (other !== undefined)
        problems.push({
          file: files.severity.file,
          path: `levels[${i}].rank`,
          message: `rank ${level.rank} is also the rank of ${other}; each severity needs its own rank`,
        });
      else ranks.set(level.rank, level.id);
    });
  }
  if (data.career) {
    data.career.levels.forEach((level, i) => {
      if (level.years.max !== null && level.years.min > level.years.max)
        problems.push({
          file: files.career.file,
          path: `levels[${i}].years`,
          message: `min (${level.years.min}) is more than max (${level.years.max})`,
        });
    });
  }
  if (data.comms) {
    const defined = new Set(Object.keys(data.comms.placeholders));
    data.comms.templates.forEach((template, i) => {
      const english = new Set(placeholdersIn(template.text.en));
      const thai = new Set(placeholdersIn(template.text.th));
      for (const [lang, names] of [
        ['en', english],
        ['th', thai],
      ] as const)
        for (const name of names)
          if (!defined.has(name))
            problems.push({
              file: files.comms.file,
              path: `templates[${i}].text.${lang}`,
              message: `placeholder {${name}} is not defined under placeholders`,
            });
      for (const name of english)
        if (!thai.has(name))
          problems.push({
            file: files.comms.file,
            path: `templates[${i}].text.th`,
            message: `placeholder {${name}} of the English text is missing from the Thai text`,
          });
      for (const name of thai)
        if (!english.has(name))
          problems.push({
            file: files.comms.file,
            path: `templates[${i}].text.en`,
            message: `placeholder {${name}} of the Thai text is missing from the English text`,
          });
    });
  }
  return problems;
}

function crossCheck(data: HandbookData, files: Record<DataName, { file: string }>): DataProblem[] {
  const problems: DataProblem[] = [];
  const duplicates = (ids: string[]) => ids.filter((id, i) => ids.indexOf(id) !== i);
  const check = (name: DataName, listPath: string, ids: string[]) => {
    for (const id of duplicates(ids)) {
      problems.push({ file: files[name].file, path: listPath, message: `id "${id}" is used more than once` });
    }
  };
  check(
    'severity',
    'levels',
    data.severity.levels.map((l) => l.id),
  );
  check(
    'roles',
    'roles',
    data.roles.roles.map((r) => r.id),
  );
  check(
    'escalation',
    'policies',
    data.escalation.policies.map((p) => p.severity),
  );
  check(
    'comms',
    'templates',
    data.comms.templates.map((t) => t.id),
  );
  check(
    'career',
    'levels',
    data.career.levels.map((l) => l.id),
  );
  check(
    'workflow',
    'steps',
    data.workflow.steps.map((s) => s.id),
  );
  const defined = new Set(data.severity.levels.map((l) => l.id));
  for (const id of SEVERITY_IDS) {
    if (!defined.has(id)) problems.push({ file: files.severity.file, path: 'levels', message: `severity ${id} is not defined` });
    if (!data.escalation.policies.some((p) => p.severity === id)) {
      problems.push({ file: files.escalation.file, path: 'policies', message: `no escalation policy for ${id}` });
    }
  }
  // Every role an incident names is labelled from roles.yaml, so each must be there.
  const roleIds = new Set(data.roles.roles.map((r) => r.id));
  for (const id of Object.values(ROLE_DATA_IDS)) {
    if (!roleIds.has(id))
      problems.push({ file: files.roles.file, path: 'roles', message: `role "${id}" is not defined; incidents name it` });
  }
  data.escalation.policies.forEach((policy, i) => {
    policy.steps.forEach((step, j) => {
      const prev = policy.steps[j - 1];
      if (prev && step.afterMinutes < prev.afterMinutes) {
        problems.push({
          file: files.escalation.file,
          path: `policies[${i}].steps[${j}].afterMinutes`,
          message: `${step.afterMinutes} comes before the previous step's ${prev.afterMinutes}; steps must be in time order`,
        });
      }
    });
  });
  return problems;
}
