import { css } from 'lit'

export const tandemCardStyles = css`
  .partners {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12em, 1fr));
    gap: 0.5em;
    margin: 0.75em 0;
  }
  .partners li {
    display: grid;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  section {
    margin-top: 0.75em;
  }
  [part~='subheading'] {
    font-size: 1em;
  }
  .results {
    list-style: disc;
    padding-inline-start: 1.25em;
  }
  .results li + li {
    margin-top: 0.25em;
  }
`
