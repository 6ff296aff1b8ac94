import { css } from 'lit';

/** What the element needs before its view arrives: the space it reserves, no print, nothing when static. */
export const feedbackPromptStyles = css`
  :host {
    --_min-height: var(--insyn-feedback-prompt-min-height, 6rem);
  }
  :host([static]) {
    display: none;
  }
  @media print {
    :host {
      display: none;
    }
  }
`;
