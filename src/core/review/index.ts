// The post-mortem review: checks a draft against the practices the handbook teaches (blameless
// language, contributing factors, impact in numbers, milestones and the severity's promises, action
// items) and explains each finding in the reader's language with the page that teaches the practice.
// Pure and deterministic: `now` is an argument, the word lists come from content/data/review.yaml.
// The generator loads this module lazily, so it uses its own dictionary rather than the merged core dictionaries
// (whose merged messages are in every tool's first load).
import { ACTION_TYPES } from '../constants.ts';
import { LOCALES } from '../i18n/locales.ts';
import { createTranslate, type Vars } from '../i18n/translate.ts';
import { REVIEW_DICTIONARY } from '../i18n/review.ts';
import { milestoneLabel } from '../labels.ts';
import type { Incident, Lang, ReviewData, SeverityLevel } from '../schema.ts';
import { severityLabel } from '../severity-label.ts';
import { formatTimestamp, toEpochMs } from '../time/index.ts';
import { allPhrases, findPhrase, nameAsFailingSubject } from './phrases.ts';
import { RULES, type Level, type Rule, type RuleId } from './rules.ts';

export { LEVELS, RULE_IDS, RULES, type Level, type Rule, type RuleId } from './rules.ts';

export interface ReviewFinding {
  rule: RuleId;
  level: Level;
  /** The field or entry it concerns, as a path (`impact`, `timeline[3]`, `actionItems[1].owner`); '' for the whole document. */
  field: string;
  /** What was found and how to fix it. */
  message: string;
  /** Why the practice matters (the rule's reason). */
  why: string;
  /** The handbook page that explains the practice, inside one language (`postmortems/action-items/`). */
  page: string;
}

export interface ReviewOptions {
  lang: Lang;
  data: { severities: readonly SeverityLevel[]; review: ReviewData };
  /** The moment of the review (epoch ms), for due dates and the review window; defaults to the clock. */
  now?: number;
}

type ReviewKey = keyof (typeof REVIEW_DICTIONARY)['en'] & string;
type Found = { field: string; key: ReviewKey; vars?: Vars; level?: Level };
/** A rule's check: its findings, or null when the rule does not apply to this incident. */
type Check = (incident: Incident, context: Context) => Found[] | null;

interface Context {
  lang: Lang;
  level: SeverityLevel | undefined;
  severityName: string;
  data: ReviewData;
  now: number;
}

const NARRATIVE = ['summary', 'impact', 'rootCause', 'trigger', 'detection', 'resolution'] as const;
const LESSONS = ['wentWell', 'wentWrong', 'gotLucky'] as const;
/** Sections a required post-mortem must have that no other rule checks. */
const REQUIRED_SECTIONS = ['trigger', 'detection', 'resolution'] as const;

/** Every free-text field with its path: the narrative, the lessons and the timeline entries. */
function texts(incident: Incident, withTimeline: boolean): { field: string; text: string }[] {
  const out = NARRATIVE.map((field) => ({ field: field as string, text: incident[field] }));
  for (const list of LESSONS) incident[list].forEach((text, i) => out.push({ field: `${list}[${i}]`, text }));
  if (withTimeline) incident.timeline.forEach((entry, i) => out.push({ field: `timeline[${i}]`, text: entry.text }));
  return out.filter((entry) => entry.text.trim() !== '');
}

function phraseCheck(list: 'blame' | 'hindsight', key: ReviewKey): Check {
  return (incident, { data }) => {
    const phrases = allPhrases(data.language[list]);
    return texts(incident, true).flatMap(({ field, text }) => {
      const match = findPhrase(text, phrases);
      return match ? [{ field, key, vars: { phrase: match.phrase } }] : [];
    });
  };
}

function people(incident: Incident): string[] {
  const names = [...Object.values(incident.roles), ...incident.timeline.map((entry) => entry.author)];
  return [...new Set(names.map((name) => name.trim()).filter((name) => name.length > 1))];
}

