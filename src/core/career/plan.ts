// The growth plan for a target level: every behaviour up to that level not yet shown consistently,
// each with concrete practice linking into the handbook; and the same plan as Markdown for a
// one-to-one. The Markdown is the one the browser downloads and the CLI prints, byte for byte, so it
// holds nothing that depends on where or when it is made.
import { careerTranslate } from '../i18n/career.ts';
import { LOCALES, type Lang } from '../i18n/locales.ts';
import { areaFit, ratingOf } from './fit.ts';
import { allBehaviours, findCompetency, levelIndex } from './framework.ts';
import type { Assessment, CareerFramework, GrowthItem, GrowthPlan, HandbookPath, LevelId, RatingValue } from './types.ts';

const RATING_KEYS: Readonly<Record<RatingValue, string>> = {
  'not-yet': 'career.rating.not-yet',
  sometimes: 'career.rating.sometimes',
  consistently: 'career.rating.consistently',
};

/** A handbook path in a language: `/roles/scribe/` → `/th/roles/scribe/`. */
export function localizedPath(path: HandbookPath, lang: Lang): string {
  return `${LOCALES[lang].prefix}${path}`;
}

export function growthPlan(
  framework: CareerFramework,
  assessment: Pick<Assessment, 'ratings'>,
  targetLevel: LevelId,
): GrowthPlan {
  const targetIndex = levelIndex(framework, targetLevel);
  if (targetIndex < 0)
    throw new RangeError(`unknown level "${targetLevel}"; the framework has ${framework.levels.map((l) => l.id).join(', ')}`);
  const upToTarget = new Set(framework.levels.slice(0, targetIndex + 1).map((l) => l.id));
  const expected = allBehaviours(framework).filter((b) => upToTarget.has(b.level));
  const open = expected.filter((b) => ratingOf(assessment.ratings, b.id) !== 'consistently');
  return {
    target: targetLevel,
    areas: framework.areas.map((area) => ({
      areaId: area.id,
      items: open
        .filter((b) => b.areaId === area.id)
        .map((b): GrowthItem => ({
          ...b,
          rating: ratingOf(assessment.ratings, b.id),
          practice: findCompetency(framework, b.competencyId)!.competency.practice,
        })),
    })),
    done: expected.length - open.length,
    total: expected.length,
  };
}

/** Reader-written text on one Markdown line: whitespace collapsed, Markdown syntax escaped. */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

/** Only http(s) links of the reader's evidence become Markdown links; the file format enforces it too. */
function safeLink(url: string): string | null {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? url : null;
}

export function growthPlanMarkdown(
  framework: CareerFramework,
  assessment: Pick<Assessment, 'ratings'>,
  targetLevel: LevelId,
  lang: Lang,
): string {
  const t = careerTranslate(lang);
  const plan = growthPlan(framework, assessment, targetLevel);
  const levelName = (id: LevelId | null) =>
    id ? framework.levels.find((l) => l.id === id)!.name[lang] : t('career.plan.belowFirst');
  const fits = areaFit(framework, assessment.ratings);
  const lines: string[] = [];
  lines.push(`# ${t('career.plan.title', { level: levelName(targetLevel) })}`, '');
  lines.push(t('career.plan.summary', { level: levelName(targetLevel), done: plan.done, count: plan.total }), '');
  lines.push(`## ${t('career.plan.standTitle')}`, '');
  lines.push(
    `| ${t('career.plan.area')} | ${t('career.plan.fits')} | ${t('career.plan.next')} | ${t('career.plan.missing')} |`,
    '| --- | --- | --- | --- |',
  );
  for (const fit of fits) {
    const area = framework.areas.find((a) => a.id === fit.areaId)!;
    lines.push(
      `| ${area.name[lang]} | ${levelName(fit.fit)} | ${fit.next ? levelName(fit.next) : t('career.plan.top')} | ${fit.missing.length} |`,
    );
  }
  lines.push('');
  if (plan.done === plan.total) {
    lines.push(t('career.plan.allShown', { level: levelName(targetLevel), link: localizedPath('/career/promotion/', lang) }), '');
  }
  for (const { areaId, items } of plan.areas) {
    if (!items.length) continue;
    const area = framework.areas.find((a) => a.id === areaId)!;
    lines.push(`## ${area.name[lang]}`, '');
    for (const item of items) {
      const { competency } = findCompetency(framework, item.competencyId)!;
      lines.push(`### ${competency.name[lang]} (${levelName(item.level)})`, '');
      lines.push(`${t('career.plan.now')}: ${t(RATING_KEYS[item.rating])}`, '');
      lines.push(item.behaviour[lang], '');
      lines.push(`${t('career.plan.evidence')}:`, '');
      for (const evidence of item.evidence) lines.push(`- ${evidence[lang]}`);
      lines.push('');
      const own = assessment.ratings[item.id];
      if (own?.evidence || own?.link) {
        const link = own.link ? safeLink(own.link) : null;
        const note = own.evidence ? inline(own.evidence) : '';
        lines.push(`${t('career.plan.myEvidence')}: ${[note, link ? `<${link}>` : ''].filter(Boolean).join(' ')}`, '');
      }
      lines.push(`${t('career.plan.practise')}:`, '');
      for (const practice of item.practice) lines.push(`- [${practice.text[lang]}](${localizedPath(practice.href, lang)})`);
      lines.push('');
    }
  }
  lines.push('---', '', t('career.plan.footer'), '');
  return lines.join('\n');
}
