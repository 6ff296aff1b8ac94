import { css, unsafeCSS, type CSSResult } from 'lit';

/** The card's styles without container queries. */
const baseCardStyles = css`
  .card {
    padding: var(--_space-m);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    overflow-wrap: break-word;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 var(--_space-s);
    line-height: 1.25;
  }
  .card__name {
    font-size: var(--insyn-contact-card-name-size, 1.35em);
  }
  .section__heading {
    font-size: 1.1em;
  }
  p {
    margin: 0 0 var(--_space-s);
  }
  .card__description {
    color: var(--_muted);
  }
  ul {
    margin: 0 0 var(--_space-m);
    padding: 0;
    list-style: none;
  }
  li {
    margin: 0 0 var(--_space-s);
  }
  .section {
    margin-top: var(--_space-m);
    padding-top: var(--_space-m);
    border-top: 1px solid var(--_border);
  }
  a {
    color: var(--_accent);
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
  }
  a:hover {
    text-decoration-thickness: 2px;
  }
  .channel__label,
  .schedule__title,
  .office__name,
  .person__name,
  .office__label {
    font-weight: 600;
  }
  .channel__label::after {
    content: ':';
  }
  .schedule,
  .person {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  .schedule__today,
  .schedule__note,
  .schedule__error,
  .person__role,
  .cell__note {
    color: var(--_muted);
  }
  .summary {
    margin: 0;
  }
  .summary li {
    margin: 0;
  }
  .status {
    align-items: flex-start;
  }
  .status__icon {
    margin-top: 0.2em;
  }
  .status--open {
    --_status-color: var(
      --insyn-contact-card-open-color,
      var(--insyn-color-status-achieved, light-dark(#1a7f37, #6fdd8b))
    );
  }
  .status--closed {
    --_status-color: var(
      --insyn-contact-card-closed-color,
      var(--insyn-color-status-off-track, light-dark(#b3261e, #ff8a80))
    );
  }
  .status__label {
    font-weight: 600;
  }
  address {
    font-style: normal;
  }
  .office__note {
    margin: 0.25rem 0 0;
  }
  .map,
  p.download {
    margin: 0.25rem 0 0;
  }

  /* Tables: the week's hours and the coming deviations. */
  .hours {
    width: 100%;
    margin: 0 0 var(--_space-m);
    border-collapse: collapse;
    font-size: max(0.95em, 12px);
  }
  .hours caption {
    margin-bottom: 0.25rem;
    font-weight: 600;
    text-align: start;
  }
  .hours th,
  .hours td {
    padding: 0.3rem 0.5rem 0.3rem 0;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  .hours thead th {
    color: var(--_muted);
    font-weight: 600;
  }
  .hours tbody th {
    font-weight: 400;
  }
  .hours .today th,
  .hours .today td {
    background: var(--_subtle);
    font-weight: 600;
  }
  .today__mark {
    white-space: nowrap;
  }
  .cell__note {
    display: block;
    font-size: max(0.9em, 12px);
    font-weight: 400;
  }

  /* Embed options (see the element's @attr). Plain: no frame, and the name is heard, not seen. */
  :host([plain]) .card {
    padding: 0;
    border: none;
    background: none;
  }
  :host([compact]) .card__name {
    font-size: var(--insyn-contact-card-name-size, 1.2em);
  }

  @media (forced-colors: active) {
    .card {
      border-color: CanvasText;
    }
    .hours .today th,
    .hours .today td {
      border-bottom-width: 2px;
    }
  }
  @media print {
    .download,
    .map {
      display: none;
    }
    .card {
      border: none;
      padding: 0;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;

/**
 * The layout follows the card's own width, not the window's: a card in a narrow sidebar of a wide
 * page is narrow too. A constant string because lit-analyzer's CSS data predates container
 * queries (it flags them as unknown); nothing from outside ever goes in here.
 */
const containerQueries = unsafeCSS(`
  .card {
    container-type: inline-size;
  }
  @container (max-width: 22rem) {
    .hours {
      font-size: max(0.875em, 12px);
    }
    .hours th,
    .hours td {
      padding-right: 0.3rem;
    }
  }
  @container (min-width: 40rem) {
    .channels {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space-s) var(--_space-m);
    }
    li {
      margin: 0;
    }
    .schedules,
    .offices,
    .people {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(18rem, 100%), 1fr));
      gap: var(--_space-m);
    }
  }
`);

/** The card's styles: adopted by the element when its view has loaded. */
export const contactCardViewStyles: readonly CSSResult[] = [baseCardStyles, containerQueries];
