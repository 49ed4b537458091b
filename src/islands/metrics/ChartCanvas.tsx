// The drawn charts. This module (and uPlot with it) is loaded with a dynamic import only once results
// are shown, so the page's first load stays small. Colours come from CSS custom properties and the
// chart is redrawn when the theme changes, so it reads in light and dark.
import { useEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import type { MonthlyLines, StackedBars } from './chartData.ts';

export type ChartSpec =
  { kind: 'weekly'; data: StackedBars } | { kind: 'monthly'; data: MonthlyLines; medianLabel: string; meanLabel: string };

/** A colour token of the site (src/styles/global.css), as the current theme computes it. */
function cssVar(el: Element, name: string): string {
  return getComputedStyle(el).getPropertyValue(name).trim();
}

function indexAxis(labels: string[], stroke: string, grid: string): uPlot.Axis {
  return {
    stroke,
    grid: { stroke: grid, width: 1 },
    ticks: { stroke: grid, width: 1 },
    // Only whole indexes carry a label; uPlot may ask for fractional splits on narrow charts.
    values: (_u, splits) => splits.map((i) => (Number.isInteger(i) ? (labels[i] ?? '') : '')),
    // Enough room per label that neighbours never overlap; uPlot then labels every 2nd, 5th… bucket.
    space: 64,
  };
}

function options(spec: ChartSpec, el: HTMLElement, width: number): { opts: uPlot.Options; data: uPlot.AlignedData } {
  const axis = cssVar(el, '--hb-chart-axis');
  const grid = cssVar(el, '--hb-chart-grid');
  const x = spec.data.labels.map((_, i) => i);
  // `2026-W35` -> `W35` on the axis; the year is in the data table.
  const labels = spec.data.labels.map((l) => l.replace(/^\d{4}-(W\d+)$/, '$1'));
  const base = {
    width,
    height: 260,
    legend: { show: false },
    cursor: { show: false },
    scales: {
      x: { time: false, range: [-0.5, Math.max(0.5, x.length - 0.5)] as uPlot.Range.MinMax },
      // Counts and durations start at zero, so bar heights and line levels compare honestly.
      y: { range: (_u: uPlot, _min: number, max: number): uPlot.Range.MinMax => [0, max > 0 ? max * 1.1 : 1] },
    },
  };
  if (spec.kind === 'weekly') {
    const bars = uPlot.paths.bars!({ size: [0.7, 48] });
    return {
      opts: {
        ...base,
        axes: [
          indexAxis(labels, axis, grid),
          // Whole incidents only: no 2.5 ticks.
          {
            stroke: axis,
            grid: { stroke: grid, width: 1 },
            ticks: { stroke: grid, width: 1 },
            incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000, 10_000],
          },
        ],
        series: [
          {},
          ...spec.data.layers.map((layer) => {
            // The one severity palette (--hb-sev1…4), the same the severity table's badges use.
            const colour = cssVar(el, `--hb-${layer.severity.toLowerCase()}`);
            return { label: layer.severity, fill: colour, stroke: colour, paths: bars, points: { show: false } };
          }),
        ],
      },
      // A zero-height bar would still draw a hairline; null draws nothing.
      data: [x, ...spec.data.layers.map((l) => l.values.map((v) => (v === 0 ? null : v)))] as uPlot.AlignedData,
    };
  }
  const median = cssVar(el, '--hb-chart-median');
  const mean = cssVar(el, '--hb-chart-mean');
  return {
    opts: {
      ...base,
      axes: [
        indexAxis(labels, axis, grid),
        { stroke: axis, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid, width: 1 }, size: 60 },
      ],
      series: [
        {},
        { label: spec.medianLabel, stroke: median, width: 2, points: { show: true, size: 7, fill: median } },
        { label: spec.meanLabel, stroke: mean, width: 2, dash: [6, 4], points: { show: true, size: 7, fill: mean } },
      ],
    },
    data: [x, spec.data.median, spec.data.mean] as uPlot.AlignedData,
  };
}

export default function ChartCanvas({ spec, label }: { spec: ChartSpec; label: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = host.current;
    if (!el) return;
    let plot: uPlot | null = null;
    const draw = () => {
      plot?.destroy();
      const { opts, data } = options(spec, el, Math.max(280, el.clientWidth));
      plot = new uPlot(opts, data, el);
    };
    draw();
    // Redraw on theme change: the site's toggle sets attributes on <html>; the OS setting fires matchMedia.
    const themeObserver = new MutationObserver(draw);
    themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
    const scheme = matchMedia('(prefers-color-scheme: dark)');
    scheme.addEventListener('change', draw);
    let lastWidth = el.clientWidth;
    const resize = new ResizeObserver(() => {
      if (plot && el.clientWidth !== lastWidth) {
        lastWidth = el.clientWidth;
        plot.setSize({ width: Math.max(280, lastWidth), height: 260 });
      }
    });
    resize.observe(el);
    return () => {
      themeObserver.disconnect();
      scheme.removeEventListener('change', draw);
      resize.disconnect();
      plot?.destroy();
    };
  }, [spec]);
  return <div ref={host} className="mt-chart" role="img" aria-label={label} />;
}
