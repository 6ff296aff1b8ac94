import { css } from 'lit';

/** Styles of the comment form, adopted when the flow module arrives (see feedback-flow.ts). */
export const feedbackFlowStyles = css`
  .send {
    justify-self: start;
    background: var(--_accent);
    color: var(--_bg);
  }
  .send:hover {
    text-decoration: underline;
  }
  .send[aria-disabled='true'] {
    cursor: progress;
    opacity: 0.75;
  }
  .done:focus,
  .error:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .comment {
    display: grid;
    gap: var(--_space-s);
    margin-top: var(--_space-m);
    padding-top: var(--_space-m);
    border-top: 1px solid var(--_border);
  }
  .comment p {
    margin: 0;
  }
  .comment > * {
    max-width: 45rem;
  }
  .optional,
  .hint,
  .count {
    color: var(--_muted);
    font-weight: 400;
  }
  .hint,
  .count {
    font-size: max(0.9em, 12px);
  }
  .hint a {
    color: var(--_accent);
  }
  textarea {
    width: 100%;
    min-height: 6rem;
    padding: var(--_space-s);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    font: inherit;
    resize: vertical;
  }
  textarea[aria-invalid='true'] {
    border-color: var(--_danger);
  }
  .count--over {
    color: var(--_danger);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .send {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
    textarea[aria-invalid='true'] {
      border-color: CanvasText;
    }
  }
`;
