import { css } from 'lit'

export const eventListStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.75em;
    margin-bottom: 0.75em;
  }
  .toggle {
    display: flex;
    gap: 0.35em;
  }
  .month + .month {
    margin-top: 1.25em;
  }
  [part~='month-heading'] {
    font-size: 1em;
    text-transform: none;
    color: var(--_muted);
    border-bottom: 1px solid var(--_border);
    padding-bottom: 0.25em;
    margin-bottom: 0.5em;
  }
  .events {
    display: grid;
    gap: 0.75em;
  }
  .event {
    padding: 0.75em 1em;
    border-inline-start: 4px solid var(--_accent);
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface);
  }
  .event.cancelled {
    border-inline-start-color: var(--_alert);
  }
  .event.cancelled [part~='event-title'] {
    text-decoration: line-through;
  }
  [part~='event-title'] {
    font-size: 1.05em;
  }
  .when {
    margin: 0.15em 0;
    font-weight: 600;
  }
`
