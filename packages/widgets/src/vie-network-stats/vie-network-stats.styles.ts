import { css } from 'lit'

export const statsStyles = css`
  .charts {
    display: grid;
    gap: 1.5em;
  }
  figure {
    margin: 0;
  }
  .chart {
    display: block;
    width: 100%;
    height: auto;
    margin: 0.5em 0;
    font-size: 13px;
  }
  .chart text {
    fill: var(--_fg);
  }
  .chart .tick,
  .chart .sub .label {
    fill: var(--_muted);
  }
  .chart rect {
    fill: var(--_accent);
  }
  .chart .sub rect {
    fill: var(--_muted);
  }
  .chart .axis {
    stroke: var(--_border);
  }
  .chart .value {
    font-weight: 700;
  }
  summary {
    cursor: pointer;
    color: var(--_accent);
    font-weight: 600;
  }
  table {
    border-collapse: collapse;
    margin-top: 0.5em;
    font-size: 0.875em;
  }
  th,
  td {
    padding: 0.25em 0.75em;
    border-bottom: 1px solid var(--_border);
    text-align: start;
  }
  td.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  th[scope='row'].sub {
    padding-inline-start: 1.75em;
    font-weight: 400;
  }
`
