// The growth plan for the target level (the core's growthPlan), with the Markdown download (the
// core's growthPlanMarkdown: the same bytes the CLI prints), printing, and a read-only share link whose
// payload sits in the URL fragment (never sent to a server; the share code loads only when asked for).
import { useState } from 'react';
import type { Assessment, GrowthPlan, LevelId } from '../../core/career/types.ts';
import type { Engine } from './engine.ts';
import { downloadText } from './download.ts';
import { areaName, competencyName, handbookHref, levelName, ratingLabel, type ViewContext } from './view.ts';

interface Props {
  ctx: ViewContext;
  assessment: Assessment;
  target: LevelId;
  /** The core's growthPlan for this assessment and target. */
  plan: GrowthPlan;
  /** The core's functions, loaded on demand (for the Markdown). */
  loadEngine: () => Promise<Engine>;
  /** The shared view shows the plan without the buttons. */
  readOnly?: boolean;
}

export function planFilename(target: LevelId, lang: string): string {
  return `growth-plan-${target}-${lang}.md`;
}

export function Plan({ ctx, assessment, target, plan, loadEngine, readOnly = false }: Props) {
  const targetName = levelName(ctx, target);
  const [share, setShare] = useState<{ url: string; copied: boolean } | { error: string } | null>(null);

  const makeShareLink = async () => {
    try {
      const { encodeAssessmentShare } = await import('../../core/career/share.ts');
      const url = `${location.origin}${location.pathname}#${encodeAssessmentShare(assessment)}`;
      let copied = false;
      try {
        await navigator.clipboard.writeText(url);
        copied = true;
      } catch {
        // No clipboard permission: the link is shown to copy by hand.
      }
      setShare({ url, copied });
    } catch (error) {
      setShare({ error: (error as Error).message || String(error) });
    }
  };

  return (
    <>
      <p>
        {plan.done === plan.total
          ? ctx.t('assessment.planEmpty', { target: targetName })
          : ctx.t('assessment.planIntro', { target: targetName })}
      </p>
      <p>{ctx.t('assessment.planProgress', { done: plan.done, count: plan.total, target: targetName })}</p>
      {!readOnly && (
        <div className="row-buttons">
          <button
            type="button"
            onClick={async () =>
              downloadText(
                (await loadEngine()).growthPlanMarkdown(ctx.framework, assessment, target, ctx.lang),
                planFilename(target, ctx.lang),
                'text/markdown;charset=utf-8',
              )
            }
          >
            {ctx.t('assessment.downloadPlan')}
          </button>
          <button type="button" onClick={() => window.print()}>
            {ctx.t('assessment.print')}
          </button>
          <button type="button" onClick={() => void makeShareLink()}>
            {ctx.t('assessment.share')}
          </button>
        </div>
      )}
      <div aria-live="polite">
        {share && 'error' in share && <p className="ca-problem">{ctx.t('assessment.shareFailed', { message: share.error })}</p>}
        {share && 'url' in share && (
          <div className="ca-notice">
            {share.copied && <p>{ctx.t('assessment.shareCopied')}</p>}
            <label>
              {ctx.t('assessment.shareReady')}
              <input className="ca-share-url" readOnly value={share.url} onFocus={(e) => e.currentTarget.select()} />
            </label>
          </div>
        )}
      </div>
      {plan.areas
        .filter((a) => a.items.length > 0)
        .map((area) => (
          <section key={area.areaId} className="ca-plan-area">
            <h3>{areaName(ctx, area.areaId)}</h3>
            <ul className="ca-list">
              {area.items.map((item) => (
                <li key={item.id} className="ca-plan-item">
                  <strong>
                    {competencyName(ctx, item.competencyId)} ({levelName(ctx, item.level)})
                  </strong>
                  {' · '}
                  {ctx.t('assessment.planNow', { rating: ratingLabel(ctx, item.rating) })}
                  <br />
                  {item.behaviour[ctx.lang]}
                  {item.practice.length > 0 && (
                    <ul>
                      {item.practice.map((p) => (
                        <li key={p.href + p.text.en}>
                          <a href={handbookHref(ctx, p.href)}>{p.text[ctx.lang]}</a>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ul>
          </section>
        ))}
    </>
  );
}
