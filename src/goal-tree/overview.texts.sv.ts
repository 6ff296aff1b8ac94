/**
 * The overview's own strings in Swedish, to add to the element's texts (every one can be
 * overridden there); also the overview's defaults when a caller passes none. Pure data.
 */
export const OVERVIEW_TEXTS_SV = {
  overviewLabel: 'Översikt',
  overviewSummary: '{label}: {count} mål och åtaganden.',
  overviewFocus: 'Bilden visar {focus} med {count} av {total}. Välj en nivå till vänster för att visa mer.',
  overviewMore: '+{count}',
  overviewMoreHint: 'fler än som ryms, välj rutan för att visa dem',
  overviewCell: '{label}: {status} ({count} i grenen)',
} as const;

export type OverviewTextKey = keyof typeof OVERVIEW_TEXTS_SV;