const personAsCause: Check = (incident, { data }) => {
  const verbs = allPhrases(data.language.failureVerbs);
  const names = people(incident);
  const fields = [
    { field: 'rootCause', text: incident.rootCause },
    { field: 'trigger', text: incident.trigger },
    { field: 'summary', text: incident.summary },
    ...incident.wentWrong.map((text, i) => ({ field: `wentWrong[${i}]`, text })),
  ];
  return fields.flatMap(({ field, text }) => {
    // The root cause opening with a person's name makes that person the cause, whatever the verb.
    const opensWith = field === 'rootCause' ? names.find((name) => findPhrase(text, [name])?.index === 0) : undefined;
    const name = opensWith ?? names.find((n) => nameAsFailingSubject(text, n, verbs));
    return name ? [{ field, key: 'review.person-as-cause.found' as const, vars: { name } }] : [];
  });
};

const contributingFactors: Check = (incident, { data }) => {
  const text = incident.rootCause.trim();
  if (!text) return [{ field: 'rootCause', key: 'review.contributing-factors.empty', level: 'problem' }];
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const sentences = text.split(/[.;!?。]\s/).filter((part) => part.trim() !== '');
  const single = lines.length < 2 && sentences.length < 2 && !findPhrase(text, allPhrases(data.language.contributingMarkers));
  return single ? [{ field: 'rootCause', key: 'review.contributing-factors.single' }] : [];
};

const impactNumber: Check = (incident) => {
  const text = incident.impact.trim();
  if (!text) return [{ field: 'impact', key: 'review.impact-number.empty' }];
  return /[0-9\u0E50-\u0E59]/.test(text) ? [] : [{ field: 'impact', key: 'review.impact-number.found' }];
};

const milestones: Check = (incident, { data, lang, level }) => {
  const reached = {
    mitigated: incident.status === 'monitoring' || incident.status === 'resolved',
    resolved: incident.status === 'resolved',
  };
  return data.requiredMilestones
    .filter((m) => !incident.milestones[m] && (m === 'mitigated' || m === 'resolved' ? reached[m] : true))
    .map((m) => ({
      field: `milestones.${m}`,
      key: 'review.milestones.missing' as const,
      vars: { milestone: milestoneLabel(m, lang) },
      level: level?.postmortemRequired === false ? 'suggestion' : 'problem',
    }));
};

const acknowledgeTime: Check = (incident, { level, severityName }) => {
  const limit = level?.acknowledgeWithinMinutes;
  const { detected, declared, acknowledged } = incident.milestones;
  const start = detected ?? declared;
  if (!limit || !start || !acknowledged) return null;
  const minutes = Math.round((toEpochMs(acknowledged) - toEpochMs(start)) / 60_000);
  return minutes > limit
    ? [
        {
          field: 'milestones.acknowledged',
          key: 'review.acknowledge-time.late',
          vars: { minutes, limit, severity: severityName },
        },
      ]
    : [];
};

const updateCadence: Check = (incident, { level, severityName }) => {
  const cadence = level?.updateEveryMinutes;
  const m = incident.milestones;
  const start = m.declared ?? m.detected;
  if (!cadence || !start) return null;
  const end = m.resolved ?? incident.timeline.at(-1)?.time;
  if (!end) return null;
  const [from, to] = [toEpochMs(start), toEpochMs(end)];
  const points = incident.timeline
    .map((entry, index) => ({ ms: toEpochMs(entry.time), time: entry.time, field: `timeline[${index}]` }))
    .filter((p) => p.ms > from && p.ms <= to)
    .sort((a, b) => a.ms - b.ms);
  const ordered = [{ ms: from, time: start, field: 'timeline' }, ...points];
  if (points.at(-1)?.ms !== to) ordered.push({ ms: to, time: end, field: 'timeline' });
  const found: Found[] = [];
  for (let i = 1; i < ordered.length; i++) {
    const minutes = Math.round((ordered[i]!.ms - ordered[i - 1]!.ms) / 60_000);
    if (minutes > cadence) {
      const vars = { minutes, from: formatTimestamp(ordered[i - 1]!.time), cadence, severity: severityName };
      found.push({ field: ordered[i]!.field, key: 'review.update-cadence.gap', vars });
    }
  }
  return found;
};

