/**
 * The overview's own strings, to add to the element's texts (every one can be overridden there).
 * Pure data, so goal-tree.texts.sv.ts / .en.ts (and the fallback generator that reads it) needs no DOM.
 */
export const OVERVIEW_TEXTS = {
  sv: {
    overviewLabel: 'Översikt',
    overviewSummary: '{label}: {count} mål och åtaganden.',
    overviewFocus: 'Bilden visar {focus} med {count} av {total}. Välj en nivå till vänster för att visa mer.',
    overviewMore: '+{count}',
    overviewMoreHint: 'fler än som ryms, välj rutan för att visa dem',
    overviewCell: '{label}: {status} ({count} i grenen)',
  },
  en: {
    overviewLabel: 'Overview',
    overviewSummary: '{label}: {count} goals and commitments.',
    overviewFocus:
      'The picture shows {focus} with {count} of {total}. Choose a level to the left to show more.',
    overviewMore: '+{count}',
    overviewMoreHint: 'more than fit, choose the box to show them',
    overviewCell: '{label}: {status} ({count} in the branch)',
  },
} as const;

export type OverviewTextKey = keyof (typeof OVERVIEW_TEXTS)['sv'];
