/**
 * The fallback of <scorecard-chart>: the scorecard as a table (indicator, latest value with its
 * period, target, status), or with `indicator` that indicator's values by period. The same
 * selection, texts and number formats as the element's own tables.
 */
import type { Feed, Indicator, Observation } from '../feed/generated/feed-types.js';
import { comparePeriods } from '../feed/period.js';
import { formatPeriod, formatPeriodInText } from '../core/format.js';
import { formatIndicatorValue, formatTarget, isNumber, targetFor } from '../core/indicator-model.js';
import { pickText, type Lang } from '../core/locale.js';
import { fill } from '../core/texts.js';
import { SCORECARD_CHART_TEXTS } from '../scorecard-chart/scorecard-chart.texts.js';
import {
  reportPeriods,
  scorecardRows,
  selectIndicators,
  type ScorecardRow,
} from '../scorecard-chart/scorecard-model.js';
import { FallbackError } from './error.js';
import { safeUrl } from './escape.js';
import { dataTable, h, type HtmlNode } from './html.js';
import { exampleNotice, type ResolvedOptions } from './options.js';
import { statusWord } from './texts.js';

type Texts = (typeof SCORECARD_CHART_TEXTS)['sv' | 'en'];

/** The `indicators` attribute: ids separated by spaces (commas are forgiven). */
function idList(value: string | undefined): string[] | undefined {
  const ids = value?.split(/[\s,]+/).filter(Boolean);
  return ids?.length ? ids : undefined;
}

function latestText(row: ScorecardRow, t: Texts, lang: Lang): string {
  if (!row.latest) return t.dataMissing;
  const value = formatIndicatorValue(row.latest.value, row.indicator, lang);
  const preliminary = row.latest.kind === 'preliminary' ? `, ${t.scorecardPreliminary}` : '';
  return `${value} (${formatPeriod(row.latest.period, lang)}${preliminary})`;
}

function scorecard(feed: Feed, options: ResolvedOptions): HtmlNode[] {
  const { lang } = options;
  const t = SCORECARD_CHART_TEXTS[lang];
  const selected = selectIndicators(feed, {
    goal: options.goal,
    owner: options.owner,
    indicators: idList(options.indicators),
  });
  if (selected.missing !== undefined)
    throw new FallbackError(selected.by === 'goal' ? 'unknownGoal' : 'unknownOwner', lang, {
      id: selected.missing,
    });
  if (selected.unknownIds.length > 0 && selected.by === 'indicators')
    throw new FallbackError('unknownIndicators', lang, { ids: selected.unknownIds.join(', ') });
  if (selected.indicators.length === 0) throw new FallbackError('noIndicators', lang);

  const report = options.period ?? reportPeriods(selected.indicators)[0];
  const reportText = report ? formatPeriodInText(report, lang) : '';
  const caption =
    selected.by === 'goal' && selected.goal
      ? fill(t.scorecardCaptionGoal, { title: pickText(selected.goal.title, lang), report: reportText })
      : selected.by === 'owner'
        ? fill(t.scorecardCaptionOwner, {
            name: selected.owner ? pickText(selected.owner.name, lang) : (options.owner ?? ''),
            report: reportText,
          })
        : fill(selected.by === 'all' ? t.scorecardCaptionAll : t.scorecardCaptionSelected, {
            report: reportText,
          });
  const words = { atLeast: t.scorecardAtLeast, atMost: t.scorecardAtMost };
  const rows = scorecardRows(selected.indicators, options.period);
  return [
    exampleNotice(feed, lang),
    dataTable(
      caption.replace(/, $/, ''),
      [t.columnIndicator, t.columnValue, t.columnTarget, t.columnStatus],
      rows.map((row) => [
        pickText(row.indicator.title, lang),
        latestText(row, t, lang),
        row.target ? formatTarget(row.target, row.indicator, lang, words) : t.scorecardNoTarget,
        statusWord(row.status, lang),
      ]),
    ),
  ].filter((node) => node !== null);
}

/** A value cell: the number with its unit, "Data saknas" for a gap, a forecast marked as one. */
function valueText(observation: Observation | undefined, indicator: Indicator, t: Texts, lang: Lang): string {
  if (!observation || !isNumber(observation.value)) return t.dataMissing;
  const value = formatIndicatorValue(observation.value, indicator, lang);
  if (observation.kind === 'forecast') return `${value} (${t.seriesForecast.toLocaleLowerCase(lang)})`;
  if (observation.kind === 'preliminary') return `${value} (${t.seriesPreliminary.toLocaleLowerCase(lang)})`;
  return value;
}

function sideText(value: number | null | undefined, indicator: Indicator, t: Texts, lang: Lang): string {
  return isNumber(value) ? formatIndicatorValue(value, indicator, lang) : t.dataMissing;
}

function indicatorTable(feed: Feed, id: string, options: ResolvedOptions): HtmlNode[] {
  const { lang } = options;
  const t = SCORECARD_CHART_TEXTS[lang];
  const indicator = feed.indicators?.find((candidate) => candidate.id === id);
  if (!indicator) throw new FallbackError('unknownIndicator', lang, { id });
  const title = pickText(indicator.title, lang);
  // Oldest first, as the chart reads; one row per period (the first observation wins).
  const byPeriod = new Map<string, Observation>();
  for (const observation of indicator.values)
    if (!byPeriod.has(observation.period)) byPeriod.set(observation.period, observation);
  const periods = [...byPeriod.keys()]
    .filter((period) => !options.period || comparePeriods(period, options.period) <= 0)
    .sort(comparePeriods);
  const split = periods.some((p) => isNumber(byPeriod.get(p)?.women) || isNumber(byPeriod.get(p)?.men));
  const targets = (indicator.targets?.length ?? 0) > 0;
  const words = { atLeast: t.chartAtLeast, atMost: t.chartAtMost };
  const head: string[] = [t.tablePeriod, t.seriesTotal, ...(split ? [t.seriesWomen, t.seriesMen] : [])];
  if (targets) head.push(t.seriesTarget);
  const source = indicator.source;
  const sourceName = pickText(source?.name, lang);
  const sourceHref = safeUrl(source?.url);
  return [
    exampleNotice(feed, lang),
    dataTable(
      fill(t.tableCaption, { title }),
      head,
      periods.map((period) => {
        const observation = byPeriod.get(period);
        const band = targets ? targetFor(indicator, period) : undefined;
        return [
          formatPeriod(period, lang),
          valueText(observation, indicator, t, lang),
          ...(split
            ? [
                sideText(observation?.women, indicator, t, lang),
                sideText(observation?.men, indicator, t, lang),
              ]
            : []),
          ...(targets ? [band ? formatTarget(band, indicator, lang, words) : '–'] : []),
        ];
      }),
    ),
    sourceName
      ? h(
          'p',
          {},
          sourceHref
            ? [fill(t.chartSource, { source: '' }), h('a', { href: sourceHref }, sourceName)]
            : fill(t.chartSource, { source: sourceName }),
        )
      : null,
  ].filter((node) => node !== null);
}

export function scorecardChartFallback(feed: Feed, options: ResolvedOptions): HtmlNode[] {
  return options.indicator !== undefined
    ? indicatorTable(feed, options.indicator, options)
    : scorecard(feed, options);
}
