// The profile per area against the target level: the chart (SVG, with title and description) and the
// same numbers as a table, plus SVG and PNG downloads (the PNG code loads only when asked for).
import { useMemo, useState } from 'react';
import type { AreaFit, LevelId } from '../../core/career/types.ts';
import { CHART_WIDTH, chartHeight, chartSvg, type ChartData } from './chart.ts';
import { downloadBlob, downloadText } from './download.ts';
import { areaName, competencyName, fitText, levelName, type ViewContext } from './view.ts';

interface Props {
  ctx: ViewContext;
  fits: readonly AreaFit[];
  target: LevelId;
  /** Keeps ids unique when the page shows two profiles (the shared view). */
  idPrefix: string;
  /** The shared view offers no downloads. */
  downloads?: boolean;
}

export function Profile({ ctx, fits, target, idPrefix, downloads = true }: Props) {
  const [problem, setProblem] = useState('');
  const data: ChartData = useMemo(() => {
    const targetName = levelName(ctx, target);
    return {
      title: ctx.t('assessment.chartTitle', { target: targetName }),
      desc: ctx.t('assessment.chartDesc', { target: targetName }),
      levels: ctx.framework.levels.map((l) => l.name[ctx.lang]),
      noneLabel: ctx.t('assessment.chartNone'),
      target: ctx.framework.levels.findIndex((l) => l.id === target) + 1,
      targetLabel: ctx.t('assessment.chartTarget', { target: targetName }),
      areas: fits.map((fit) => ({ name: areaName(ctx, fit.areaId), value: fit.profile, valueText: fitText(ctx, fit) })),
    };
  }, [ctx, fits, target]);
  const svg = useMemo(() => chartSvg(data, `${idPrefix}-chart`), [data, idPrefix]);
  const filename = `career-profile-${target}`;

  const png = async () => {
    setProblem('');
    try {
      const { svgToPng } = await import('./png.ts');
      downloadBlob(await svgToPng(svg, CHART_WIDTH, chartHeight(data)), `${filename}.png`);
    } catch (error) {
      setProblem((error as Error).message || String(error));
    }
  };

  return (
    <>
      {/* The SVG string escapes every text it holds (chart.ts). */}
      <div className="ca-chart" dangerouslySetInnerHTML={{ __html: svg }} />
      <div className="ca-table-wrap">
        <table className="ca-table">
          <caption>{data.title}</caption>
          <thead>
            <tr>
              <th scope="col">{ctx.t('assessment.area')}</th>
              <th scope="col">{ctx.t('assessment.tableFits')}</th>
              <th scope="col">{ctx.t('assessment.tableNext')}</th>
              <th scope="col">{ctx.t('assessment.tableMissing')}</th>
            </tr>
          </thead>
          <tbody>
            {fits.map((fit) => (
              <tr key={fit.areaId}>
                <th scope="row">{areaName(ctx, fit.areaId)}</th>
                <td>{fitText(ctx, fit)}</td>
                <td>{fit.next ? levelName(ctx, fit.next) : ctx.t('assessment.tableTop')}</td>
                <td>
                  {fit.missing.length > 0 &&
                    ctx.t('assessment.tableMissingList', {
                      count: fit.missing.length,
                      names: fit.missing.map((m) => competencyName(ctx, m.competencyId)),
                    })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {downloads && (
        <div className="row-buttons">
          <button type="button" onClick={() => downloadText(svg, `${filename}.svg`, 'image/svg+xml')}>
            {ctx.t('assessment.downloadSvg')}
          </button>
          <button type="button" onClick={() => void png()}>
            {ctx.t('assessment.downloadPng')}
          </button>
        </div>
      )}
      {problem && (
        <p className="ca-problem" role="alert">
          {problem}
        </p>
      )}
    </>
  );
}
