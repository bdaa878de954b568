import { css } from 'lit'

export const contributionFormStyles = css`
  form {
    display: grid;
    gap: 1em;
  }
  .group {
    display: grid;
    gap: 0.9em;
    margin: 0;
    padding: 0.75em 1em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding: 0 0.35em;
    font-weight: 700;
  }
  .field {
    display: grid;
    gap: 0.25em;
    margin: 0;
    padding: 0;
    border: 0;
    min-width: 0;
  }
  .field > label,
  .field > legend {
    font-weight: 600;
  }
  input:not([type='checkbox']),
  select,
  textarea {
    box-sizing: border-box;
    width: 100%;
    padding: 0.3em 0.5em;
    color: var(--_fg);
    font: inherit;
  }
  textarea {
    resize: vertical;
  }
  [aria-invalid='true'] {
    border-color: var(--_alert);
    outline: 2px solid var(--_alert);
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35em 1.25em;
  }
  .choice {
    display: flex;
    align-items: baseline;
    gap: 0.5em;
    font-weight: 400;
  }
  input[type='checkbox'] {
    width: 1.1em;
    height: 1.1em;
    accent-color: var(--_accent);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .field-error,
  .notice {
    color: var(--_alert);
    font-weight: 600;
  }
  .notice {
    margin: 0;
    padding: 0.5em 0.75em;
    border-radius: var(--_radius);
    background: var(--_alert-bg);
  }
  .robots {
    position: absolute;
    left: -10000px;
    width: 1px;
    height: 1px;
    overflow: hidden;
  }
  .privacy summary {
    cursor: pointer;
    color: var(--_accent);
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  .sent {
    padding: 0.5em 0;
  }
`
