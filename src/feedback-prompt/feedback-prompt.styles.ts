import { css } from 'lit';

/** What the element needs before its view arrives: the space it reserves, and no print. */
export const feedbackPromptStyles = css`
  :host {
    --_min-height: var(--insyn-feedback-prompt-min-height, 6rem);
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
