import { css } from 'lit';

export const contactCardStyles = css`
  :host {
    --_min-height: var(--insyn-contact-card-min-height, 10rem);
  }
`;
