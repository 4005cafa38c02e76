import { css } from 'lit';

export const figuresPanelStyles = css`
  :host {
    --_panel-accent: var(--encart-figures-panel-accent, var(--_accent));
    margin-block: 1.5rem;
  }
  .panel {
    padding: var(--_space) calc(var(--_space) * 1.25) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .heading {
    margin: 0 0 0.75rem;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.08em;
    text-transform: uppercase;
  }
  .figures {
    display: grid;
    /* Two to four columns as width allows; one on a phone. */
    grid-template-columns: repeat(auto-fit, minmax(max(9.5rem, calc((100% - 3 * 1.5rem) / 4)), 1fr));
    gap: 1.25rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .figure {
    display: flex;
    flex-direction: column;
    min-width: 0;
    padding-block-start: 0.6rem;
    border-block-start: 2px solid var(--_panel-accent);
  }
  .qualifier {
    min-height: 1.3em;
    color: var(--_muted);
    font-size: 0.8em;
    line-height: 1.3;
  }
  .value {
    font-size: var(--encart-figures-panel-value-size, 2.25em);
    font-weight: 700;
    font-variant-numeric: tabular-nums lining-nums;
    line-height: 1.1;
    overflow-wrap: anywhere;
  }
  .value--words {
    font-size: calc(var(--encart-figures-panel-value-size, 2.25em) * 0.7);
    line-height: 1.3;
  }
  .unit {
    font-size: 0.5em;
    font-weight: 600;
  }
  .label {
    display: -webkit-box;
    margin-block-start: 0.3rem;
    overflow: hidden;
    -webkit-box-orient: vertical;
    -webkit-line-clamp: 2;
    line-clamp: 2;
    font-size: 0.9em;
    line-height: 1.35;
  }
`;
