/* global document, window, ResizeObserver */
// Inside a VIE frame page: tells the embedding page how tall the content is, so that
// frame-host.js there can size the iframe. The bounds keep a broken page from growing forever.
const MIN = 80
const MAX = 4000

const report = () => {
  const height = Math.min(MAX, Math.max(MIN, Math.ceil(document.body.getBoundingClientRect().height)))
  window.parent.postMessage({ type: 'vie-frame-height', height }, '*')
}

new ResizeObserver(report).observe(document.body)
report()
