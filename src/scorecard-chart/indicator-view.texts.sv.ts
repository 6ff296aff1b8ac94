/**
 * The indicator chart's strings in Swedish (see scorecard-chart.texts.sv.ts). Keys start with
 * chart, series, table, data, bullet or csv so they never clash with the scorecard table's.
 * {placeholders} are filled with formatted values; a page may override any of them.
 */
export const INDICATOR_VIEW_TEXTS_SV = {
  chartTitle: '{title}',
  chartLabel: '{title}, diagram. Vänster- och högerpil byter period, upp- och nedpil byter serie.',
  chartPoint: '{series} {period}: {value}',
  chartPointTarget: '{series} {period}: {value}, målvärde {target}',
  chartAtLeast: 'minst {value}',
  chartAtMost: 'högst {value}',
  chartOtherPeriods:
    'Diagrammet visar perioder av samma längd; värden för andra perioder ({count}) visas inte där.',
  chartSummaryShare: 'Andelen',
  chartSummaryValue: 'Värdet',
  chartSummaryRose: '{subject} ökade från {from} {fromPeriod} till {to} {toPeriod}',
  chartSummaryFell: '{subject} minskade från {from} {fromPeriod} till {to} {toPeriod}',
  chartSummaryFlat: '{subject} låg oförändrat på {to} från {fromPeriod} till {toPeriod}',
  chartSummaryOne: '{subject} var {to} {toPeriod}',
  chartSummaryYear: 'år {period}',
  chartSummaryBetter: ', en förbättring',
  chartSummaryWorse: ', en försämring',
  chartSummaryAboutSame: ', i stort sett oförändrat',
  chartSummaryTargetMet: '; målet {target} nås',
  chartSummaryTargetNotMet: '; målet {target} nås inte än',
  chartSummaryTargetAhead: 'Målet för {period} är {target}.',
  chartSummaryMissing: 'Värdet för {period} saknas än.',
  chartSummaryForecast: 'Prognosen för {period} är {value}.',
  chartSummaryCompared: '{period}: {list}.',
  chartSummaryNone: 'Det finns inga värden att visa än.',
  seriesTotal: 'Totalt',
  seriesWomen: 'Kvinnor',
  seriesMen: 'Män',
  seriesTarget: 'Målvärde',
  seriesTargetLow: 'Mål, lägst',
  seriesTargetHigh: 'Mål, högst',
  seriesForecast: 'Prognos',
  seriesPreliminary: 'Preliminärt',
  dataMissing: 'Data saknas',
  tableShow: 'Visa tabell',
  tableHide: 'Dölj tabell',
  tableCaption: '{title}: värden per period',
  tablePeriod: 'Period',
  csvDownload: 'Ladda ner data (CSV)',
  chartSource: 'Källa: {source}',
  bulletTitle: 'Senaste värdet mot målet',
  bulletText: 'Senaste värdet {value} ({period}) mot målet {target}: {status}.',
  bulletNoTarget: 'Senaste värdet {value} ({period}); inget mål är satt.',
  bulletRanges: 'Nivåer: {list}.',
  bulletRange: '{label} {from}–{to}',
} as const;

export type IndicatorViewTextKey = keyof typeof INDICATOR_VIEW_TEXTS_SV;
