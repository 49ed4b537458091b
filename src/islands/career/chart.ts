// The profile chart: one horizontal bar per competency area, its length the level the answers fit
// (plus the share of the next level already shown), with the target level drawn as a dashed line and
// written out in each bar's label, so nothing is told by colour alone. Built as one SVG string, used
// on the page and for the downloads; colours read the site's custom properties with fallbacks, so a
// downloaded file (where the properties are undefined) gets the light theme.

export interface ChartArea {
  name: string;
  /** Level the answers fit, 0 = none yet, plus progress towards the next (0…levels). */
  value: number;
  /** The same as text, e.g. "Mid-level, 40% of Senior". */
  valueText: string;
}

export interface ChartData {
  title: string;
  desc: string;
  /** Level names in order; the axis runs from 0 (none) to levels.length. */
  levels: readonly string[];
  noneLabel: string;
  /** Target level, 1-based (levels[target - 1]). */
  target: number;
  targetLabel: string;
  areas: readonly ChartArea[];
}

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export const CHART_WIDTH = 480;
const LABEL_ROW = 20;
const BAR = 18;
const ROW = LABEL_ROW + BAR + 14;
const TOP = 54;
const LEFT = 12;
const RIGHT = 12;

export function chartHeight(data: ChartData): number {
  return TOP + data.areas.length * ROW + 36;
}

/** A standalone SVG document (also valid inline in HTML). `id` keeps title/desc ids unique on the page. */
export function chartSvg(data: ChartData, id = 'career-chart'): string {
  const width = CHART_WIDTH;
  const height = chartHeight(data);
  const plot = width - LEFT - RIGHT;
  const steps = data.levels.length;
  const x = (value: number) => LEFT + (Math.max(0, Math.min(steps, value)) / steps) * plot;
  const parts: string[] = [];
  parts.push(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="Arial, 'Noto Sans Thai', Tahoma, sans-serif" font-size="14">`,
    `<title id="${id}-title">${escapeXml(data.title)}</title>`,
    `<desc id="${id}-desc">${escapeXml(data.desc)}</desc>`,
    `<style>.bg{fill:var(--bg,#ffffff)}.fg{fill:var(--fg,#1b1f24)}.muted{fill:var(--muted,#4f5963)}.grid{stroke:var(--border,#c4ccd4);stroke-width:1}.track{fill:var(--surface-2,#eaeef2)}.bar{fill:var(--accent,#0b57c2)}.target{stroke:var(--danger,#c0262d);stroke-width:2;stroke-dasharray:6 4}</style>`,
    `<rect class="bg" x="0" y="0" width="${width}" height="${height}"/>`,
  );
  // Axis: one gridline and label per level; labels alternate between two rows so long level names
  // do not run into each other.
  for (let i = 0; i <= steps; i++) {
    const axisY = i % 2 === 0 ? TOP - 30 : TOP - 14;
    const gx = x(i);
    const anchor = i === 0 ? 'start' : i === steps ? 'end' : 'middle';
    parts.push(`<line class="grid" x1="${gx}" y1="${axisY + 4}" x2="${gx}" y2="${TOP + data.areas.length * ROW - 6}"/>`);
    parts.push(
      `<text class="muted" x="${gx}" y="${axisY}" text-anchor="${anchor}">${escapeXml(i === 0 ? data.noneLabel : data.levels[i - 1]!)}</text>`,
    );
  }
  data.areas.forEach((area, i) => {
    const y = TOP + i * ROW;
    parts.push(
      `<text class="fg" x="${LEFT}" y="${y + 14}" font-weight="bold">${escapeXml(area.name)}: <tspan font-weight="normal">${escapeXml(area.valueText)}</tspan></text>`,
    );
    parts.push(`<rect class="track" x="${LEFT}" y="${y + LABEL_ROW}" width="${plot}" height="${BAR}" rx="3"/>`);
    const w = x(area.value) - LEFT;
    if (w > 0) parts.push(`<rect class="bar" x="${LEFT}" y="${y + LABEL_ROW}" width="${w.toFixed(1)}" height="${BAR}" rx="3"/>`);
  });
  const tx = x(data.target);
  parts.push(`<line class="target" x1="${tx}" y1="${TOP - 6}" x2="${tx}" y2="${TOP + data.areas.length * ROW}"/>`);
  const legendY = TOP + data.areas.length * ROW + 22;
  parts.push(`<line class="target" x1="${LEFT}" y1="${legendY - 4}" x2="${LEFT + 28}" y2="${legendY - 4}"/>`);
  parts.push(`<text class="fg" x="${LEFT + 36}" y="${legendY}">${escapeXml(data.targetLabel)}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
