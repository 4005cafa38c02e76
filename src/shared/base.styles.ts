import { css } from 'lit';

/**
 * Tokens and states every widget shares. Colours derive from the host page's own text colour where
 * they can (`currentColor`), so a widget sits right on a light or a dark page without being told;
 * `--encart-*` custom properties override any of them.
 */
export const baseStyles = css`
  :host {
    --_accent: var(--encart-color-accent, light-dark(#b3261e, #ff8a80));
    --_text: var(--encart-color-text, inherit);
    --_muted: var(--encart-color-muted, color-mix(in srgb, currentColor 72%, transparent));
    --_rule: var(--encart-color-rule, color-mix(in srgb, currentColor 18%, transparent));
    --_surface: var(--encart-color-surface, color-mix(in srgb, currentColor 4%, transparent));
    --_focus: var(--encart-color-focus, light-dark(#0b57d0, #a8c7fa));
    --_radius: var(--encart-radius, 4px);
    --_space: var(--encart-space, 1rem);
    display: block;
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--encart-font-family, inherit);
    font-size: var(--encart-font-size, 1em);
    line-height: 1.45;
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  /* A theme paints its own box, so the content needs room inside it. */
  :host([theme='light']),
  :host([theme='dark']) {
    padding: var(--_space);
    border-radius: var(--_radius);
  }
  :host([theme='light']) {
    color-scheme: light;
    color: var(--encart-color-text, #1b1b1b);
    background: var(--encart-color-background, #fff);
  }
  :host([theme='dark']) {
    color-scheme: dark;
    color: var(--encart-color-text, #f1f1f1);
    background: var(--encart-color-background, #161616);
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  /* Loading, empty, not found, error: one quiet box, never a broken page. */
  .notice {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1rem;
    padding: 0.75rem var(--_space);
    border: 1px dashed var(--_rule);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.9em;
  }
  .notice p {
    margin: 0;
  }
  .error {
    border-style: solid;
    border-inline-start: 3px solid var(--_accent);
  }
  [part='retry'] {
    padding: 0.25rem 0.75rem;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    background: transparent;
    cursor: pointer;
  }
  .skeleton {
    display: block;
    min-height: 6rem;
    border-radius: var(--_radius);
    background: linear-gradient(90deg, var(--_surface) 25%, var(--_rule) 50%, var(--_surface) 75%) 0 0 / 200% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  @keyframes shimmer {
    to {
      background-position: -200% 0;
    }
  }
  /* Arabic letters join: tracking would pull a word apart. */
  :host [dir='rtl'] * {
    letter-spacing: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    .skeleton {
      animation: none !important;
      transition: none !important;
    }
  }
`;