const actionItemFields: Check = (incident) => {
  if (incident.actionItems.length === 0) return [{ field: 'actionItems', key: 'review.action-item-fields.none' }];
  return incident.actionItems.flatMap((item, i) => {
    const vars = { n: i + 1 };
    const found: Found[] = [];
    if (!item.owner.trim()) found.push({ field: `actionItems[${i}].owner`, key: 'review.action-item-fields.owner', vars });
    if (!item.due) found.push({ field: `actionItems[${i}].due`, key: 'review.action-item-fields.due', vars });
    if (!(ACTION_TYPES as readonly string[]).includes(item.type))
      found.push({ field: `actionItems[${i}].type`, key: 'review.action-item-fields.type', vars });
    return found;
  });
};

const preventOrDetect: Check = (incident, { data, severityName }) => {
  if (!data.actionItems.preventOrDetectFor.includes(incident.severity)) return null;
  const has = incident.actionItems.some((item) => item.type === 'prevent' || item.type === 'detect');
  return has ? [] : [{ field: 'actionItems', key: 'review.prevent-or-detect.missing', vars: { severity: severityName } }];
};

const vagueAction: Check = (incident, { data }) => {
  if (incident.actionItems.length === 0) return null;
  const vague = allPhrases(data.actionItems.vague);
  const outcomes = allPhrases(data.actionItems.outcomeMarkers);
  return incident.actionItems.flatMap((item, i) => {
    const match = findPhrase(item.task, vague);
    if (!match || findPhrase(item.task, outcomes)) return [];
    return [
      {
        field: `actionItems[${i}].task`,
        key: 'review.vague-action.found' as const,
        vars: { n: i + 1, phrase: item.task.trim() },
      },
    ];
  });
};

const pastDue: Check = (incident, { now }) => {
  const today = new Date(now).toISOString().slice(0, 10);
  const open = incident.actionItems.map((item, i) => ({ item, i })).filter(({ item }) => item.status !== 'done' && item.due);
  if (open.length === 0) return null;
  return open
    .filter(({ item }) => item.due < today)
    .map(({ item, i }) => ({
      field: `actionItems[${i}].due`,
      key: 'review.past-due.found' as const,
      vars: { n: i + 1, due: item.due },
    }));
};

const postmortemRequired: Check = (incident, { level, severityName, lang }) => {
  const t = reviewTranslate(lang);
  const empty = REQUIRED_SECTIONS.filter((field) => incident[field].trim() === '');
  if (empty.length === 0) return [];
  const required = level?.postmortemRequired !== false;
  const fields = empty.map((field) => t(`review.field.${field}`));
  return [
    {
      field: empty[0]!,
      key: required ? 'review.postmortem-required.missing' : 'review.postmortem-required.optional',
      vars: { severity: severityName, fields },
      level: required ? 'problem' : 'suggestion',
    },
  ];
};

const reviewWindow: Check = (incident, { data, now }) => {
  const resolved = incident.milestones.resolved;
  if (!resolved) return null;
  const limit = data.process.reviewWithinHours;
  const markers = allPhrases(data.process.reviewMarkers);
  const index = incident.timeline.findIndex((entry) => findPhrase(entry.text, markers));
  const hoursAfter = (ms: number) => (ms - toEpochMs(resolved)) / 3_600_000;
  if (index === -1) {
    return hoursAfter(now) > limit
      ? [{ field: 'timeline', key: 'review.review-window.unrecorded', vars: { limit }, level: 'suggestion' }]
      : [];
  }
  const hours = Math.round(hoursAfter(toEpochMs(incident.timeline[index]!.time)));
  return hours > limit ? [{ field: `timeline[${index}]`, key: 'review.review-window.late', vars: { hours, limit } }] : [];
};

const statusPage: Check = (incident, { data, level, severityName }) => {
  if (!level?.statusPage) return null;
  const markers = allPhrases(data.process.statusPageMarkers);
  const recorded = incident.timeline.some((entry) => findPhrase(entry.text, markers));
  return recorded ? [] : [{ field: 'timeline', key: 'review.status-page.missing', vars: { severity: severityName } }];
};

const CHECKS: Record<RuleId, Check> = {
  'blame-language': phraseCheck('blame', 'review.blame-language.found'),
  'hindsight-language': phraseCheck('hindsight', 'review.hindsight-language.found'),
  'person-as-cause': personAsCause,
  'contributing-factors': contributingFactors,
  'impact-number': impactNumber,
  milestones,
  'acknowledge-time': acknowledgeTime,
  'update-cadence': updateCadence,
  'action-item-fields': actionItemFields,
  'prevent-or-detect': preventOrDetect,
  'vague-action': vagueAction,
  'past-due': pastDue,
  'postmortem-required': postmortemRequired,
  'review-window': reviewWindow,
  'status-page': statusPage,
};

