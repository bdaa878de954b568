import { css } from 'lit'

/** The dark palette, for `theme="dark"` and for `theme="auto"` on a dark system. */
const darkTokens = css`
  --_fg: var(--vie-color-text, #eef1f4);
  --_muted: var(--vie-color-muted, #b7c0cb);
  --_bg: var(--vie-color-background, #15191e);
  --_surface: var(--vie-color-surface, #1f252c);
  --_border: var(--vie-color-border, #4a5563);
  --_accent: var(--vie-color-accent, #8cc8ff);
  --_on-accent: var(--vie-color-on-accent, #0b1a2a);
  --_badge: var(--vie-color-badge, #2b333d);
  --_alert: var(--vie-color-alert, #ffb3b3);
  --_alert-bg: var(--vie-color-alert-background, #3a1d1f);
  --_focus: var(--vie-color-focus, #ffb870);
`

/**
 * The ground every element stands on. Host pages style the element box itself (`* {…}`,
 * `div {…}`), so the few properties that would change the widget's look are set with
 * `!important` on :host, which beats the page's normal rules; everything inside starts from
 * `all: initial`. Sizes are `em` from `--vie-font-size`, never `rem`, so a page's root font size
 * has no say. Colours meet WCAG AA in both themes.
 */
export const baseStyles = css`
  :host {
    display: block !important;
    box-sizing: border-box !important;
    padding: 0 !important;
    border: 0 !important;
    background: none !important;
    font-size: var(--vie-font-size, 16px) !important;
    line-height: 1.5 !important;
    --_fg: var(--vie-color-text, #1b1f24);
    --_muted: var(--vie-color-muted, #4a5361);
    --_bg: var(--vie-color-background, #ffffff);
    --_surface: var(--vie-color-surface, #f3f5f8);
    --_border: var(--vie-color-border, #c9d0d9);
    --_accent: var(--vie-color-accent, #0b5cad);
    --_on-accent: var(--vie-color-on-accent, #ffffff);
    --_badge: var(--vie-color-badge, #e6edf6);
    --_alert: var(--vie-color-alert, #a4161a);
    --_alert-bg: var(--vie-color-alert-background, #fdecec);
    --_focus: var(--vie-color-focus, #c2410c);
    --_radius: var(--vie-radius, 8px);
  }
  :host([hidden]) {
    display: none !important;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  .base {
    all: initial;
    display: block;
    box-sizing: border-box;
    font-family: var(--vie-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    font-size: var(--vie-font-size, 16px);
    line-height: 1.5;
    color: var(--_fg);
    background: var(--_bg);
    border-radius: var(--_radius);
    text-align: start;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* The host's fallback sits on the widget's background, so it takes the widget's colours. */
  ::slotted(*) {
    color: var(--_fg) !important;
  }
  ::slotted(a) {
    color: var(--_accent) !important;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6 {
    margin: 0 0 0.25em;
    font-size: 1.2em;
    line-height: 1.3;
    font-weight: 700;
  }
  p {
    margin: 0.5em 0;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  a {
    color: var(--_accent);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover {
    text-decoration-thickness: 0.15em;
  }
  button,
  input,
  select {
    font: inherit;
    color: inherit;
    margin: 0;
  }
  button {
    cursor: pointer;
    padding: 0.35em 0.9em;
    border: 1px solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_accent);
    font-weight: 600;
  }
  button[aria-pressed='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .card {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 1em 1.25em;
    background: var(--_bg);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em;
    margin: 0.35em 0;
  }
  .badge {
    display: inline-block;
    padding: 0.1em 0.6em;
    border-radius: 1em;
    background: var(--_badge);
    color: var(--_fg);
    font-size: 0.8em;
    font-weight: 600;
  }
  .badge.alert {
    background: var(--_alert-bg);
    color: var(--_alert);
  }
  .muted {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .facts {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    margin: 0.5em 0;
  }
  .facts div {
    display: flex;
    gap: 0.35em;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0;
    font-weight: 600;
  }
  .tags {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 0.75em;
    font-size: 0.875em;
  }
  .tags li::before {
    content: '#';
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .skeleton {
    display: grid;
    gap: 0.6em;
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .skeleton span {
    display: block;
    height: 0.9em;
    border-radius: 0.3em;
    background: var(--_surface);
    animation: pulse 1.2s ease-in-out infinite alternate;
  }
  .skeleton span:first-child {
    width: 60%;
    height: 1.2em;
  }
  .skeleton span:last-child {
    width: 80%;
  }
  @keyframes pulse {
    to {
      opacity: 0.4;
    }
  }
  .state {
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      animation: none !important;
      transition: none !important;
    }
  }
`
