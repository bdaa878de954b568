import type { GazetteerPlace, PartnerProfileRef } from '@vie/types'

/** Who the visitor says they are: a municipality of the register or a place of the gazetteer. */
export type Who = { kind: 'municipality'; municipality: PartnerProfileRef } | { kind: 'place'; place: GazetteerPlace }

/** What the visitor asks suggestions for, as chosen in the form. */
export type FinderProfile = {
  who: Who
  offers: readonly string[]
  seeks: readonly string[]
  /** Only for a place; a registered municipality's stored figures are used. */
  population: number | null
  languages: readonly string[]
}

export const whoName = (who: Who): string => (who.kind === 'municipality' ? who.municipality.name : who.place.name)

export const whoCountry = (who: Who): string => (who.kind === 'municipality' ? who.municipality.country : who.place.country)

/** Languages offered as working languages: the place's likely language first, then widely used ones. */
const COMMON = ['en', 'de', 'fr', 'it', 'es', 'nl', 'pl']

/** The language most likely spoken in a country (`IT` → `it`), from the browser's locale data. */
export function likelyLanguage(country: string): string | null {
  try {
    return new Intl.Locale('und', { region: country }).maximize().language
  } catch {
    return null
  }
}

export function languageChoices(country: string): string[] {
  const own = likelyLanguage(country)
  return [...new Set([...(own && own !== 'und' ? [own] : []), ...COMMON])]
}

/** The working languages a place starts with: its likely language and English. */
export const defaultLanguages = (country: string): string[] => languageChoices(country).filter((code, i) => i === 0 || code === 'en')
