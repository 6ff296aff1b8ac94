/** The scorecard table's strings (see scorecard-chart.texts.ts). */
export const SCORECARD_VIEW_TEXTS = {
  sv: {
    scorecardCaption: 'Styrkort: {count} indikatorer',
  },
  en: {
    scorecardCaption: 'Scorecard: {count} indicators',
  },
} as const;
