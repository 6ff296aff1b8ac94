/** The goal tree's sentences built from a node or the filter: counts, periods, status sources. */
import { html, type TemplateResult } from 'lit';
import {
  formatNumber,
  formatPercent,
  formatPeriod,
  formatPeriodInText,
  formatPeriodRange,
  INTL_LOCALE,
} from '../../core/format.js';
import type { Lang } from '../../core/locale.js';
import { splitByRanges } from '../../core/text-search.js';
import { fill } from '../../core/texts.js';
import { LEVEL_TEXT_KEY } from '../../feed/level-words.js';
import {
  highlightRanges,
  type FilterResult,
  type GoalNode,
  type GoalTreeModel,
  type NodeVerdict,
} from '../model.js';
import type { GoalTreeTexts, RowText } from '../types.js';

const pluralRules = new Map<Lang, Intl.PluralRules>();
export function isOne(count: number, lang: Lang): boolean {
  let rules = pluralRules.get(lang);
  if (!rules) pluralRules.set(lang, (rules = new Intl.PluralRules(INTL_LOCALE[lang])));
  return rules.select(count) === 'one';
}

/** "Visar 12 av 240 mål": the count line, and what the live region says after a filter change. */
export function countText(model: GoalTreeModel, filter: FilterResult, t: GoalTreeTexts, lang: Lang): string {
  const total = model.nodes.length;
  const values = { total: formatNumber(total, lang), count: formatNumber(filter.matchCount, lang) };
  if (!filter.active) return fill(isOne(total, lang) ? t.countAllOne : t.countAllOther, values);
  if (filter.matchCount === 0) return t.noMatches;
  return fill(isOne(filter.matchCount, lang) ? t.countFilteredOne : t.countFilteredOther, values);
}

/** Text with the search matches in <mark> (text nodes only, never HTML). */
export function highlighted(value: string, filter: FilterResult, lang: Lang): TemplateResult | string {
  if (!filter.query) return value;
  const ranges = highlightRanges(value, filter, lang);
  if (ranges.length === 0) return value;
  return html`${splitByRanges(value, ranges).map((part) =>
    part.match ? html`<mark>${part.text}</mark>` : part.text,
  )}`;
}

export function periodText(node: GoalNode, lang: Lang): string {
  const period = node.period;
  if (period === undefined) return '';
  if (typeof period === 'string') return formatPeriod(period, lang);
  return formatPeriodRange(period.from, period.to, lang);
}

/** The words of a row (the rows cache them per model, language and texts). */
export function rowTextOf(node: GoalNode, t: GoalTreeTexts, lang: Lang): RowText {
  return {
    level: t[LEVEL_TEXT_KEY[node.level]],
    period: periodText(node, lang),
    progress: node.progress === undefined ? '' : `${t.progressLabel} ${formatPercent(node.progress, lang)}`,
    rollup: node.rollup.total ? fill(t.rollup, { good: node.rollup.good, total: node.rollup.total }) : '',
  };
}

export function orphanText(node: GoalNode, t: GoalTreeTexts): string {
  if (node.orphan === 'cycle') return t.orphanCycle;
  return fill(t.orphanMissing, { parent: node.goal.parent ?? '' });
}

export function verdictHeading(verdict: NodeVerdict, t: GoalTreeTexts, lang: Lang): string {
  return verdict.period
    ? fill(t.verdictFor, { period: formatPeriodInText(verdict.period, lang) })
    : t.verdictLabel;
}

/** What a computed status was computed from: "3 delmål och 2 indikatorer". */
export function computedWhat(node: GoalNode, t: GoalTreeTexts, lang: Lang): string {
  const parts: string[] = [];
  const { children, indicators } = node.computedFrom;
  if (children)
    parts.push(fill(isOne(children, lang) ? t.childrenOne : t.childrenOther, { count: children }));
  if (indicators)
    parts.push(fill(isOne(indicators, lang) ? t.indicatorsOne : t.indicatorsOther, { count: indicators }));
  return new Intl.ListFormat(INTL_LOCALE[lang], { type: 'conjunction' }).format(parts);
}

export function statusSource(node: GoalNode, t: GoalTreeTexts, lang: Lang): string {
  if (node.reportedStatus !== undefined) return t.reported;
  const what = computedWhat(node, t, lang);
  return what ? fill(t.computed, { what }) : t.computedNothing;
}
