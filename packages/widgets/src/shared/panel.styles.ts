import { css } from 'lit'

/**
 * A list is a panel of its own, so its count and controls do not touch the edges. Its text
 * fields and selects share one look; `:where` keeps that rule weaker than a widget's own.
 */
export const panelStyles = css`
  .base {
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
  }
  :where(select, textarea, input:not([type='checkbox'], [type='radio'])) {
    min-height: 2.25em;
    padding: 0.25em 0.5em;
    border: 1px solid var(--_muted);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
  }
`
