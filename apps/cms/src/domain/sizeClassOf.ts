import { municipalitySizeClasses, type MunicipalitySizeClass } from '@vie/types'

/** BBSR size class of a municipality by population; none without a usable population. */
export function sizeClassOf(population: number | null | undefined): MunicipalitySizeClass | null {
  if (typeof population !== 'number' || !Number.isFinite(population) || population <= 0) return null
  return municipalitySizeClasses.find((sizeClass) => population >= sizeClass.minPopulation)?.value ?? null
}
