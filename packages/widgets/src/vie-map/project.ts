import type { Projection } from './europeAsset'

const RAD = Math.PI / 180

/**
 * Where a place lies on the map: the forward formula of the projection the build drew the
 * countries with (project.test.ts checks it against d3-geo), so markers need no d3 in the bundle.
 */
export function project(p: Projection, lng: number, lat: number): [number, number] {
  const l = (lng - p.lng0) * RAD
  const phi = lat * RAD
  const phi0 = p.lat0 * RAD
  const cosC = Math.sin(phi0) * Math.sin(phi) + Math.cos(phi0) * Math.cos(phi) * Math.cos(l)
  const k = Math.sqrt(2 / (1 + cosC))
  const x = k * Math.cos(phi) * Math.sin(l)
  const y = k * (Math.cos(phi0) * Math.sin(phi) - Math.sin(phi0) * Math.cos(phi) * Math.cos(l))
  return [p.tx + p.scale * x, p.ty - p.scale * y]
}
