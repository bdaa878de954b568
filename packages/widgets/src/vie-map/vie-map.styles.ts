import { css } from 'lit'

export const mapStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5em 1em;
    margin-bottom: 0.75em;
  }
  .toolbar label {
    display: grid;
    gap: 0.2em;
    font-size: 0.875em;
    font-weight: 600;
  }
  select {
    font-weight: 400;
  }
  .count {
    flex: 1 1 auto;
    margin: 0;
    font-weight: 600;
  }
  svg {
    display: block;
    width: 100%;
    height: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
  }
  .land {
    fill: var(--_surface);
    stroke: var(--_border);
    stroke-linejoin: round;
    vector-effect: non-scaling-stroke;
  }
  .tandem {
    stroke: var(--_accent);
    stroke-dasharray: 4 3;
    vector-effect: non-scaling-stroke;
    stroke-width: 1.5px;
    fill: none;
  }
  .marker {
    cursor: pointer;
    outline: none;
  }
  .marker .dot {
    fill: var(--_accent);
    stroke: var(--_bg);
    vector-effect: non-scaling-stroke;
    stroke-width: 1.5px;
  }
  .marker text {
    fill: var(--_on-accent);
    font-weight: 700;
    text-anchor: middle;
    dominant-baseline: central;
    pointer-events: none;
  }
  .marker .ring {
    fill: none;
    stroke: none;
    vector-effect: non-scaling-stroke;
    stroke-width: 3px;
  }
  .marker:focus-visible .ring,
  .marker.selected .ring {
    stroke: var(--_focus);
  }
  .details {
    margin-top: 0.75em;
  }
  .details:empty {
    display: none;
  }
  .places {
    display: grid;
    gap: 0.5em;
  }
  .places li {
    padding: 0.5em 0.75em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .attribution {
    margin: 0.35em 0 0;
    text-align: end;
  }
`
