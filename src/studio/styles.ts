// The studio's look, shared by its parts: a quiet newsroom tool. One accent, kind colours that keep
// body text at AA contrast, and visible focus everywhere.
import { css } from 'lit';

export const tokens = css`
  :host {
    --ink: #1b1d21;
    --muted: #5a6070;
    --rule: #d9dce3;
    --panel: #ffffff;
    --canvas: #f4f5f7;
    --accent: #a4231b;
    --accent-ink: #ffffff;
    --focus: #0b57d0;
    --quote-bg: #fff1c2;
    --quote-line: #a86b00;
    --figure-bg: #dcebff;
    --figure-line: #1d5fb8;
    --actor-bg: #dff3e4;
    --actor-line: #1e7a3c;
    --event-bg: #efe4ff;
    --event-line: #6b3fb5;
    --warn-bg: #fff4e0;
    --warn-ink: #8a4b00;
    --ok-ink: #1e6b36;
    --radius: 6px;
    --ui: system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif;
    --serif: Charter, 'Bitstream Charter', 'Iowan Old Style', Georgia, 'Times New Roman', serif;
    color: var(--ink);
    font-family: var(--ui);
  }
  * {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

export const controls = css`
  button,
  .button {
    font: inherit;
    font-size: 0.875rem;
    font-weight: 600;
    line-height: 1.2;
    color: var(--ink);
    background: var(--panel);
    border: 1px solid #b9bec9;
    border-radius: var(--radius);
    padding: 0.45rem 0.75rem;
    cursor: pointer;
    display: inline-flex;
    align-items: center;
    gap: 0.35rem;
  }
  button:hover:not(:disabled),
  .button:hover {
    background: #eef0f4;
  }
  button:disabled {
    color: #6b7080;
    cursor: not-allowed;
    background: #f0f1f4;
  }
  button.primary {
    background: var(--accent);
    border-color: var(--accent);
    color: var(--accent-ink);
  }
  button.primary:hover:not(:disabled) {
    background: #861b14;
  }
  button.primary:disabled {
    background: #e9d4d2;
    border-color: #e9d4d2;
    color: #6b3a36;
  }
  button.danger {
    color: #9b1c13;
    border-color: #e2b4af;
  }
  button.quiet {
    border-color: transparent;
    background: transparent;
  }
  label,
  .label {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--muted);
  }
  input,
  select,
  textarea {
    font: inherit;
    font-size: 0.9375rem;
    color: var(--ink);
    background: #fff;
    border: 1px solid #b9bec9;
    border-radius: var(--radius);
    padding: 0.45rem 0.6rem;
    width: 100%;
    min-width: 0;
  }
  input[type='checkbox'],
  input[type='radio'] {
    width: auto;
    accent-color: var(--accent);
  }
  [aria-invalid='true'] {
    border-color: #b3261e;
    box-shadow: 0 0 0 1px #b3261e;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    align-content: start;
  }
  .hint {
    font-size: 0.8125rem;
    color: var(--muted);
    margin: 0;
  }
  .error {
    font-size: 0.8125rem;
    color: #9b1c13;
    margin: 0;
  }
  .segmented {
    display: inline-flex;
    border: 1px solid #b9bec9;
    border-radius: var(--radius);
    overflow: hidden;
  }
  .segmented button {
    border: 0;
    border-radius: 0;
    font-weight: 500;
  }
  .segmented button + button {
    border-inline-start: 1px solid #b9bec9;
  }
  .segmented button[aria-pressed='true'] {
    background: var(--ink);
    color: #fff;
  }
`;

/** The colour of each kind: a chip in lists and legends, a highlight in the text. */
export const kindColours = css`
  .k-quote {
    --k-bg: var(--quote-bg);
    --k-line: var(--quote-line);
  }
  .k-figure {
    --k-bg: var(--figure-bg);
    --k-line: var(--figure-line);
  }
  .k-actor {
    --k-bg: var(--actor-bg);
    --k-line: var(--actor-line);
  }
  .k-event {
    --k-bg: var(--event-bg);
    --k-line: var(--event-line);
  }
  .chip {
    display: inline-block;
    font-size: 0.6875rem;
    font-weight: 700;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    padding: 0.15rem 0.4rem;
    border-radius: 3px;
    background: var(--k-bg);
    color: var(--ink);
    box-shadow: inset 3px 0 0 var(--k-line);
    white-space: nowrap;
  }
`;
