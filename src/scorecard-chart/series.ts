/**
 * One indicator as chart data: the period axis, the series (T, K, M and comparisons) with
 * their gaps, the target per period, the value domain, a summary in words, the data as CSV and
 * the bullet chart of the latest value. Pure: no DOM, no Lit (d3-array does the tick maths).
 *
 * Choices a reader of the chart would question (docs: README, "scorecard-chart"):
 * - One granularity per chart. A feed may mix years and tertials for one indicator; the chart
 *   shows the kind of period with the most values in the main series (ties: the kind of the
 *   latest observation), because a line through 2024, T1 2025, 2025 would mix overlapping
 *   periods. The others are counted (`otherPeriods`) and said in the summary; the bullet chart
 *   still shows the latest value of any kind.
 * - The axis is continuous from the first to the last period that has a value or a target of
 *   that kind, so a missing year is a visible gap, and a target set for a later year shows
 *   where the line should go.
 * - A gap ("data saknas") is a period inside a series' own span (first to last observation,
 *   nulls included) without a number; periods before or after it are simply not drawn.
 * - Bars when there are at most three periods (a line through two points says little) or the
 *   unit is a count over at most 40 periods; lines otherwise. Bars start at zero; lines start
 *   at zero when that costs less than half the height, and percentages never pass 100.
 * - CSV: Swedish uses `;` between fields and a decimal comma, as Excel in Sweden expects;
 *   English uses `,` and a decimal point. Both start with a UTF-8 BOM (so Excel reads å, ä, ö)
 *   and end lines with CRLF; fields are quoted as RFC 4180 says, and text that a spreadsheet
 *   would run as a formula (=, +, -, @) gets a leading apostrophe.
 */
import { extent, nice, ticks } from 'd3-array';
import type { Indicator, Observation, Status } from '../feed/generated/feed-types.js';
import { parsePeriod, type ParsedPeriod, type PeriodKind } from '../feed/period.js';
import {
  compareToTarget,
  isNumber,
  formatIndicatorValue,
  formatTarget,
  latestValue,
  targetFor,
  type LatestValue,
  type TargetBand,
} from '../core/indicator-model.js';
import { formatList, formatPeriod, formatPeriodInText } from '../core/format.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import type { IndicatorViewTextKey } from './indicator-view.texts.sv.js';
import { chooseKind } from './period-kind.js';
import { trendBetween } from './trend.js';

/** The strings the model writes with (the element's, with the page's overrides). */
export type ChartTexts = Readonly<Record<IndicatorViewTextKey, string>>;

/** Most periods one chart shows; beyond that the latest are kept. */
export const MAX_PERIODS = 400;

export type SeriesKind = 'total' | 'women' | 'men' | 'comparison';

export interface ChartPoint {
  /** A finite number, or null for no value. */
  readonly value: number | null;
  readonly kind?: 'forecast' | 'preliminary';
  /** True inside the series' span without a number: drawn as a gap marked "data saknas". */
  readonly gap: boolean;
}

export interface ChartSeries {
  /** total, women, men, or the comparison's id. */
  readonly id: string;
  readonly kind: SeriesKind;
  readonly label: string;
  /** Place among the comparisons (0, 1, …), so each keeps its look whether K and M exist or not. */
  readonly rank: number;
  /** One point per period of the axis. */
  readonly points: readonly ChartPoint[];
}

export interface ChartModel {
  readonly indicator: Indicator;
  readonly lang: Lang;
  /** Periods as the feed writes them, in order. */
  readonly periods: readonly string[];
  readonly periodKind: PeriodKind | undefined;
  /** Observations of the main series left out because they are of another kind of period. */
  readonly otherPeriods: number;
  readonly series: readonly ChartSeries[];
  /** The target that applies to each period (a year's target applies to its tertials). */
  readonly targets: readonly (TargetBand | undefined)[];
  readonly bars: boolean;
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
  readonly hasGaps: boolean;
  readonly hasForecast: boolean;
}

/** A value from the feed as the chart uses it: a finite number or null (strings, NaN guarded). */
function numberOrNull(value: unknown): number | null {
  return isNumber(value) ? value : null;
}

const PER_YEAR: Record<PeriodKind, number> = { year: 1, half: 2, tertial: 3, quarter: 4, month: 12 };

