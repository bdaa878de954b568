import type { Lang, Licence } from '@vie/types'

/** Every open-data response is published under this licence, and says so. */
export const LICENCE: Licence = {
  id: 'dl-de/by-2-0',
  name: 'Datenlizenz Deutschland – Namensnennung – Version 2.0',
  url: 'https://www.govdata.de/dl-de/by-2-0',
  attribution: 'Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR): VIE – vernetzt in Europa',
}

/** The licence's URI in the DCAT-AP.de licence vocabulary. */
export const LICENCE_DCAT_URI = 'http://dcat-ap.de/def/licenses/dl-by-de/2.0'

/** RFC 8288 link to the licence, for responses (CSV, iCalendar) whose body has no place for it. */
export const licenceLinkHeader = `<${LICENCE.url}>; rel="license"; title="${LICENCE.id}"`

export const PUBLISHER: Record<Lang, string> = {
  de: 'Bundesinstitut für Bau-, Stadt- und Raumforschung (BBSR)',
  en: 'Federal Institute for Research on Building, Urban Affairs and Spatial Development (BBSR)',
}
