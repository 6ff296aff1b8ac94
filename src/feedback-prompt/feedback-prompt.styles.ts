import { css } from 'lit';

export const feedbackPromptStyles = css`
  :host {
    --_min-height: var(--insyn-feedback-prompt-min-height, 6rem);
  }
`;