/** The period string for a year and an index within it, as the feed writes it. */
function periodText(kind: PeriodKind, year: number, index: number): string {
  const y = String(year).padStart(4, '0');
  switch (kind) {
    case 'year':
      return y;
    case 'half':
      return `${y}-H${index}`;
    case 'tertial':
      return `${y}-T${index}`;
    case 'quarter':
      return `${y}-Q${index}`;
    case 'month':
      return `${y}-${String(index).padStart(2, '0')}`;
  }
}

/** Ordinal of a period within its kind, so the axis can be filled without holes. */
function ordinal(parsed: ParsedPeriod): number {
  return parsed.year * PER_YEAR[parsed.kind] + parsed.index - 1;
}

function buildAxis(indicator: Indicator, kind: PeriodKind): string[] {
  const seen = new Map<number, string>();
  const add = (period: unknown): void => {
    const parsed = parsePeriod(String(period));
    if (parsed?.kind === kind) seen.set(ordinal(parsed), parsed.text);
  };
  for (const o of indicator.values ?? []) add(o.period);
  for (const c of indicator.comparisons ?? []) for (const o of c.values ?? []) add(o.period);
  for (const t of indicator.targets ?? []) add(t.period);
  const ordinals = [...seen.keys()].sort((a, b) => a - b);
  if (!ordinals.length) return [];
  const first = ordinals[0]!;
  const last = ordinals[ordinals.length - 1]!;
  const per = PER_YEAR[kind];
  // A continuous axis, unless a far outlier would make it huge: then the periods as given.
  const list =
    last - first < MAX_PERIODS * 2 ? Array.from({ length: last - first + 1 }, (_, i) => first + i) : ordinals;
  return list
    .slice(-MAX_PERIODS)
    .map((n) => seen.get(n) ?? periodText(kind, Math.floor(n / per), (n % per) + 1));
}

function alignSeries(
  id: string,
  kind: SeriesKind,
  label: string,
  rank: number,
  periods: readonly string[],
  observations: readonly Observation[],
  pick: (o: Observation) => unknown,
): ChartSeries {
  const at = new Map<string, Observation>();
  for (const o of observations) {
    const period = String(o.period);
    // A repeated period: the later entry wins, as a correction would.
    if (parsePeriod(period)) at.set(period, o);
  }
  const present = periods.map((p) => (at.has(p) ? pick(at.get(p)!) !== undefined : false));
  const first = present.indexOf(true);
  const last = present.lastIndexOf(true);
  const points = periods.map((period, i): ChartPoint => {
    const o = at.get(period);
    const value = o ? numberOrNull(pick(o)) : null;
    const k = o?.kind === 'forecast' || o?.kind === 'preliminary' ? o.kind : undefined;
    return { value, kind: k, gap: value === null && first >= 0 && i >= first && i <= last };
  });
  return { id, kind, label, rank, points };
}

function hasAny(observations: readonly Observation[], pick: (o: Observation) => unknown): boolean {
  return observations.some((o) => isNumber(pick(o)));
}

/** The value domain and its ticks; see the module comment for when zero is included. */
function valueDomain(
  values: readonly number[],
  bars: boolean,
  percent: boolean,
): { domain: [number, number]; ticks: number[] } {
  if (!values.length) return { domain: [0, 1], ticks: ticks(0, 1, 5) };
  // extent, not Math.min(...values): a long feed would overflow the argument list.
  let [lo, hi] = extent(values) as [number, number];
  if (bars || (lo >= 0 && lo <= hi - lo)) lo = Math.min(0, lo);
  if (bars && hi < 0) hi = 0;
  if (lo === hi) {
    const pad = Math.abs(lo) * 0.1 || 1;
    [lo, hi] = [lo - (lo === 0 ? 0 : pad), hi + pad];
  } else if (lo !== 0) {
    const pad = (hi - lo) * 0.05;
    [lo, hi] = [lo - pad, hi + pad];
  } else hi += (hi - lo) * 0.05;
  let [a, b] = nice(lo, hi, 5);
  if (percent && hi <= 100 && b > 100) b = 100;
  if (percent && lo >= 0 && a < 0) a = 0;
  return { domain: [a, b], ticks: ticks(a, b, 5) };
}

