import type { Placed } from './mapFilters'

/** Markers drawn as one: a single municipality, or several too close to tell apart at this zoom. */
export type Cluster = { x: number; y: number; members: Placed[] }

/**
 * Groups markers closer than `distance` (view-box units) on a grid of that size: linear in the
 * number of markers, so 2 000 stay cheap. A member joins the first cluster near enough among its
 * cell and the neighbouring ones; the cluster sits at its members' mean.
 */
export function clusterMarkers(placed: Placed[], distance: number): Cluster[] {
  const grid = new Map<string, Cluster[]>()
  const clusters: Cluster[] = []
  const cell = (v: number) => Math.floor(v / distance)
  for (const p of placed) {
    const cx = cell(p.x)
    const cy = cell(p.y)
    let home: Cluster | undefined
    for (let dx = -1; dx <= 1 && !home; dx++) {
      for (let dy = -1; dy <= 1 && !home; dy++) {
        home = grid.get(`${cx + dx},${cy + dy}`)?.find((c) => Math.hypot(c.x - p.x, c.y - p.y) < distance)
      }
    }
    if (home) {
      const n = home.members.push(p)
      home.x += (p.x - home.x) / n
      home.y += (p.y - home.y) / n
    } else {
      const fresh = { x: p.x, y: p.y, members: [p] }
      clusters.push(fresh)
      const key = `${cx},${cy}`
      grid.set(key, [...(grid.get(key) ?? []), fresh])
    }
  }
  return clusters
}
