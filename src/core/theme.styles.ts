/**
 * Styles every element shares. Global tokens are `--insyn-<category>-<role>`; each `var()` has a
 * literal fallback so an element looks right with no theme at all. Private values are `--_name`.
 */
import { css } from 'lit';

export const baseStyles = css`
  :host {
    --_fg: var(--insyn-color-text, #1b1b1f);
    --_muted: var(--insyn-color-text-muted, #4f5160);
    --_bg: var(--insyn-color-surface, #ffffff);
    --_subtle: var(--insyn-color-surface-subtle, #f3f4f7);
    --_border: var(--insyn-color-border, #8a8d99);
    --_accent: var(--insyn-color-accent, #0b5cad);
    --_danger: var(--insyn-color-danger, #b3261e);
    --_focus: var(--insyn-color-focus, #0b5cad);
    --_radius: var(--insyn-radius, 6px);
    --_space-s: var(--insyn-space-s, 0.5rem);
    --_space-m: var(--insyn-space-m, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_fg);
    font-family: var(--insyn-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--insyn-font-size, 1rem);
    line-height: 1.5;
    /* Reserve space while loading so the page does not jump when content arrives. */
    min-height: var(--_min-height, 0);
  }
  :host([hidden]) {
    display: none;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --_fg: var(--insyn-color-text, #ececf1);
      --_muted: var(--insyn-color-text-muted, #b9bbc6);
      --_bg: var(--insyn-color-surface, #1b1b1f);
      --_subtle: var(--insyn-color-surface-subtle, #26272d);
      --_border: var(--insyn-color-border, #8a8d99);
      --_accent: var(--insyn-color-accent, #8cc4ff);
      --_danger: var(--insyn-color-danger, #ffb4ab);
      --_focus: var(--insyn-color-focus, #8cc4ff);
      /* Light text needs its dark surface: the page around may well be light. */
      background: var(--_bg);
    }
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
  .problems {
    margin: 0 0 var(--_space-s);
    padding-left: 1.25rem;
  }
  .problems code {
    font-family: var(--insyn-font-family-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    font-size: 0.9em;
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
    font-size: 0.9em;
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
    --_status-color: var(--insyn-color-status-achieved, #1a7f37);
  }
  .status--on-track {
    --_status-color: var(--insyn-color-status-on-track, #0b5cad);
  }
  .status--at-risk {
    --_status-color: var(--insyn-color-status-at-risk, #9a6700);
  }
  .status--off-track {
    --_status-color: var(--insyn-color-status-off-track, #b3261e);
  }
  .status--not-started,
  .status--no-data {
    --_status-color: var(--insyn-color-status-neutral, #5f6270);
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
