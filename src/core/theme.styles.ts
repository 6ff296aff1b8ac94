/**
 * Styles every element shares. Global tokens are `--insyn-<category>-<role>`; each `var()` has a
 * literal fallback so an element looks right with no theme at all. Private values are `--_name`.
 */
import { css, unsafeCSS } from 'lit';

/**
 * Which colour scheme the light-dark() values take. A theme file (themes/dark.css) can set it
 * with --insyn-color-scheme; unset, the page's scheme is inherited; the `theme` attribute wins.
 * A constant string because lit-analyzer's CSS data predates `color-scheme` (as with the
 * container queries in scorecard-view.styles.ts), written minified as the build minifies css``;
 * nothing from outside ever goes in here.
 */
const colorSchemes = unsafeCSS(
  ':host{color-scheme:var(--insyn-color-scheme)}' +
    ":host([theme='auto']){color-scheme:light dark}" +
    ":host([theme='light']){color-scheme:light}" +
    ":host([theme='dark']){color-scheme:dark}",
);

export const baseStyles = css`
  /*
   * Colours follow the page's colour scheme, not the reader's system setting alone: on a page
   * that declares \`color-scheme: light dark\` they turn dark with the system; on a light-only
   * CMS page they stay light, so a widget never becomes a dark box on a white page.
   */
  :host {
    --_fg: var(--insyn-color-text, light-dark(#1b1b1f, #ececf1));
    --_muted: var(--insyn-color-text-muted, light-dark(#4f5160, #b9bbc6));
    --_bg: var(--insyn-color-surface, light-dark(#ffffff, #1b1b1f));
    --_subtle: var(--insyn-color-surface-subtle, light-dark(#f3f4f7, #26272d));
    --_border: var(--insyn-color-border, #8a8d99);
    --_accent: var(--insyn-color-accent, light-dark(#0b5cad, #8cc4ff));
    --_danger: var(--insyn-color-danger, light-dark(#b3261e, #ffb4ab));
    --_focus: var(--insyn-color-focus, light-dark(#0b5cad, #8cc4ff));
    --_radius: var(--insyn-radius, 6px);
    --_space-s: var(--insyn-space-s, 0.5rem);
    --_space-m: var(--insyn-space-m, 1rem);
    display: block;
    box-sizing: border-box;
    /*
     * Type and colour (and the inherited text properties a page may set on everything) are
     * !important because a page rule that matches the host (\`* { all: unset }\`,
     * \`div { font-size: 10px }\`) beats :host otherwise; important declarations in a shadow
     * tree beat the page's. Sites change them through the --insyn-* properties instead. The size
     * is the page's own (a CMS column's), never below 14px.
     */
    color: var(--_fg) !important;
    font-family: var(
      --insyn-font-family,
      system-ui,
      -apple-system,
      'Segoe UI',
      Roboto,
      sans-serif
    ) !important;
    font-size: var(--insyn-font-size, max(1em, 14px)) !important;
    line-height: 1.5 !important;
    font-style: normal !important;
    font-weight: normal !important;
    letter-spacing: normal !important;
    word-spacing: normal !important;
    text-transform: none !important;
    text-indent: 0 !important;
    text-align: start !important;
    white-space: normal !important;
    /* Reserve space while loading so the page does not jump when content arrives. */
    min-height: var(--_min-height, 0);
  }
  :host([hidden]) {
    display: none;
  }
  /* A short error or empty state gives back the space kept for content that did not come. */
  :host([data-state='error']),
  :host([data-state='empty']) {
    min-height: 0;
  }
  /* Paint the page sets on :root or body is inherited into our SVG; marks set their own. */
  :not(svg) > svg {
    fill: initial;
    stroke: initial;
  }

  /* Embed options. An explicit theme brings its own surface: light text never sits on a light page. */
  ${colorSchemes}
  :host([theme='auto']),
  :host([theme='light']),
  :host([theme='dark']) {
    background: var(--_bg);
    padding: var(--_space-m);
    border-radius: var(--_radius);
  }
  :host([theme][plain]) {
    padding: var(--_space-s);
  }
  :host([compact]) {
    --_space-s: var(--insyn-space-s, 0.25rem);
    --_space-m: var(--insyn-space-m, 0.5rem);
    font-size: var(--insyn-font-size, max(0.9375em, 14px)) !important;
    line-height: 1.4 !important;
  }
  /* plain: an element's own heading or caption leaves the page but still names the content. */
  :host([plain]) .plain-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .fallback {
    margin: 0 0 var(--_space-s);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 24px;
    min-width: 24px;
    cursor: pointer;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* States: loading, error, empty, notices. */
  .state {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .state--loading {
    display: flex;
    align-items: center;
    gap: var(--_space-s);
    min-height: var(--_min-height, 4rem);
    color: var(--_muted);
  }
  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 3px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
      border-right-color: currentColor;
      border-style: dotted;
    }
  }
  .state--error {
    border-color: var(--_danger);
    border-left-width: 6px;
  }
  .state__heading {
    margin: 0 0 var(--_space-s);
    font-size: 1.05em;
    font-weight: 600;
  }
  .state p {
    margin: 0 0 var(--_space-s);
  }
  /* Editors' details under the residents' sentence: set apart, plainly not for everyone. */
  .debug {
    margin-top: var(--_space-s);
    padding-top: var(--_space-s);
    border-top: 2px dashed var(--_border);
    overflow-wrap: anywhere;
  }
  .problems {
    margin: 0 0 var(--_space-s);
    padding-left: 1.25rem;
  }
  .problems code {
    font-family: var(--insyn-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: max(0.9em, 12px);
    overflow-wrap: anywhere;
  }
  .state button {
    padding: 0.4rem 1rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  .notice {
    margin: 0 0 var(--_space-s);
    padding: var(--_space-s) var(--_space-m);
    border-left: 4px solid var(--_border);
    background: var(--_subtle);
    color: var(--_muted);
    font-size: max(0.9em, 12px);
  }

  /* Status: icon + word + colour. */
  .status {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    color: var(--_status-color, var(--_fg));
  }
  .status__icon {
    flex: none;
  }
  .status__label {
    color: var(--_fg);
  }
  .status--achieved {
    --_status-color: var(--insyn-color-status-achieved, light-dark(#1a7f37, #6fdd8b));
  }
  .status--on-track {
    --_status-color: var(--insyn-color-status-on-track, light-dark(#0b5cad, #8cc4ff));
  }
  .status--at-risk {
    --_status-color: var(--insyn-color-status-at-risk, light-dark(#9a6700, #e3b341));
  }
  .status--off-track {
    --_status-color: var(--insyn-color-status-off-track, light-dark(#b3261e, #ff8a80));
  }
  .status--not-started,
  .status--no-data {
    --_status-color: var(--insyn-color-status-neutral, light-dark(#5f6270, #b9bbc6));
  }
  @media (forced-colors: active) {
    .status {
      color: CanvasText;
    }
    .state--error {
      border-color: CanvasText;
    }
    .spinner {
      border-color: CanvasText;
      border-right-color: transparent;
    }
  }
  @media print {
    .state button,
    .spinner {
      display: none;
    }
  }
`;
