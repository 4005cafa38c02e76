import { css } from 'lit';

export const quoteCardStyles = css`
  :host {
    --_card-accent: var(--encart-quote-card-accent, var(--_accent));
    margin-block: 1.5rem;
  }
  .card {
    position: relative;
    margin: 0;
    padding-block: 0.25rem;
    padding-inline: 1.25rem 0;
    border-inline-start: 3px solid var(--_card-accent);
  }
  /* The big mark hangs above the words, in a box of its own so it never covers them. */
  .mark {
    display: block;
    height: 0.45em;
    margin-block-end: 0.5rem;
    color: var(--_card-accent);
    font: 700 3.25em/1 Georgia, 'Times New Roman', serif;
    translate: 0 -0.22em;
  }
  blockquote {
    margin: 0;
    font-family: var(--encart-quote-card-font-family, inherit);
    font-size: var(--encart-quote-card-font-size, 1.25em);
    line-height: 1.4;
    overflow-wrap: break-word;
  }
  blockquote p {
    margin: 0;
  }
  figcaption {
    margin-block-start: 0.85rem;
    font-size: 0.9em;
  }
  cite {
    display: block;
    font-style: normal;
    font-weight: 700;
  }
  .speaker {
    padding: 0;
    border: 0;
    background: none;
    font-weight: inherit;
    text-align: start;
    cursor: pointer;
  }
  .speaker:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .role,
  time {
    color: var(--_muted);
  }
  .role + time::before {
    content: ' · ' / '';
  }
`;
