import { css } from 'lit';

/** Styles of the question and the thank-you, added when the view chunk arrives (feedback-view.ts). */
export const feedbackViewStyles = css`
  .box {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_subtle);
  }
  .box p {
    margin: 0 0 var(--_space-s);
  }
  .question,
  .thanks p:first-child,
  .done p:first-child,
  .label {
    font-weight: 600;
  }
  .answers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space-s);
  }
  button {
    min-width: 5.5rem;
    min-height: 2.75rem;
    padding: 0.4rem 1.25rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  button:hover {
    background: var(--_accent);
    color: var(--_bg);
  }
  .thanks:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .note {
    color: var(--_muted);
    font-size: max(0.9em, 12px);
  }
  .error {
    padding: var(--_space-s) var(--_space-m);
    border-left: 6px solid var(--_danger);
    background: var(--_bg);
    font-weight: 600;
  }
  /* Embed options (see the element's @attr). */
  :host([plain]) .box {
    padding: 0;
    border: none;
    background: none;
  }
  :host([compact]) button {
    min-width: 4.5rem;
    min-height: 2.25rem;
    padding: 0.25rem 0.9rem;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    .error {
      border-color: CanvasText;
    }
  }
`;
