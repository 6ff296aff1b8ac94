/**
 * scorecard: `<scorecard-chart>` beside the floor (the same picture as static HTML and SVG
 * written with `innerHTML`, the string made before timing as a server would have sent it) and,
 * for the line charts, a peer: Chart.js 4 drawing the same lines on canvases.
 *
 * Groups (issue 4's "Scale and size"):
 * - `scorecard`: a scorecard of 60 indicators × 12 yearly periods with a sparkline per row,
 *   from `.feed` to painted (data-state ready, updateComplete, one frame).
 * - `line-charts`: 12 line charts of 40 monthly points with their target, one element per chart
 *   (`indicator="…"`, one shared feed object as on a real page), to painted. Chart.js gets the
 *   same points and target as a dashed second dataset, animation off, fixed size; the floor is
 *   the element's picture as static HTML and SVG (heading, summary, legend, gridlines, labels,
 *   target, line and markers, bullet bar, buttons).
 * The aim is at most 2× the floor with all of the element's accessibility (summary, data table,
 * keyboard, legend), which Chart.js and the floor do not have.
 */
import '../src/define/scorecard-chart.js';
import {
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartConfiguration,
} from 'chart.js';
import type { ScorecardChart } from '../src/scorecard-chart/scorecard-chart.js';
import {
  gcBetweenRuns,
  measure,
  nextFrame,
  seeded,
  timerResolution,
  whenReady,
  type BenchOptions,
  type GroupResult,
} from './support.js';

Chart.register(LineController, LineElement, PointElement, LinearScale, CategoryScale);

const SCORECARD_INDICATORS = 60;
const SCORECARD_YEARS = 12;
const CHARTS = 12;
const CHART_POINTS = 40;
const WIDTH = 960;
const CHART_WIDTH = 640;
const CHART_HEIGHT = 320;
const AIM = 2;

interface Series {
  readonly id: string;
  readonly title: string;
  readonly periods: string[];
  readonly values: number[];
  readonly target: number;
}

function makeSeries(count: number, periods: string[], seed: number, prefix: string): Series[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, i) => {
    let value = 40 + random() * 40;
    const values = periods.map(() => (value = Math.round((value + (random() - 0.45) * 4) * 10) / 10));
    return {
      id: `${prefix}${i}`,
      title: `Indikator ${i + 1}: andel invånare som är nöjda med tjänst ${i + 1}`,
      periods,
      values,
      target: Math.round(values[values.length - 1]! + (random() - 0.5) * 10),
    };
  });
}

function feedOf(series: readonly Series[]): unknown {
  return {
    version: 1,
    indicators: series.map((s, i) => ({
      id: s.id,
      title: { sv: s.title },
      unit: 'percent',
      decimals: 1,
      better: i % 4 === 3 ? 'lower' : 'higher',
      kind: i % 2 ? 'place' : 'organization',
      baseline: s.periods[0],
      values: s.periods.map((period, k) => ({ period, value: s.values[k] })),
      targets: [{ period: s.periods[s.periods.length - 1]!.slice(0, 4), value: s.target }],
    })),
  };
}

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
const number = (v: number): string => v.toLocaleString('sv-SE', { maximumFractionDigits: 1 });

function points(values: readonly number[], width: number, height: number): string {
  const min = Math.min(...values);
  const max = Math.max(...values);
  const y = (v: number): number => height - ((v - min) / (max - min || 1)) * height;
  return values
    .map((v, i) => `${((i / (values.length - 1)) * width).toFixed(1)},${y(v).toFixed(1)}`)
    .join(' ');
}

