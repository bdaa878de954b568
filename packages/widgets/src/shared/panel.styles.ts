import { css } from 'lit'

/** A list is a panel of its own, so its count and controls do not touch the edges. */
export const panelStyles = css`
  .base {
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
  }
`
