import { css } from 'lit';

/** The small-capitals title over a panel or a timeline (« En chiffres », « Chronologie »). */
export const headingStyles = css`
  .heading {
    margin: 0 0 0.75rem;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
`;