/** The floor's scorecard: the same columns as a static table, a sparkline SVG per row. */
function scorecardHtml(series: readonly Series[]): string {
  const rows = series
    .map((s) => {
      const latest = s.values[s.values.length - 1]!;
      const first = s.values[0]!;
      const met = latest >= s.target;
      return (
        `<tr><th scope="row">${escape(s.title)}</th><td>${number(latest)} % (${s.periods[s.periods.length - 1]})</td>` +
        `<td>minst ${number(s.target)} %</td><td>${met ? '✓ Uppnått' : '✕ Nås inte'}</td>` +
        `<td>${latest > first ? '↗ Bättre' : '↘ Sämre'}</td>` +
        `<td><svg width="96" height="24" aria-hidden="true"><polyline fill="none" stroke="currentColor" points="${points(s.values, 96, 24)}"/></svg></td>` +
        `<td>Områdesindikator</td></tr>`
      );
    })
    .join('');
  return (
    '<table><caption>Styrkort</caption><thead><tr><th scope="col">Indikator</th><th scope="col">Senaste värde</th>' +
    '<th scope="col">Målvärde</th><th scope="col">Status</th><th scope="col">Utveckling</th><th scope="col">Över tid</th>' +
    `<th scope="col">Typ</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

/**
 * The floor's line chart: what the element shows, as static HTML and SVG a server could send —
 * heading, summary sentence, legend, five gridlines with labels, period labels, the target
 * line, the line with a marker per point, a bullet bar and the two buttons.
 */
function lineChartSvg(s: Series): string {
  const [left, w, h] = [48, CHART_WIDTH - 56, CHART_HEIGHT - 40];
  const min = Math.min(...s.values, s.target);
  const max = Math.max(...s.values, s.target);
  const y = (v: number): number => 8 + h - ((v - min) / (max - min || 1)) * h;
  const x = (i: number): number => left + (i / (s.periods.length - 1)) * w;
  const grid = [0, 1, 2, 3, 4]
    .map((k) => min + ((max - min) * k) / 4)
    .map(
      (v) =>
        `<line x1="${left}" x2="${left + w}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#ddd"/>` +
        `<text x="${left - 6}" y="${y(v).toFixed(1)}" text-anchor="end">${number(v)} %</text>`,
    )
    .join('');
  const labels = s.periods
    .map((p, i) =>
      i % 6 === 0
        ? `<text x="${x(i).toFixed(1)}" y="${CHART_HEIGHT - 4}" text-anchor="middle">${p}</text>`
        : '',
    )
    .join('');
  const markers = s.values
    .map((v, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="steelblue"/>`)
    .join('');
  const latest = s.values[s.values.length - 1]!;
  return (
    `<figure><h3>${escape(s.title)}</h3><p>Andelen ökade från ${number(s.values[0]!)} % ${s.periods[0]} till ` +
    `${number(latest)} % ${s.periods[s.periods.length - 1]}; målet ${number(s.target)} % nås inte än.</p>` +
    '<ul><li>Totalt</li><li>Målvärde</li></ul>' +
    `<svg width="${CHART_WIDTH}" height="${CHART_HEIGHT}" aria-hidden="true">${grid}${labels}` +
    `<line x1="${left}" x2="${left + w}" y1="${y(s.target)}" y2="${y(s.target)}" stroke="green" stroke-dasharray="6 4"/>` +
    `<polyline fill="none" stroke="steelblue" stroke-width="2" points="${s.values.map((v, i) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`).join(' ')}"/>` +
    `${markers}</svg>` +
    `<svg width="${CHART_WIDTH}" height="40" aria-hidden="true"><rect width="${CHART_WIDTH}" height="24" fill="#eee"/>` +
    `<rect y="8" width="${(latest / 100) * CHART_WIDTH}" height="8" fill="steelblue"/><line x1="${(s.target / 100) * CHART_WIDTH}" x2="${(s.target / 100) * CHART_WIDTH}" y1="2" y2="22" stroke="black" stroke-width="3"/></svg>` +
    `<p>Senaste värdet ${number(latest)} % mot målet ${number(s.target)} %.</p><button>Visa tabell</button><button>Ladda ner data (CSV)</button></figure>`
  );
}

function chartJsConfig(s: Series): ChartConfiguration<'line'> {
  return {
    type: 'line',
    data: {
      labels: s.periods,
      datasets: [
        { label: s.title, data: s.values, borderColor: 'steelblue', pointRadius: 2 },
        {
          label: 'Målvärde',
          data: s.values.map(() => s.target),
          borderColor: 'gray',
          borderDash: [4, 4],
          pointRadius: 0,
        },
      ],
    },
    options: { animation: false, responsive: false, events: [] },
  };
}

/** A fresh box for every run, so nothing is reused between variants. */
function box(): HTMLDivElement {
  document.body.replaceChildren();
  const div = document.createElement('div');
  div.style.width = `${WIDTH}px`;
  document.body.append(div);
  return div;
}

