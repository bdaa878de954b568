/** A country of the map: its ISO 3166-1 alpha-2 code ('' where there is none), SVG path and bounding box [x, y, w, h]. */
export type CountryShape = { code: string; d: string; box: [number, number, number, number] }

/** The spherical Lambert azimuthal equal-area projection the asset was drawn in, scaled to its view box. */
export type Projection = { lng0: number; lat0: number; scale: number; tx: number; ty: number }

/** Europe projected and simplified at build time (scripts/buildEuropeMap.mjs). */
export type EuropeAsset = { width: number; height: number; projection: Projection; countries: CountryShape[] }
