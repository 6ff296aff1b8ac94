/** The overview's own strings in English (keys: see overview.texts.sv.ts), in goal-tree's English chunk. */
import type { OverviewTextKey } from './overview.texts.sv.js';

export const OVERVIEW_TEXTS_EN = {
  overviewLabel: 'Overview',
  overviewSummary: '{label}: {count} goals and commitments.',
  overviewFocus:
    'The picture shows {focus} with {count} of {total}. Choose a level to the left to show more.',
  overviewMore: '+{count}',
  overviewMoreHint: 'more than fit, choose the box to show them',
  overviewCell: '{label}: {status} ({count} in the branch)',
} as const satisfies Record<OverviewTextKey, string>;
