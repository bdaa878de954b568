import type { Label } from '@vie/types'

/**
 * City names where German or current English usage differs from the zone id's city part
 * (the database keeps old spellings such as Kiev and Calcutta as canonical ids).
 */
const CITY_NAMES: Record<string, Partial<Label>> = {
  'Africa/Addis_Ababa': { de: 'Addis Abeba' },
  'Africa/Algiers': { de: 'Algier' },
  'Africa/Cairo': { de: 'Kairo' },
  'Africa/Khartoum': { de: 'Khartum' },
  'Africa/Tripoli': { de: 'Tripolis' },
  'America/Bogota': { de: 'Bogotá', en: 'Bogotá' },
  'America/Havana': { de: 'Havanna' },
  'America/Mexico_City': { de: 'Mexiko-Stadt' },
  'America/Sao_Paulo': { de: 'São Paulo', en: 'São Paulo' },
  'Asia/Baghdad': { de: 'Bagdad' },
  'Asia/Calcutta': { de: 'Kalkutta', en: 'Kolkata' },
  'Asia/Damascus': { de: 'Damaskus' },
  'Asia/Hong_Kong': { de: 'Hongkong' },
  'Asia/Jerusalem': { de: 'Jerusalem' },
  'Asia/Katmandu': { de: 'Kathmandu', en: 'Kathmandu' },
  'Asia/Macau': { de: 'Macau' },
  'Asia/Rangoon': { de: 'Yangon', en: 'Yangon' },
  'Asia/Riyadh': { de: 'Riad' },
  'Asia/Saigon': { de: 'Ho-Chi-Minh-Stadt', en: 'Ho Chi Minh City' },
  'Asia/Shanghai': { de: 'Schanghai' },
  'Asia/Singapore': { de: 'Singapur' },
  'Asia/Tashkent': { de: 'Taschkent' },
  'Asia/Tbilisi': { de: 'Tiflis' },
  'Asia/Tehran': { de: 'Teheran' },
  'Asia/Yerevan': { de: 'Eriwan' },
  'Atlantic/Azores': { de: 'Azoren', en: 'Azores' },
  'Atlantic/Canary': { de: 'Kanarische Inseln', en: 'Canary Islands' },
  'Atlantic/Faroe': { de: 'Färöer', en: 'Faroe Islands' },
  'Atlantic/Reykjavik': { de: 'Reykjavík', en: 'Reykjavík' },
  'Europe/Athens': { de: 'Athen' },
  'Europe/Belgrade': { de: 'Belgrad' },
  'Europe/Brussels': { de: 'Brüssel' },
  'Europe/Bucharest': { de: 'Bukarest' },
  'Europe/Busingen': { de: 'Büsingen', en: 'Büsingen' },
  'Europe/Chisinau': { de: 'Chișinău', en: 'Chișinău' },
  'Europe/Copenhagen': { de: 'Kopenhagen' },
  'Europe/Kiev': { de: 'Kiew', en: 'Kyiv' },
  'Europe/Kyiv': { de: 'Kiew' },
  'Europe/Lisbon': { de: 'Lissabon' },
  'Europe/Luxembourg': { de: 'Luxemburg' },
  'Europe/Moscow': { de: 'Moskau' },
  'Europe/Nicosia': { de: 'Nikosia' },
  'Asia/Nicosia': { de: 'Nikosia' },
  'Europe/Prague': { de: 'Prag' },
  'Europe/Rome': { de: 'Rom' },
  'Europe/Tirane': { de: 'Tirana', en: 'Tirana' },
  'Europe/Uzhgorod': { de: 'Uschhorod', en: 'Uzhhorod' },
  'Europe/Vatican': { de: 'Vatikanstadt', en: 'Vatican City' },
  'Europe/Vienna': { de: 'Wien' },
  'Europe/Warsaw': { de: 'Warschau' },
  'Europe/Zaporozhye': { de: 'Saporischschja', en: 'Zaporizhzhia' },
  'Europe/Zurich': { de: 'Zürich', en: 'Zurich' },
}

/** "America/Argentina/San_Juan" → "San Juan": the last part names the place. */
const cityPart = (zone: string): string => (zone.split('/').at(-1) ?? zone).replace(/_/g, ' ')

/** The place a zone is named after, as a German or English reader knows it. */
export function cityOf(zone: string): Label {
  const plain = cityPart(zone)
  const names = CITY_NAMES[zone] ?? {}
  return { de: names.de ?? names.en ?? plain, en: names.en ?? plain }
}

/**
 * The admin's time zone picker shows one text per option whatever the interface language, so
 * both city names stand in it (searchable by either), followed by the zone id.
 */
export function timeZoneLabel(zone: string): string {
  const { de, en } = cityOf(zone)
  return de === en ? `${de} (${zone})` : `${de} / ${en} (${zone})`
}

/** Every IANA zone the platform knows, as options for date fields with a time zone. */
export const timeZoneOptions = (): { label: string; value: string }[] =>
  Intl.supportedValuesOf('timeZone').map((zone) => ({ value: zone, label: timeZoneLabel(zone) }))
