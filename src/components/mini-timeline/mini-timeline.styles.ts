import { css } from 'lit';

export const miniTimelineStyles = css`
  :host {
    --_line-accent: var(--encart-mini-timeline-accent, var(--_accent));
    --_date-width: var(--encart-mini-timeline-date-width, 8.5rem);
    margin-block: 1.5rem;
  }
  .events {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .event {
    /* A long timeline lays out only what is on screen. */
    content-visibility: auto;
    contain-intrinsic-size: auto 3.5rem;
    position: relative;
    display: grid;
    grid-template-columns: var(--_date-width) 1fr;
    gap: 0.15rem 1.5rem;
    padding-block-end: 0.9rem;
  }
  /* The line runs down between the date column and the labels; each event is a dot on it. */
  .event::before {
    content: '';
    position: absolute;
    inset-block: 0.4em 0;
    inset-inline-start: calc(var(--_date-width) + 0.75rem - 0.5px);
    border-inline-start: 1px solid var(--_rule);
  }
  .event:last-child::before {
    display: none;
  }
  .event::after {
    content: '';
    position: absolute;
    inset-block-start: 0.4em;
    inset-inline-start: calc(var(--_date-width) + 0.75rem - 4px);
    width: 8px;
    height: 8px;
    border-radius: 50%;
    background: var(--_line-accent);
  }
  .date {
    color: var(--_muted);
    font-size: 0.95em;
    font-variant: all-small-caps;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.03em;
    text-align: end;
  }
  .label {
    padding: 0;
    border: 0;
    background: none;
    line-height: 1.4;
    text-align: start;
    cursor: pointer;
  }
  button.label:hover {
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }
  .event--published::after {
    width: 12px;
    height: 12px;
    inset-inline-start: calc(var(--_date-width) + 0.75rem - 6px);
    inset-block-start: 0.3em;
    background: var(--encart-color-background, light-dark(#fff, #161616));
    border: 3px solid var(--_line-accent);
  }
  .event--published .label {
    font-style: italic;
    font-weight: 600;
  }
  .toggle {
    margin-block-start: 0.25rem;
    margin-inline-start: calc(var(--_date-width) + 1.5rem);
    padding: 0.3rem 0.8rem;
    border: 1px solid var(--_rule);
    border-radius: 999px;
    background: transparent;
    font-size: 0.85em;
    cursor: pointer;
  }
  .toggle:hover {
    border-color: currentColor;
  }

  /* Horizontal when asked: dates above, dots on one line, scrolling sideways. */
  :host([orientation='horizontal']) .events {
    display: flex;
    gap: 0;
    overflow-x: auto;
    padding-block-end: 0.5rem;
    scroll-snap-type: inline proximity;
  }
  :host([orientation='horizontal']) .event {
    flex: 0 0 11rem;
    align-content: start;
    grid-template-columns: 1fr;
    grid-template-rows: auto 1.25rem auto;
    gap: 0;
    padding-block-end: 0;
    padding-inline-end: 1rem;
    scroll-snap-align: start;
  }
  :host([orientation='horizontal']) .date {
    text-align: start;
  }
  :host([orientation='horizontal']) .label {
    grid-row: 3;
  }
  :host([orientation='horizontal']) .event::before {
    display: block;
    inset-block: calc(1.45em + 0.6rem) auto;
    inset-inline: 0;
    border-inline-start: 0;
    border-block-start: 1px solid var(--_rule);
  }
  :host([orientation='horizontal']) .event::after,
  :host([orientation='horizontal']) .event--published::after {
    inset-block-start: calc(1.45em + 0.6rem - 4px);
    inset-inline-start: 0;
  }
  :host([orientation='horizontal']) .toggle {
    margin-inline-start: 0;
  }
  /* On a phone the date column would squeeze the labels: dates go above. */
  @container (max-width: 26rem) {
    .event {
      grid-template-columns: 1fr;
      padding-inline-start: 1.25rem;
    }
    .event::before,
    .event::after {
      inset-inline-start: 0;
    }
    .date {
      text-align: start;
    }
    .toggle {
      margin-inline-start: 1.25rem;
    }
  }
  .timeline {
    container-type: inline-size;
  }
`;