async function mountElements(feed: unknown, ids: readonly (string | undefined)[]): Promise<ScorecardChart[]> {
  const parent = box();
  const elements = ids.map((id) => {
    const el = document.createElement('scorecard-chart');
    if (id) el.setAttribute('indicator', id);
    el.feed = feed;
    return el;
  });
  const ready = elements.map((el) => whenReady(el));
  parent.append(...elements);
  await Promise.all(ready);
  await nextFrame();
  return elements;
}

export async function run(
  options: BenchOptions,
): Promise<{ env: unknown; subject: string; groups: GroupResult[]; notes: string[] }> {
  const years = Array.from({ length: SCORECARD_YEARS }, (_, i) => String(2015 + i));
  const months = Array.from({ length: CHART_POINTS }, (_, i) => {
    const month = i % 12;
    return `${2023 + Math.floor(i / 12)}-${String(month + 1).padStart(2, '0')}`;
  });
  const scorecard = makeSeries(SCORECARD_INDICATORS, years, 60, 's');
  const charts = makeSeries(CHARTS, months, 12, 'c');
  const scorecardText = JSON.stringify(feedOf(scorecard));
  const chartsText = JSON.stringify(feedOf(charts));
  const floorTable = scorecardHtml(scorecard);
  const floorCharts = charts.map(lineChartSvg).join('');

  // The element must show what the floor shows, or the comparison means nothing.
  const [probe] = await mountElements(JSON.parse(scorecardText), [undefined]);
  const rows = probe!.shadowRoot!.querySelectorAll('tbody tr').length;
  if (rows < SCORECARD_INDICATORS)
    throw new Error(`Expected ${SCORECARD_INDICATORS} scorecard rows, got ${rows}.`);

  let feed: unknown;
  const groups = [
    await measure(
      {
        id: 'scorecard',
        title: `scorecard of ${SCORECARD_INDICATORS} indicators × ${SCORECARD_YEARS} periods with sparklines, to painted`,
        baseline: {
          label: 'static <table> with SVG sparklines (innerHTML)',
          run: async () => {
            box().innerHTML = floorTable;
            await nextFrame();
          },
        },
        candidates: [
          {
            label: '<scorecard-chart> .feed → ready',
            prepare: () => void (feed = JSON.parse(scorecardText)),
            run: () => mountElements(feed, [undefined]),
          },
        ],
      },
      options,
    ),
    await measure(
      {
        id: 'line-charts',
        title: `${CHARTS} line charts of ${CHART_POINTS} points with a target, to painted`,
        baseline: {
          label: `static <svg> × ${CHARTS} (innerHTML)`,
          run: async () => {
            box().innerHTML = floorCharts;
            await nextFrame();
          },
        },
        candidates: [
          {
            label: `<scorecard-chart indicator> × ${CHARTS}, one feed`,
            prepare: () => void (feed = JSON.parse(chartsText)),
            run: () =>
              mountElements(
                feed,
                charts.map((s) => s.id),
              ),
          },
          {
            label: `Chart.js 4 line charts × ${CHARTS} (canvas)`,
            run: async () => {
              const parent = box();
              for (const s of charts) {
                const canvas = document.createElement('canvas');
                canvas.width = CHART_WIDTH;
                canvas.height = CHART_HEIGHT;
                parent.append(canvas);
                new Chart(canvas, chartJsConfig(s));
              }
              await nextFrame();
            },
          },
        ],
      },
      options,
    ),
  ];
  document.body.replaceChildren();

  const notes: string[] = [];
  for (const group of groups) {
    const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const floor = median(group.baseline.samples);
    const ours = median(group.candidates[0]!.samples);
    const ratio = ours / floor;
    notes.push(
      `${group.id}: <scorecard-chart> ${ratio.toFixed(2)}× the floor (aim ≤ ${AIM}×) ${ratio <= AIM ? 'met' : 'MISSED'}`,
    );
  }
  return {
    subject: `${SCORECARD_INDICATORS}-indicator scorecard; ${CHARTS} charts × ${CHART_POINTS} points`,
    env: {
      userAgent: navigator.userAgent,
      crossOriginIsolated: globalThis.crossOriginIsolated,
      gcBetweenRuns,
      timerResolutionMs: timerResolution(),
    },
    groups,
    notes,
  };
}
