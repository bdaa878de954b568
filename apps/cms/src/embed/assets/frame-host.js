/* global document, window */
// For partner pages (in the site layout, once): sizes every <iframe data-vie-frame> to the
// height its VIE frame reports, within bounds, and only from the frame's own origin.
const MIN = 80
const MAX = 4000

window.addEventListener('message', (event) => {
  const data = event.data
  if (!data || data.type !== 'vie-frame-height' || typeof data.height !== 'number') return
  for (const frame of document.querySelectorAll('iframe[data-vie-frame]')) {
    if (frame.contentWindow !== event.source) continue
    if (new URL(frame.src, document.baseURI).origin !== event.origin) return
    frame.height = String(Math.min(MAX, Math.max(MIN, Math.round(data.height))))
  }
})
