import type { Lang } from '@vie/types'

type Text = Record<Lang, string>

/** Titles of the problem types this API answers with (RFC 9457 `title`). */
export const problemTitles = {
  'invalid-parameter': { de: 'Ungültiger Parameter', en: 'Invalid parameter' },
  'not-found': { de: 'Nicht gefunden', en: 'Not found' },
  'method-not-allowed': { de: 'Methode nicht erlaubt', en: 'Method not allowed' },
  'too-many-requests': { de: 'Zu viele Anfragen', en: 'Too many requests' },
  unavailable: { de: 'Vorübergehend nicht verfügbar', en: 'Temporarily unavailable' },
  'internal-error': { de: 'Interner Fehler', en: 'Internal error' },
} satisfies Record<string, Text>

export type ProblemType = keyof typeof problemTitles

/** Sentences that name what was wrong; `{x}` placeholders are filled by `say`. */
export const messages = {
  unknownParameter: {
    de: 'Unbekannter Parameter „{name}“. Erlaubt sind: {allowed}.',
    en: 'Unknown parameter "{name}". Allowed: {allowed}.',
  },
  repeated: { de: 'Darf nur einmal angegeben werden.', en: 'May be given only once.' },
  notInList: { de: '„{value}“ ist kein erlaubter Wert.', en: '"{value}" is not an allowed value.' },
  notInteger: { de: 'Erwartet wird eine ganze Zahl von {min} bis {max}.', en: 'Expected a whole number from {min} to {max}.' },
  notNumber: { de: 'Erwartet wird eine Zahl von {min} bis {max}.', en: 'Expected a number from {min} to {max}.' },
  notDate: {
    de: 'Erwartet wird ein Datum nach ISO 8601, z. B. 2025-03-30 oder 2025-03-30T10:00:00+02:00.',
    en: 'Expected an ISO 8601 date, e.g. 2025-03-30 or 2025-03-30T10:00:00+02:00.',
  },
  tooLong: { de: 'Höchstens {max} Zeichen.', en: 'At most {max} characters.' },
  empty: { de: 'Darf nicht leer sein.', en: 'Must not be empty.' },
  rangeReversed: { de: '„from“ liegt nach „to“.', en: '"from" is after "to".' },
  invalidParameters: {
    de: 'Die Anfrage enthält ungültige Parameter: {names}.',
    en: 'The request has invalid parameters: {names}.',
  },
  unknownSlug: {
    de: 'Es gibt keinen veröffentlichten Eintrag „{slug}“ unter {collection}.',
    en: 'There is no published record "{slug}" in {collection}.',
  },
  noDate: {
    de: 'Für „{slug}“ ist kein genaues Datum bekannt, daher gibt es keinen Kalendereintrag.',
    en: 'No exact date is known for "{slug}", so there is no calendar entry.',
  },
  calendarName: { de: 'VIE – vernetzt in Europa: Veranstaltungen', en: 'VIE – connected in Europe: events' },
  calendarDescription: {
    de: 'Veranstaltungen der Netzwerke, Tandems und Kommunen im Register „vernetzt in Europa“ des BBSR.',
    en: 'Events of the networks, tandems and municipalities in the BBSR register "connected in Europe".',
  },
  unknownRoute: {
    de: 'Diesen Pfad gibt es in der öffentlichen API nicht. Übersicht: {docs}',
    en: 'This path does not exist in the public API. Overview: {docs}',
  },
  methodNotAllowed: {
    de: 'Die öffentliche API ist nur lesbar: erlaubt sind {allowed}.',
    en: 'The public API is read-only: allowed are {allowed}.',
  },
  tooManyRequests: {
    de: 'Zu viele Anfragen von dieser Adresse. Bitte nach {seconds} s erneut versuchen.',
    en: 'Too many requests from this address. Please retry after {seconds} s.',
  },
  tooManyProposals: {
    de: 'Zu viele Vorschläge. Bitte in {seconds} s erneut versuchen.',
    en: 'Too many proposals. Please try again in {seconds} s.',
  },
  notReady: {
    de: 'Die Daten werden gerade geladen. Bitte gleich erneut versuchen.',
    en: 'The data is being loaded. Please retry in a moment.',
  },
  internalError: {
    de: 'Die Anfrage konnte nicht beantwortet werden. Der Fehler wurde protokolliert.',
    en: 'The request could not be answered. The error has been logged.',
  },
} satisfies Record<string, Text>

export type MessageKey = keyof typeof messages

export function say(lang: Lang, key: MessageKey, values: Record<string, string | number> = {}): string {
  return messages[key][lang].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  )
}