function reviewTranslate(lang: Lang) {
  return createTranslate(REVIEW_DICTIONARY[lang], lang);
}

function ruleWhy(rule: Rule, lang: Lang, data: ReviewData): string {
  return reviewTranslate(lang)(`review.rule.${rule.id}.why`, { hours: data.process.reviewWithinHours });
}

/**
 * The findings for one incident, rule by rule in the order of RULES: each broken rule's findings, or
 * one "good" finding for a rule that applies and passes.
 */
export function reviewPostmortem(incident: Incident, options: ReviewOptions): ReviewFinding[] {
  const { lang, data } = options;
  const t = reviewTranslate(lang);
  const level = data.severities.find((l) => l.id === incident.severity);
  const context: Context = {
    lang,
    level,
    severityName: severityLabel(incident.severity, lang, data.severities),
    data: data.review,
    now: options.now ?? Date.now(),
  };
  return RULES.flatMap((rule) => {
    const found = CHECKS[rule.id](incident, context);
    if (found === null) return [];
    const why = ruleWhy(rule, lang, data.review);
    if (found.length === 0)
      return [{ rule: rule.id, level: 'good', field: '', message: t(`review.${rule.id}.good`), why, page: rule.page }];
    return found.map((f) => ({
      rule: rule.id,
      level: f.level ?? rule.level,
      field: f.field,
      message: t(f.key, f.vars),
      why,
      page: rule.page,
    }));
  });
}

export type FailOn = Exclude<Level, 'good'>;

/** True when the review passes: no problem (and, with failOn 'suggestion', no suggestion either). */
export function reviewPasses(findings: readonly ReviewFinding[], failOn: FailOn = 'problem'): boolean {
  return !findings.some((f) => f.level === 'problem' || (failOn === 'suggestion' && f.level === 'suggestion'));
}

/** Findings per level, for a summary line. */
export function countByLevel(findings: readonly ReviewFinding[]): Record<Level, number> {
  const counts: Record<Level, number> = { problem: 0, suggestion: 0, good: 0 };
  for (const f of findings) counts[f.level]++;
  return counts;
}

/** The level's name in `lang` ("Problem" / "ปัญหา"). */
export function levelLabel(level: Level, lang: Lang): string {
  return reviewTranslate(lang)(`review.level.${level}`);
}

export interface RuleDoc {
  id: RuleId;
  level: Rule['level'];
  title: string;
  why: string;
  page: string;
}

/** Every rule with its title and reason in `lang`: the "How the review works" page prints these. */
export function ruleDocs(lang: Lang, data: ReviewData): RuleDoc[] {
  const t = reviewTranslate(lang);
  return RULES.map((rule) => ({ ...rule, title: t(`review.rule.${rule.id}.title`), why: ruleWhy(rule, lang, data) }));
}

/** The review as plain text (the CLI's output): a summary, then each finding with its reason and page. */
export function reviewText(
  incident: Pick<Incident, 'id'>,
  findings: readonly ReviewFinding[],
  lang: Lang,
  failOn: FailOn,
): string {
  const t = reviewTranslate(lang);
  const levels =
    failOn === 'problem' ? [levelLabel('problem', lang)] : [levelLabel('problem', lang), levelLabel('suggestion', lang)];
  const lines = [t('review.summary', countByLevel(findings)), ''];
  for (const f of findings) {
    lines.push(`[${levelLabel(f.level, lang)}] ${f.field ? `${f.field}: ` : ''}${f.message}`);
    if (f.level !== 'good')
      lines.push(`    ${t('review.why', { why: f.why })}`, `    ${t('review.read', { page: pagePath(f.page, lang) })}`);
  }
  lines.push(
    '',
    reviewPasses(findings, failOn) ? t('review.passed', { id: incident.id }) : t('review.failed', { id: incident.id, levels }),
  );
  return `${lines.join('\n')}\n`;
}

/** The handbook page's path in `lang` from the site root (`/th/postmortems/action-items/`). */
export function pagePath(page: string, lang: Lang): string {
  return `${LOCALES[lang].prefix}/${page}`;
}