/** The chart data of one indicator. Never throws, whatever the feed holds. */
export function buildChartModel(indicator: Indicator, lang: Lang, texts: ChartTexts): ChartModel {
  const values = Array.isArray(indicator.values) ? indicator.values : [];
  const periodKind = chooseKind(values);
  const periods = periodKind ? buildAxis(indicator, periodKind) : [];
  const otherPeriods = values.filter((o) => parsePeriod(String(o.period))?.kind !== periodKind).length;

  const series: ChartSeries[] = [
    alignSeries('total', 'total', texts.seriesTotal, 0, periods, values, (o) => o.value),
  ];
  if (hasAny(values, (o) => o.women))
    series.push(alignSeries('women', 'women', texts.seriesWomen, 0, periods, values, (o) => o.women));
  if (hasAny(values, (o) => o.men))
    series.push(alignSeries('men', 'men', texts.seriesMen, 0, periods, values, (o) => o.men));
  for (const [rank, comparison] of (indicator.comparisons ?? []).entries()) {
    const observations = Array.isArray(comparison.values) ? comparison.values : [];
    const label = pickText(comparison.label, lang) || String(comparison.id);
    series.push(
      alignSeries(String(comparison.id), 'comparison', label, rank, periods, observations, (o) => o.value),
    );
  }

  const targets = periods.map((p) => targetFor(indicator, p));
  const numbers: number[] = [];
  for (const s of series) for (const p of s.points) if (p.value !== null) numbers.push(p.value);
  for (const t of targets) for (const edge of [t?.min, t?.max]) if (isNumber(edge)) numbers.push(edge);

  const bars = periods.length <= 3 || (indicator.unit === 'count' && periods.length <= 40);
  const { domain, ticks: tickValues } = valueDomain(numbers, bars, indicator.unit === 'percent');
  return {
    indicator,
    lang,
    periods,
    periodKind,
    otherPeriods,
    series,
    targets,
    bars,
    domain,
    ticks: tickValues,
    hasGaps: series.some((s) => s.points.some((p) => p.gap)),
    hasForecast: series.some((s) => s.points.some((p) => p.kind === 'forecast' && p.value !== null)),
  };
}

/* ---- Words ------------------------------------------------------------------------------- */

/** A value as a reader reads it: "75,6 %", "12 dagar". */
export function formatValue(value: number, indicator: Indicator, lang: Lang): string {
  return formatIndicatorValue(value, indicator, lang);
}

/**
 * A target in words. A target written as one value reads as that value ("målet 70 %"), the way
 * a council writes it; a band or a min/max reads "84 % – 90 %", "minst 77 %".
 */
export function formatTargetText(
  band: TargetBand,
  model: Pick<ChartModel, 'indicator' | 'lang'>,
  texts: ChartTexts,
): string {
  const { target } = band;
  if (isNumber(target.value) && !isNumber(target.min) && !isNumber(target.max))
    return formatValue(target.value, model.indicator, model.lang);
  return formatTarget(band, model.indicator, model.lang, {
    atLeast: texts.chartAtLeast,
    atMost: texts.chartAtMost,
  });
}

/** A period inside a sentence (core/format.ts); kept under this name for the chart's callers. */
export const periodInSentence = formatPeriodInText;

function lastIndex<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let i = items.length - 1; i >= 0; i--) if (test(items[i]!)) return i;
  return -1;
}

/**
 * The summary in words, written from the data, e.g. "Andelen ökade från 61 % 2019 till 68 %
 * 2025, en förbättring; målet 70 % nås inte än." Forecasts are left out of the from–to (a
 * prognosis is not a result) and said apart; a missing latest value is said.
 */
