import { css } from 'lit';

export const figuresPanelStyles = css`
  :host {
    --_panel-accent: var(--encart-figures-panel-accent, var(--_accent));
    margin-block: 1.5rem;
  }
  .panel {
    container-type: inline-size;
    padding: var(--_space) calc(var(--_space) * 1.25) calc(var(--_space) * 1.25);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  /* One column on a phone, two in a column of text, up to four (balanced rows) when wide. */
  .figures {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1.25rem 1.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  @container (min-width: 24rem) {
    .figures:not([data-columns='1']) {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
  }
  @container (min-width: 42rem) {
    .figures[data-columns='4'] .value:not(.value--words) {
      font-size: calc(var(--encart-figures-panel-value-size, 2.25em) * 0.8);
    }
    .figures[data-columns='3'] {
      grid-template-columns: repeat(3, minmax(0, 1fr));
    }
    .figures[data-columns='4'] {
      grid-template-columns: repeat(4, minmax(0, 1fr));
    }
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
    /* « 2 millions » wraps between its words, never inside one (« million / s »), unless a word alone is too wide. */
    overflow-wrap: break-word;
  }
  .value--words {
    font-size: calc(var(--encart-figures-panel-value-size, 2.25em) * 0.7);
    line-height: 1.3;
  }
  .unit {
    margin-inline-start: 0.3em;
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
