/** The part of the map in view, in view-box units: x, y, width, height. */
export type Box = [number, number, number, number]

/**
 * `box` grown by `margin` (a share of its size), to at least `minWidth` wide, then widened or
 * heightened to the map's aspect ratio so nothing of it is cut, and kept inside the map.
 */
export function fitBox(box: Box, map: { width: number; height: number }, margin = 0.1, minWidth = 120): Box {
  const aspect = map.width / map.height
  let [x, y, w, h] = box
  x -= w * margin
  y -= h * margin
  w *= 1 + 2 * margin
  h *= 1 + 2 * margin
  if (w < minWidth) {
    x -= (minWidth - w) / 2
    w = minWidth
  }
  if (w / h > aspect) {
    const target = w / aspect
    y -= (target - h) / 2
    h = target
  } else {
    const target = h * aspect
    x -= (target - w) / 2
    w = target
  }
  if (w >= map.width) return [0, 0, map.width, map.height]
  x = Math.min(Math.max(x, 0), map.width - w)
  y = Math.min(Math.max(y, 0), map.height - h)
  return [x, y, w, h]
}

/** The bounding box of points, as a Box. */
export function boxAround(points: { x: number; y: number }[]): Box {
  const xs = points.map((p) => p.x)
  const ys = points.map((p) => p.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return [x, y, Math.max(...xs) - x, Math.max(...ys) - y]
}
