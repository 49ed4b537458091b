// The exported self-assessment file: versioned JSON, checked by a zod schema (published as
// public/schema/career-assessment.v1.json), with older versions migrated on import. Problems name
// the JSON path and say what is wrong in the reader's language.
import '../zod-csp.ts';
import * as z from 'zod/mini';
import type { $ZodIssue, $ZodType } from 'zod/v4/core';
import { careerTranslate } from '../i18n/career.ts';
import type { Lang } from '../i18n/locales.ts';
import type { Assessment, AssessmentProblem, ParseResult, Rating, Snapshot } from './types.ts';
import { RATING_VALUES, SHIFT_KINDS } from './types.ts';

export const ASSESSMENT_FORMAT = 'incident-handbook/career-assessment';
export const ASSESSMENT_VERSION = 1;
/** Longer texts than this are not notes; the cap also bounds what a shared link can carry. */
const MAX_TEXT = 2000;

// Written with `zod/mini` (as the incident schema is): the tool loads this module to restore saved
// answers on a return visit, and the full library would add about 20 KB gzipped to that.
const BehaviourIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]*@[a-z][a-z0-9-]*$/));
const LevelIdSchema = z.string().check(z.regex(/^[a-z][a-z0-9-]*$/));
const text = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const RatingSchema = z.strictObject({
  value: z.enum(RATING_VALUES),
  evidence: text(MAX_TEXT),
  // http(s) only: the link is rendered as a link, and a shared file may come from anyone.
  link: z.optional(z.url({ protocol: /^https?$/ }).check(z.maxLength(MAX_TEXT))),
});
const RatingsSchema = z.record(BehaviourIdSchema, RatingSchema);
const SnapshotSchema = z.strictObject({
  takenAt: z.iso.datetime({ offset: true, local: false }),
  label: text(200),
  target: z.nullable(LevelIdSchema),
  ratings: RatingsSchema,
});
const ShiftSchema = z.strictObject({
  role: LevelIdSchema,
  kind: z.enum(SHIFT_KINDS),
  date: z.iso.date(),
  backupTookOver: z.optional(z.boolean()),
  note: text(MAX_TEXT),
});

/** The current file format (version 1). */
export const AssessmentFileSchema = z.strictObject({
  $schema: z.optional(z.string()),
  format: z.literal(ASSESSMENT_FORMAT),
  version: z.literal(ASSESSMENT_VERSION),
  target: z.nullable(LevelIdSchema),
  ratings: RatingsSchema,
  snapshots: z.array(SnapshotSchema).check(z.maxLength(500)),
  shifts: z.array(ShiftSchema).check(z.maxLength(2000)),
});
export type AssessmentFile = z.infer<typeof AssessmentFileSchema>;

/**
 * Version 0: the spreadsheet shape (scores 0/1/2 per behaviour, dated history rows), the form in which
 * people kept self-assessments before the tool existed. Kept so such files still import.
 */
const ScoreSchema = z.union([z.literal(0), z.literal(1), z.literal(2)]);
const FileV0Schema = z.strictObject({
  format: z.literal(ASSESSMENT_FORMAT),
  version: z.literal(0),
  target: z.optional(z.nullable(LevelIdSchema)),
  scores: z.record(BehaviourIdSchema, ScoreSchema),
  history: z.optional(z.array(z.strictObject({ date: z.iso.date(), scores: z.record(BehaviourIdSchema, ScoreSchema) }))),
});

function scoresToRatings(scores: Record<string, 0 | 1 | 2>): Record<string, Rating> {
  return Object.fromEntries(Object.entries(scores).map(([id, score]) => [id, { value: RATING_VALUES[score] }]));
}

const MIGRATIONS: Record<number, { schema: $ZodType; up: (file: never) => unknown }> = {
  0: {
    schema: FileV0Schema,
    up: (file: z.infer<typeof FileV0Schema>): AssessmentFile => ({
      format: ASSESSMENT_FORMAT,
      version: 1,
      target: file.target ?? null,
      ratings: scoresToRatings(file.scores),
      // A v0 row has a date only; midnight UTC keeps the day it names.
      snapshots: (file.history ?? []).map((row) => ({
        takenAt: `${row.date}T00:00:00Z`,
        target: file.target ?? null,
        ratings: scoresToRatings(row.scores),
      })),
      shifts: [],
    }),
  },
};

/** `ratings["incident-declare@junior"].value` style path. */
function jsonPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(String(key))) out += out ? `.${String(key)}` : String(key);
    else out += `[${JSON.stringify(String(key))}]`;
  }
  return out || '(top level)';
}

