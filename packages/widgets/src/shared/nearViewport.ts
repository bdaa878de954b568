/** How far ahead of the viewport a widget starts loading, so data is there when it scrolls in. */
const MARGIN = '300px'

/** Calls `onNear` once, when `element` comes within MARGIN of the viewport; returns a cancel function. */
export function whenNearViewport(element: Element, onNear: () => void): () => void {
  const observer = new IntersectionObserver(
    (entries) => {
      if (entries.some((entry) => entry.isIntersecting)) {
        observer.disconnect()
        onNear()
      }
    },
    { rootMargin: MARGIN },
  )
  observer.observe(element)
  return () => observer.disconnect()
}
