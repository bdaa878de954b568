/** ISO 3166-1 alpha-2 codes of the European countries the gazetteer keeps (Council of Europe area plus microstates). */
export const EUROPEAN_COUNTRIES = new Set([
  'AD', 'AL', 'AT', 'BA', 'BE', 'BG', 'BY', 'CH', 'CY', 'CZ', 'DE', 'DK', 'EE', 'ES', 'FI', 'FO', 'FR', 'GB', 'GI', 'GR',
  'HR', 'HU', 'IE', 'IS', 'IT', 'LI', 'LT', 'LU', 'LV', 'MC', 'MD', 'ME', 'MK', 'MT', 'NL', 'NO', 'PL', 'PT', 'RO', 'RS',
  'SE', 'SI', 'SK', 'SM', 'UA', 'VA', 'XK',
])

/** One place of the compact index: [GeoNames id, name, alternate names, country, population, lat, lng]. */
export type PlaceRow = [number, string, string, string, number, number, number]
