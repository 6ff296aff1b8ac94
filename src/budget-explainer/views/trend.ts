/** The years side by side: costs per area over the years, and costs per resident (demography). */
import { html, nothing, svg, type TemplateResult } from 'lit';
import { formatAmount, formatNumber } from '../../core/format.js';
import { linearScale, paddedExtent, pointScale } from '../../core/scale.js';
import { demographySummary, kindWord, trendSummary, type Trend } from '../model.js';
import type { ViewContext } from '../types.js';
import { labelOf, sectionHeading, yearText } from './common.js';
import { dataTable } from './table.js';

/**
 * A small line chart, drawn at the element's width so its text stays legible: one point per
 * year, labelled with the year and its kind; segments towards a year that is not an outcome
 * are dashed, and those points hollow, so the kind is never told by colour. Straight segments
 * (`M x,y L x,y`) need no d3-shape, whose bundle costs about 5 KB gzipped for `line()`.
 */
function lineChart(
  ctx: ViewContext,
  values: readonly (number | undefined)[],
  format: (v: number) => string,
  label: string,
): TemplateResult {
  const points = ctx.model.trend.points;
  const width = Math.max(280, Math.min(ctx.width, 720));
  const height = 220;
  const pad = { left: 36, right: 36, top: 28, bottom: 44 };
  const known = values.filter((v): v is number => v !== undefined);
  // 15 % of room above the highest point and below the lowest, for the value labels.
  const extent = paddedExtent(known, 0.15) ?? [0, 1];
  const x = pointScale(points.length, [pad.left, width - pad.right], 'edge');
  const y = linearScale(extent, [height - pad.bottom, pad.top]);
  const segments: TemplateResult[] = [];
  for (let i = 0; i + 1 < values.length; i++) {
    const a = values[i];
    const b = values[i + 1];
    if (a === undefined || b === undefined) continue;
    const dashed = points[i + 1]!.kind !== 'outcome';
    segments.push(
      svg`<path class="line ${dashed ? 'line--dashed' : ''}" d="M${x(i)},${y(a)}L${x(i + 1)},${y(b)}"></path>`,
    );
  }
  return html`<svg
    class="trend"
    part="chart"
    role="img"
    aria-label=${label}
    width=${width}
    height=${height}
    viewBox="0 0 ${width} ${height}"
  >
    ${segments}
    ${points.map((p, i) => {
      const v = values[i];
      const cx = x(i);
      return svg`<g>
        ${
          v === undefined
            ? nothing
            : svg`<circle class=${p.kind === 'outcome' ? 'dot' : 'dot dot--open'} cx=${cx} cy=${y(v)} r="5"></circle>
              <text class="value" x=${cx} y=${y(v) - 11} text-anchor="middle">${format(v)}</text>`
        }
        <text class="axis" x=${cx} y=${height - 24} text-anchor="middle">${p.year}</text>
        <text class="axis axis--kind" x=${cx} y=${height - 8} text-anchor="middle">${kindWord(p.kind, ctx.t)}</text>
      </g>`;
    })}
  </svg>`;
}

export interface TrendProps {
  /** The area followed over the years; '' for all costs. */
  readonly area: string;
  readonly onArea: (id: string) => void;
}

export function trendView(ctx: ViewContext, props: TrendProps): TemplateResult {
  const { t, model: m, lang } = ctx;
  const trend = m.trend;
  const area = trend.areas.find((a) => a.id === props.area);
  const values = area ? area.values : trend.points.map((p) => p.costs);
  const series = area ? area.title : t.trendAll;
  const summary = trendSummary(trend.points, values, series, m.unit, t, lang);
  const yearHeads = trend.points.map((p) => `${p.year} (${kindWord(p.kind, t)})`);
  const compact = (v: number): string => formatNumber(v, lang, { maxDecimals: 0 });
  return html`<section class="section" aria-labelledby=${labelOf(ctx, t.trendHeading, 'trend-h')}>
    ${sectionHeading(ctx, 2, t.trendHeading, 'trend-h')}
    ${ctx.isStatic ? nothing : trendSelect(ctx, trend, area, props.onArea)}
    <p class="summary" id="trend-summary">${summary}</p>
    ${
      trend.points.length > 1
        ? html`${lineChart(ctx, values, compact, `${summary} (${m.unit})`)}
            <p class="hint">${t.trendPlanNote}</p>`
        : nothing
    }
    ${dataTable(
      ctx,
      `${t.trendCaption} (${m.unit})`,
      [t.area, ...yearHeads],
      trend.areas.map((a) => [a.title, ...a.values.map((v) => (v === undefined ? '–' : compact(v)))]),
      [t.total, ...trend.points.map((p) => (p.costs === undefined ? '–' : compact(p.costs)))],
    )}
  </section>`;
}

function trendSelect(
  ctx: ViewContext,
  trend: Trend,
  area: Trend['areas'][number] | undefined,
  onArea: (id: string) => void,
): TemplateResult {
  const t = ctx.t;
  return html`<div class="year">
    <label for="trend-area">${t.trendSeries}</label>
    <select id="trend-area" @change=${(e: Event) => onArea((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!area}>${t.trendAll}</option>
      ${trend.areas.map((a) => html`<option value=${a.id} ?selected=${a === area}>${a.title}</option>`)}
    </select>
  </div>`;
}

/** Costs per resident over the years, with the population. */
export function demographyView(ctx: ViewContext): TemplateResult {
  const { t, model: m, lang } = ctx;
  const points = m.trend.points;
  const perResident = points.map((p) =>
    p.costPerResident === undefined ? undefined : Math.round(p.costPerResident),
  );
  const summary = demographySummary(points, t, lang);
  const kr = (v: number): string => formatAmount(v, 'kr', lang, { decimals: 0 });
  const has = perResident.filter((v) => v !== undefined).length;
  return html`<section class="section" aria-labelledby=${labelOf(ctx, t.demoHeading, 'demo-h')}>
    ${sectionHeading(ctx, 2, t.demoHeading, 'demo-h')}
    <p class="summary">${summary}</p>
    ${
      has > 1
        ? html`${lineChart(ctx, perResident, kr, `${t.costPerResident}: ${summary}`)}
            <p class="hint">${t.trendPlanNote}</p>`
        : nothing
    }
    ${
      has > 0
        ? dataTable(
            ctx,
            t.demoCaption,
            [t.yearLabel, t.population, t.costPerResident],
            points.map((p, i) => [
              yearText(ctx, m.years[i]!),
              p.population === undefined ? '–' : formatNumber(p.population, lang),
              perResident[i] === undefined ? '–' : kr(perResident[i]),
            ]),
          )
        : nothing
    }
  </section>`;
}