function describeIssue(issue: $ZodIssue, lang: Lang): AssessmentProblem[] {
  const t = careerTranslate(lang);
  const path = jsonPath(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      return [
        {
          path,
          message:
            issue.input === undefined ? t('career.file.missing') : t('career.file.wrongType', { expected: issue.expected }),
        },
      ];
    case 'invalid_value':
      return [{ path, message: t('career.file.oneOf', { values: issue.values.map((v) => JSON.stringify(v)) }) }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: jsonPath([...issue.path, key]), message: t('career.file.unknownField') }));
    case 'too_big':
      return [{ path, message: t('career.file.tooBig', { max: Number(issue.maximum) }) }];
    case 'invalid_format':
      return [
        {
          path,
          message: t(
            issue.format === 'url'
              ? 'career.file.badLink'
              : issue.format === 'date'
                ? 'career.file.badDate'
                : issue.format === 'datetime'
                  ? 'career.file.badTimestamp'
                  : 'career.file.badId',
          ),
        },
      ];
    case 'invalid_key':
      return [{ path, message: t('career.file.badId') }];
    case 'invalid_union':
      return [{ path, message: t('career.file.badValue') }];
    default:
      return [{ path, message: t('career.file.badValue') }];
  }
}

function toAssessment(file: AssessmentFile): Assessment {
  const snapshots: Snapshot[] = file.snapshots.map((s) => ({
    takenAt: s.takenAt,
    ...(s.label !== undefined ? { label: s.label } : {}),
    target: s.target,
    ratings: s.ratings,
  }));
  return { target: file.target, ratings: file.ratings, snapshots, shifts: file.shifts };
}

/** Checks an already-parsed JSON value (a file's content or a shared link's payload). */
export function parseAssessmentValue(value: unknown, lang: Lang = 'en'): ParseResult {
  const t = careerTranslate(lang);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { ok: false, problems: [{ path: '(top level)', message: t('career.file.notObject') }] };
  const record = value as Record<string, unknown>;
  if (record['format'] !== ASSESSMENT_FORMAT)
    return { ok: false, problems: [{ path: 'format', message: t('career.file.notAssessment', { format: ASSESSMENT_FORMAT }) }] };
  const version = record['version'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 0)
    return { ok: false, problems: [{ path: 'version', message: t('career.file.badVersion') }] };
  if (version > ASSESSMENT_VERSION)
    return {
      ok: false,
      problems: [{ path: 'version', message: t('career.file.newerVersion', { version, supported: ASSESSMENT_VERSION }) }],
    };
  let current: unknown = value;
  for (let v = version; v < ASSESSMENT_VERSION; v++) {
    const step = MIGRATIONS[v]!;
    const old = z.safeParse(step.schema, current);
    if (!old.success) return { ok: false, problems: old.error.issues.flatMap((issue) => describeIssue(issue, lang)) };
    current = step.up(old.data as never);
  }
  const parsed = AssessmentFileSchema.safeParse(current);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.flatMap((issue) => describeIssue(issue, lang)) };
  return { ok: true, assessment: toAssessment(parsed.data), ...(version < ASSESSMENT_VERSION ? { migratedFrom: version } : {}) };
}

/** Reads an exported file's text. Never throws. */
export function parseAssessmentFile(text: string, lang: Lang = 'en'): ParseResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return {
      ok: false,
      problems: [
        { path: '(top level)', message: careerTranslate(lang)('career.file.notJson', { reason: (error as Error).message }) },
      ],
    };
  }
  return parseAssessmentValue(value, lang);
}

function sortedRatings(ratings: Assessment['ratings']): Record<string, Rating> {
  return Object.fromEntries(
    Object.keys(ratings)
      .sort()
      .map((id) => {
        const r = ratings[id as keyof typeof ratings]!;
        return [
          id,
          {
            value: r.value,
            ...(r.evidence !== undefined ? { evidence: r.evidence } : {}),
            ...(r.link !== undefined ? { link: r.link } : {}),
          },
        ];
      }),
  );
}

/** The file as a plain value in the current version (fields in a fixed order, ratings sorted by id). */
export function assessmentFileValue(assessment: Assessment): AssessmentFile {
  return {
    format: ASSESSMENT_FORMAT,
    version: ASSESSMENT_VERSION,
    target: assessment.target,
    ratings: sortedRatings(assessment.ratings),
    snapshots: assessment.snapshots.map((s) => ({
      takenAt: s.takenAt,
      ...(s.label !== undefined ? { label: s.label } : {}),
      target: s.target,
      ratings: sortedRatings(s.ratings),
    })),
    shifts: assessment.shifts.map((s) => ({
      role: s.role,
      kind: s.kind,
      date: s.date,
      ...(s.backupTookOver !== undefined ? { backupTookOver: s.backupTookOver } : {}),
      ...(s.note !== undefined ? { note: s.note } : {}),
    })),
  };
}

/** The exported file's text: 2-space JSON with a final newline, the same bytes for the same assessment. */
export function serializeAssessmentFile(assessment: Assessment): string {
  return `${JSON.stringify(assessmentFileValue(assessment), null, 2)}\n`;
}

export function emptyAssessment(): Assessment {
  return { target: null, ratings: {}, snapshots: [], shifts: [] };
}
