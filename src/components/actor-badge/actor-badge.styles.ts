import { css } from 'lit';

export const actorBadgeStyles = css`
  :host {
    display: inline-block;
    position: relative;
    max-width: 100%;
    vertical-align: baseline;
    line-height: 1.3;
  }
  .wrap {
    display: inline;
  }
  .badge {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    max-width: 100%;
    padding-block: 0.1em;
    padding-inline: 0.15em 0.7em;
    border: 1px solid var(--_rule);
    border-radius: 999px;
    background: var(--_surface);
    font-size: 0.92em;
    text-align: start;
    cursor: pointer;
  }
  .badge:hover {
    border-color: currentColor;
  }
  .avatar {
    display: inline-grid;
    flex: none;
    place-items: center;
    width: 1.75em;
    height: 1.75em;
    overflow: hidden;
    border-radius: 50%;
    background: var(--encart-actor-badge-avatar-color, var(--_accent));
    color: light-dark(#fff, #1b1b1b);
    font-size: 0.8em;
    font-weight: 700;
    letter-spacing: 0.02em;
  }
  .avatar img {
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  .name,
  .role {
    min-width: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .name {
    flex: 0 0 auto;
    max-width: 100%;
    font-weight: 700;
  }
  .role {
    flex: 0 1 auto;
    max-width: 16em;
    color: var(--_muted);
  }
  .panel-role {
    margin: 0 0 0.25rem;
    font-weight: 600;
  }
  /* In running text, the loading and notice states stay inline, the height of a line. */
  .skeleton {
    display: inline-block;
    width: 9em;
    min-height: 1.6em;
    border-radius: 999px;
    vertical-align: middle;
  }
  .notice {
    display: inline-flex;
    padding: 0.1em 0.6em;
    border-radius: 999px;
  }
  /* A pill's round end would bend the block widgets' thick accent edge into a bracket. */
  .error {
    border-inline-start-width: 1px;
    border-color: var(--_accent);
  }
  [part='state'] {
    display: inline;
  }
  .panel {
    position: absolute;
    z-index: 10;
    inset-block-start: calc(100% + 0.4rem);
    inset-inline-start: 0;
    width: max-content;
    max-width: min(24rem, 90vw);
    padding: 0.85rem 1rem;
    border: 1px solid var(--_rule);
    border-radius: var(--_radius);
    background: var(--encart-color-background, light-dark(#fff, #1e1e1e));
    color: var(--encart-color-text, light-dark(#1b1b1b, #f1f1f1));
    box-shadow: 0 4px 16px rgb(0 0 0 / 0.12);
    font-size: 0.9rem;
    line-height: 1.45;
    white-space: normal;
  }
  .panel[hidden] {
    display: none;
  }
  .mentions {
    margin: 0;
    color: var(--_muted);
  }
  h3 {
    margin: 0.75rem 0 0.35rem;
    font-size: 0.75rem;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_muted);
  }
  ul,
  ol {
    display: grid;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  blockquote {
    margin: 0;
    padding-inline-start: 0.6rem;
    border-inline-start: 2px solid var(--_accent);
  }
  time {
    display: block;
    color: var(--_muted);
    font-size: 0.85em;
    font-variant: all-small-caps;
    letter-spacing: 0.03em;
  }
  a {
    color: inherit;
  }
`;
