import { css } from 'lit'

export const partnerFinderStyles = css`
  form {
    display: grid;
    gap: 1em;
  }
  fieldset {
    margin: 0;
    padding: 0.75em 1em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-width: 0;
  }
  legend {
    padding: 0 0.25em;
    font-weight: 700;
  }
  .combobox {
    position: relative;
    display: grid;
    gap: 0.25em;
  }
  label {
    font-weight: 600;
  }
  input[type='text'],
  input[type='number'] {
    max-width: 100%;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 1;
    inset-inline: 0;
    top: 100%;
    max-height: 18em;
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_bg);
    box-shadow: 0 0.25em 0.75em rgb(0 0 0 / 0.2);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  .group-label {
    display: block;
    padding: 0.35em 0.75em 0.1em;
    color: var(--_muted);
    font-size: 0.8em;
    font-weight: 700;
    text-transform: uppercase;
  }
  [role='option'] {
    padding: 0.35em 0.75em;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  [role='option'][aria-selected='true'] .muted {
    color: inherit;
  }
  .option-name {
    font-weight: 600;
  }
  .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em 1.5em;
    align-items: end;
  }
  .figures label {
    display: grid;
    gap: 0.2em;
  }
  .choices {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(13em, 1fr));
    gap: 0.25em 1em;
  }
  .choice {
    display: flex;
    gap: 0.4em;
    align-items: baseline;
    font-weight: 400;
  }
  .topics {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(18em, 1fr));
    gap: 1em;
  }
  .problem {
    color: var(--_alert);
    font-weight: 600;
  }
  .results {
    margin-top: 1.5em;
  }
  .results > :focus {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .list {
    margin-top: 1em;
  }
  .suggestions {
    display: grid;
    gap: 0.75em;
    margin-top: 0.5em;
  }
  .suggestion-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.5em;
    align-items: baseline;
  }
  .reasons {
    list-style: disc;
    padding-inline-start: 1.25em;
    font-size: 0.925em;
  }
`