export function summarize(model: ChartModel, texts: ChartTexts): string {
  const { indicator, lang, periods } = model;
  const total = model.series[0]!;
  const value = (v: number): string => formatValue(v, indicator, lang);
  const usable = (p: ChartPoint): boolean => p.value !== null && p.kind !== 'forecast';
  const firstAt = total.points.findIndex(usable);
  const lastAt = lastIndex(total.points, usable);
  const sentences: string[] = [];
  if (firstAt < 0) sentences.push(texts.chartSummaryNone);
  else {
    const from = total.points[firstAt]!.value!;
    const last = total.points[lastAt]!;
    const to = last.value!;
    const subject = indicator.unit === 'percent' ? texts.chartSummaryShare : texts.chartSummaryValue;
    // "från 410 2019" runs two numbers together; a bare number gets "år 2019" (en: "in 2019" already).
    const bare = /\d$/.test(value(from));
    const inSentence = (period: string): string => {
      const text = periodInSentence(period, lang);
      return bare && parsePeriod(period)?.kind === 'year'
        ? fill(texts.chartSummaryYear, { period: text })
        : text;
    };
    const words = {
      subject,
      from: value(from),
      to:
        value(to) +
        (last.kind === 'preliminary' ? ` (${texts.seriesPreliminary.toLocaleLowerCase(lang)})` : ''),
      fromPeriod: inSentence(periods[firstAt]!),
      toPeriod: inSentence(periods[lastAt]!),
    };
    let sentence: string;
    if (firstAt === lastAt) sentence = fill(texts.chartSummaryOne, words);
    else if (value(from) === value(to)) sentence = fill(texts.chartSummaryFlat, words);
    else {
      sentence = fill(to > from ? texts.chartSummaryRose : texts.chartSummaryFell, words);
      // The scorecard's trend rule (trend.ts), so its trend cell says the same.
      const { trend } = trendBetween(indicator, from, to, model.targets[lastAt]);
      if (trend === 'better') sentence += texts.chartSummaryBetter;
      else if (trend === 'worse') sentence += texts.chartSummaryWorse;
      else if (trend === 'unchanged') sentence += texts.chartSummaryAboutSame;
    }
    const band = model.targets[lastAt];
    if (band) {
      const met = compareToTarget(to, band) === 'achieved';
      sentence += fill(met ? texts.chartSummaryTargetMet : texts.chartSummaryTargetNotMet, {
        target: formatTargetText(band, model, texts),
      });
    }
    sentences.push(`${sentence}.`);

    // What else was measured in the same period: gender and comparisons.
    const others = model.series
      .slice(1)
      .filter((s) => s.points[lastAt]?.value !== null && s.points[lastAt] !== undefined)
      .map((s) => `${s.label} ${value(s.points[lastAt]!.value!)}`);
    if (others.length)
      sentences.push(
        fill(texts.chartSummaryCompared, {
          period: formatPeriod(periods[lastAt]!, lang),
          list: formatList(others, lang),
        }),
      );
  }
  // The latest period the total series reached (nulls count) without a value after its last number.
  const reached = lastIndex(total.points, (p) => p.gap || usable(p));
  if (reached > lastAt && total.points[reached]!.gap)
    sentences.push(fill(texts.chartSummaryMissing, { period: periodInSentence(periods[reached]!, lang) }));
  const forecastAt = lastIndex(total.points, (p) => p.kind === 'forecast' && p.value !== null);
  if (forecastAt > lastAt)
    sentences.push(
      fill(texts.chartSummaryForecast, {
        period: periodInSentence(periods[forecastAt]!, lang),
        value: value(total.points[forecastAt]!.value!),
      }),
    );
  if (lastAt < 0 || !model.targets[lastAt]) {
    // No target for the latest value: the next target ahead, if any, says where it is heading.
    const ahead = model.targets.findIndex((t, i) => t !== undefined && i > lastAt);
    if (ahead >= 0)
      sentences.push(
        fill(texts.chartSummaryTargetAhead, {
          period: periodInSentence(periods[ahead]!, lang),
          target: formatTargetText(model.targets[ahead]!, model, texts),
        }),
      );
  }
  if (model.otherPeriods > 0) sentences.push(fill(texts.chartOtherPeriods, { count: model.otherPeriods }));
  return sentences.join(' ');
}

/* ---- CSV --------------------------------------------------------------------------------- */

const BOM = '\ufeff';

/** One CSV field, RFC 4180: quoted when it holds the separator, a quote or a line break. */
function csvField(text: string, separator: string): string {
  // A leading =, +, - or @ makes a spreadsheet run the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return safe.includes(separator) || /["\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function csvNumber(value: number | null | undefined, lang: Lang): string {
  if (!isNumber(value)) return '';
  // Plain digits (no grouping, no unit) so a spreadsheet reads them as numbers.
  const text = String(value);
  return lang === 'sv' ? text.replace('.', ',') : text;
}

/**
 * The chart's data as CSV text: a header row, then one row per period with the period as
 * written in the feed, one column per series and the target (value, or lowest and highest
 * when any target is a band). See the module comment for separator, decimals and BOM.
 */
