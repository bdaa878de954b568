import { css } from 'lit'

export const networkListStyles = css`
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.75em 1em;
    margin-bottom: 1em;
    padding: 0.75em 1em;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .controls label {
    display: grid;
    grid-template-columns: minmax(0, auto);
    min-width: 0;
    max-width: 100%;
    gap: 0.2em;
    font-size: 0.875em;
    font-weight: 600;
  }
  .search {
    display: flex;
    gap: 0.35em;
  }
  input,
  select {
    max-width: 100%;
    font-weight: 400;
  }
  .list {
    display: grid;
    gap: 0.75em;
  }
  .count {
    margin: 0 0 0.75em;
    color: var(--_muted);
  }
  .more {
    margin-top: 1em;
  }
`
