import { geoAzimuthalEqualArea } from 'd3-geo'
import { describe, expect, it } from 'vitest'

import { EUROPE } from './europe.generated'
import { project } from './project'

describe('project', () => {
  it('places points where d3-geo puts them on the map asset built with it', () => {
    const { lng0, lat0, scale, tx, ty } = EUROPE.projection
    const d3 = geoAzimuthalEqualArea().rotate([-lng0, -lat0]).scale(scale).translate([tx, ty])
    for (const [lng, lat] of [[7.8, 51.7], [11.9, 43.5], [-9.1, 38.7], [25, 60.2]] as const) {
      const [x, y] = project(EUROPE.projection, lng, lat)
      const [ex, ey] = d3([lng, lat])!
      expect(Math.abs(x - ex)).toBeLessThan(0.01)
      expect(Math.abs(y - ey)).toBeLessThan(0.01)
    }
  })
})
