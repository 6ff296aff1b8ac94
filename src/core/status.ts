/**
 * The shared status vocabulary: every status is told by an icon shape, a word and a colour,
 * never by colour alone. Shapes differ in outline, so they survive forced colours and print.
 */
import { html, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import type { Status } from '../feed/generated/feed-types.js';
import { STATUS_TEXT_KEY, type TextSet } from './texts.js';

export type { Status };
export { STATUS_TEXT_KEY };

export const STATUSES: readonly Status[] = [
  'achieved',
  'on-track',
  'at-risk',
  'off-track',
  'not-started',
  'no-data',
];

/**
 * 16×16 icon shapes (a viewBox of 0 0 16 16): filled circle with tick, circle with arrow,
 * triangle, square with cross, ring, dashed ring. Shared by every picture that marks a status.
 */
export const STATUS_ICONS: Readonly<Record<Status, SVGTemplateResult>> = {
  achieved: svg`<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="Canvas" stroke-width="1.8"/>`,
  'on-track': svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/><path d="M5 8h5.5M8.5 5.5L11 8l-2.5 2.5" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
  'at-risk': svg`<path d="M8 1.5l7 12.5H1z" fill="currentColor"/><path d="M8 6v4M8 11.3v1.2" stroke="Canvas" stroke-width="1.6"/>`,
  'off-track': svg`<rect x="1.5" y="1.5" width="13" height="13" rx="1.5" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke="Canvas" stroke-width="1.8"/>`,
  'not-started': svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6"/>`,
  'no-data': svg`<circle cx="8" cy="8" r="6.2" fill="none" stroke="currentColor" stroke-width="1.6" stroke-dasharray="2.4 2"/>`,
};

/** The word for a status in the element's language. */
export function statusLabel(status: Status, texts: TextSet): string {
  return texts[STATUS_TEXT_KEY[status]];
}

/**
 * A badge: a decorative 16×16 icon and a word, in `.status.status--<modifier>` (coloured by the
 * modifier's styles). The word says it all, so screen readers read it once; never colour alone.
 */
export function renderBadge(modifier: string, icon: SVGTemplateResult, label: string): TemplateResult {
  return html`<span class="status status--${modifier}" part="status"
    >${renderStatusIcon(icon)}<span class="status__label">${label}</span></span
  >`;
}

/** The decorative 16×16 icon of a badge (the goal tree clones one per status for its rows). */
export function renderStatusIcon(icon: SVGTemplateResult): TemplateResult {
  return html`<svg
    class="status__icon"
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    focusable="false"
  >
    ${icon}
  </svg>`;
}

/** Icon + word for a status, coloured by `--insyn-color-status-<status>`. */
export function renderStatus(status: Status, texts: TextSet): TemplateResult {
  return renderBadge(status, STATUS_ICONS[status], statusLabel(status, texts));
}
