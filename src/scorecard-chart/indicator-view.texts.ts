/** The indicator chart's strings (see scorecard-chart.texts.ts). */
export const INDICATOR_VIEW_TEXTS = {
  sv: {
    chartTitle: '{title}',
  },
  en: {
    chartTitle: '{title}',
  },
} as const;
