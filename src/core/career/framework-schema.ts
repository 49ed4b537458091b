// Reading the competency framework: the zod schema of content/data/competencies.yaml, its cross-checks
// against the career levels of career.yaml, and the joined CareerFramework every page, tool and CLI
// uses. Every problem is reported at once (file, path, problem), like the rest of content/data. Only
// the build and the CLIs need this (and zod); the tools compute with framework.ts.
import '../zod-csp.ts';
import { z } from 'zod';
import { DataError, zodProblems, type DataProblem } from '../data.ts';
import type { CareerFramework, Certification, CompetencyArea, Expectation, FrameworkLevel, LevelId } from './types.ts';

const Text = z.string().trim().min(1);
const LocalizedSchema = z.object({ en: Text, th: Text }).strict();
const IdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be lower-case letters, digits and dashes');
const PathSchema = z
  .string()
  .regex(
    /^\/(?!th\/)[a-z0-9/-]*\/$/,
    'must be a root-relative handbook path with a trailing slash, without /th/ (e.g. /roles/scribe/)',
  )
  .transform((path) => path as `/${string}`);
const PracticeSchema = z.object({ text: LocalizedSchema, href: PathSchema }).strict();

const ExpectationSchema = z.union([
  z.object({ behaviour: LocalizedSchema, evidence: z.array(LocalizedSchema).min(1).max(2) }).strict(),
  z.object({ notExpected: z.literal(true), note: LocalizedSchema.optional() }).strict(),
]);

export const CompetencySchema = z
  .object({
    id: IdSchema,
    name: LocalizedSchema,
    practice: z.array(PracticeSchema).min(1),
    levels: z.record(z.string(), ExpectationSchema),
  })
  .strict();

export const CompetencyAreaSchema = z
  .object({ id: IdSchema, name: LocalizedSchema, summary: LocalizedSchema, competencies: z.array(CompetencySchema).min(1) })
  .strict();

export const CertificationSchema = z
  .object({
    name: Text,
    fullName: LocalizedSchema,
    issuer: z.string(),
    proves: LocalizedSchema,
    suits: LocalizedSchema,
    formal: z.boolean(),
    note: LocalizedSchema.optional(),
    learn: z.array(PracticeSchema).optional(),
  })
  .strict();

/** The schema of content/data/competencies.yaml. */
export const CompetenciesDataSchema = z
  .object({
    areas: z.array(CompetencyAreaSchema).min(1),
    /** Links each seed skill of career.yaml (by its English text) to the competency it belongs to. */
    skills: z.array(z.object({ level: Text, skill: Text, competency: IdSchema }).strict()),
    certifications: z.array(CertificationSchema),
  })
  .strict();
export type CompetenciesData = z.infer<typeof CompetenciesDataSchema>;

/** The seed facts of one level, as career.yaml holds them (a structural copy, so core/career does not depend on schema.ts's names). */
export interface SeedLevel {
  id: string;
  name: { en: string; th: string };
  years: { min: number; max: number | null };
  incidentRole: { en: string; th: string };
  skills: { en: readonly string[]; th: readonly string[] };
  certifications: readonly string[];
}

/**
 * Checks competencies.yaml (already parsed from YAML) against its schema and against career.yaml's
 * levels, and joins them. Throws a DataError listing every problem.
 */
export function buildCareerFramework(
  value: unknown,
  seedLevels: readonly SeedLevel[],
  file = 'content/data/competencies.yaml',
  careerFile = 'content/data/career.yaml',
): CareerFramework {
  const parsed = CompetenciesDataSchema.safeParse(value);
  if (!parsed.success) throw new DataError(zodProblems(file, parsed.error));
  const data = parsed.data;
  const problems: DataProblem[] = [];
  const problem = (path: string, message: string, inFile = file) => problems.push({ file: inFile, path, message });
  const levelIds = seedLevels.map((l) => l.id);

  const seen = new Map<string, string>();
  const unique = (id: string, path: string) => {
    const first = seen.get(id);
    if (first) problem(path, `id "${id}" is already used at ${first}`);
    else seen.set(id, path);
  };
  data.areas.forEach((area, a) => {
    unique(area.id, `areas[${a}].id`);
    area.competencies.forEach((competency, c) => {
      const at = `areas[${a}].competencies[${c}]`;
      unique(competency.id, `${at}.id`);
      for (const level of levelIds) {
        if (!(level in competency.levels))
          problem(`${at}.levels`, `no expectation for level "${level}" (write one, or notExpected: true)`);
      }
      for (const key of Object.keys(competency.levels)) {
        if (!levelIds.includes(key))
          problem(`${at}.levels.${key}`, `unknown level "${key}"; career.yaml defines ${levelIds.join(', ')}`);
      }
      if (!levelIds.some((level) => competency.levels[level] && 'behaviour' in competency.levels[level]!)) {
        problem(`${at}.levels`, 'expected at no level at all');
      }
    });
  });

  const competencyIds = new Set(data.areas.flatMap((area) => area.competencies.map((c) => c.id)));
  data.skills.forEach((link, i) => {
    const level = seedLevels.find((l) => l.id === link.level);
    if (!level) problem(`skills[${i}].level`, `unknown level "${link.level}"`);
    else if (!level.skills.en.includes(link.skill))
      problem(`skills[${i}].skill`, `"${link.skill}" is not a skill of ${link.level} in career.yaml`);
    if (!competencyIds.has(link.competency)) problem(`skills[${i}].competency`, `unknown competency "${link.competency}"`);
  });
  seedLevels.forEach((level, l) => {
    if (level.skills.en.length !== level.skills.th.length) {
      problem(
        `levels[${l}].skills`,
        `${level.skills.en.length} English skills but ${level.skills.th.length} Thai ones`,
        careerFile,
      );
    }
    for (const skill of level.skills.en) {
      if (!data.skills.some((link) => link.level === level.id && link.skill === skill)) {
        problem('skills', `skill "${skill}" of ${level.id} is not linked to a competency`);
      }
    }
    for (const name of level.certifications) {
      if (!data.certifications.some((c) => c.name === name))
        problem('certifications', `certification "${name}" of ${level.id} has no record`);
    }
  });
  data.certifications.forEach((cert, i) => {
    if (!cert.formal && (!cert.note || !cert.learn?.length))
      problem(`certifications[${i}]`, `"${cert.name}" is not formal, so it needs a note and ways to learn`);
    if (data.certifications.findIndex((c) => c.name === cert.name) !== i)
      problem(`certifications[${i}].name`, `"${cert.name}" is listed more than once`);
  });
  if (problems.length) throw new DataError(problems);

  const levels: FrameworkLevel[] = seedLevels.map((level) => ({
    id: level.id,
    name: level.name,
    years: level.years,
    incidentRole: level.incidentRole,
    skills: level.skills.en.map((en, i) => ({
      text: { en, th: level.skills.th[i]! },
      competency: data.skills.find((link) => link.level === level.id && link.skill === en)!.competency,
    })),
    certifications: level.certifications.map((name) => data.certifications.find((c) => c.name === name) as Certification),
  }));
  const areas: CompetencyArea[] = data.areas.map((area) => ({
    ...area,
    competencies: area.competencies.map((competency) => ({
      ...competency,
      levels: Object.fromEntries(
        levelIds.map((level): [LevelId, Expectation] => {
          const raw = competency.levels[level]!;
          return [
            level,
            'behaviour' in raw
              ? { expected: true, behaviour: raw.behaviour, evidence: raw.evidence }
              : { expected: false, ...(raw.note ? { note: raw.note } : {}) },
          ];
        }),
      ),
    })),
  }));
  return { levels, areas };
}
