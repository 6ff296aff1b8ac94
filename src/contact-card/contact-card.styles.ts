import { css } from 'lit';

/** In the element's own file: the space it reserves while loading. The card's styles come with its view. */
export const contactCardStyles = css`
  :host {
    --_min-height: var(--insyn-contact-card-min-height, 10rem);
  }
  :host([compact]) {
    --_min-height: var(--insyn-contact-card-min-height, 6rem);
  }
`;