export function toCsv(model: ChartModel, texts: ChartTexts): string {
  const { lang } = model;
  const separator = lang === 'sv' ? ';' : ',';
  const bands = model.targets.some((t) => t && (isNumber(t.target.min) || isNumber(t.target.max)));
  const hasTargets = model.targets.some(Boolean);
  const flagged = model.series[0]!.points.some((p) => p.kind);
  const header = [texts.tablePeriod, ...model.series.map((s) => s.label)];
  if (hasTargets)
    header.push(...(bands ? [texts.seriesTargetLow, texts.seriesTargetHigh] : [texts.seriesTarget]));
  if (flagged) header.push(`${texts.seriesTotal}: ${texts.seriesForecast} / ${texts.seriesPreliminary}`);
  const rows = [header.map((h) => csvField(h, separator))];
  model.periods.forEach((period, i) => {
    const row = [
      csvField(period, separator),
      ...model.series.map((s) => csvNumber(s.points[i]?.value, lang)),
    ];
    const band = model.targets[i];
    if (hasTargets) {
      if (bands)
        row.push(
          csvNumber(band && Number.isFinite(band.min) ? band.min : null, lang),
          csvNumber(band && Number.isFinite(band.max) ? band.max : null, lang),
        );
      else row.push(csvNumber(band?.target.value, lang));
    }
    if (flagged) {
      const kind = model.series[0]!.points[i]?.kind;
      row.push(
        kind === 'forecast' ? texts.seriesForecast : kind === 'preliminary' ? texts.seriesPreliminary : '',
      );
    }
    rows.push(row);
  });
  return BOM + rows.map((r) => r.join(separator)).join('\r\n') + '\r\n';
}

/** A file name for the CSV: the indicator's id, kept to safe characters. */
export function csvFilename(indicator: Indicator): string {
  return `${String(indicator.id).replace(/[^\w.-]+/g, '-') || 'indikator'}.csv`;
}

/* ---- Bullet chart (Stephen Few) ---------------------------------------------------------- */

export interface BulletRange {
  readonly from: number;
  readonly to: number;
  readonly label: string;
}

export interface BulletModel {
  readonly latest: LatestValue;
  readonly band?: TargetBand;
  /** The latest value against its target; no-data without a target. */
  readonly status: Status;
  /** Qualitative ranges in ascending order, each from where the previous ended. */
  readonly ranges: readonly BulletRange[];
  readonly domain: readonly [number, number];
  readonly ticks: readonly number[];
}

/**
 * The bullet chart of the latest value (any kind of period): the featured measure as a bar
 * from zero, the target as a marker line, qualitative ranges as shades of one hue. The scale
 * starts at zero (a bar's length must mean something) and covers the ranges and the target.
 */
export function buildBullet(indicator: Indicator, lang: Lang): BulletModel | undefined {
  const latest = latestValue(Array.isArray(indicator.values) ? indicator.values : []);
  if (!latest) return undefined;
  const band = targetFor(indicator, latest.period);
  const raw = (indicator.ranges ?? []).filter((r) => isNumber(r.to));
  const numbers = [0, latest.value, ...raw.map((r) => r.to)];
  for (const edge of [band?.min, band?.max]) if (isNumber(edge)) numbers.push(edge);
  const [lo, hi] = nice(Math.min(...numbers), Math.max(...numbers) || 1, 5);
  const ranges: BulletRange[] = [];
  let from = lo;
  for (const r of raw) {
    if (r.to <= from) continue; // out of order: skipped rather than drawn backwards
    ranges.push({ from, to: r.to, label: pickText(r.label, lang) });
    from = r.to;
  }
  return {
    latest,
    band,
    status: band ? compareToTarget(latest.value, band) : 'no-data',
    ranges,
    domain: [lo, hi],
    ticks: ticks(lo, hi, 4),
  };
}

/** The bullet chart in words, its text alternative. `status` is the status word. */
export function describeBullet(
  bullet: BulletModel,
  model: Pick<ChartModel, 'indicator' | 'lang'>,
  texts: ChartTexts,
  status: string,
): string {
  const { indicator, lang } = model;
  const value = (v: number): string => formatValue(v, indicator, lang);
  const words = { value: value(bullet.latest.value), period: formatPeriodInText(bullet.latest.period, lang) };
  let text = bullet.band
    ? fill(texts.bulletText, {
        ...words,
        target: formatTargetText(bullet.band, model, texts),
        status: status.toLocaleLowerCase(lang),
      })
    : fill(texts.bulletNoTarget, words);
  if (bullet.ranges.length)
    text += ` ${fill(texts.bulletRanges, {
      list: formatList(
        bullet.ranges.map((r) =>
          fill(texts.bulletRange, { label: r.label, from: value(r.from), to: value(r.to) }),
        ),
        lang,
      ),
    })}`;
  return text;
}
