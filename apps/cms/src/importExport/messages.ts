import type { Label } from '@vie/types'

/** What the importer reports, in both admin languages (picked by the editor's language). */
export const importMessages = {
  notJson: { de: 'Die Datei ist kein gültiges JSON.', en: 'The file is not valid JSON.' },
  jsonShape: {
    de: 'Die JSON-Datei braucht die Form { "collection": …, "records": [ … ] }.',
    en: 'The JSON file needs the shape { "collection": …, "records": [ … ] }.',
  },
  otherCollection: (found: string, expected: string): Label => ({
    de: `Die Datei enthält „${found}“, gewählt ist „${expected}“.`,
    en: `The file holds "${found}", but "${expected}" is chosen.`,
  }),
  notCsv: (detail: string): Label => ({ de: `Die CSV-Datei ist fehlerhaft: ${detail}`, en: `The CSV file is malformed: ${detail}` }),
  empty: { de: 'Die Datei enthält keine Datensätze.', en: 'The file contains no records.' },
  unknownColumns: (names: string[]): Label => ({
    de: `Unbekannte Spalten: ${names.join(', ')}.`,
    en: `Unknown columns: ${names.join(', ')}.`,
  }),
  tooManyRows: (max: number): Label => ({ de: `Höchstens ${max} Datensätze je Datei.`, en: `At most ${max} records per file.` }),
  notNumber: { de: 'Keine Zahl.', en: 'Not a number.' },
  notBoolean: { de: 'Erwartet „true“ oder „false“.', en: 'Expected "true" or "false".' },
  notText: { de: 'Erwartet einen Text.', en: 'Expected text.' },
  notList: { de: 'Erwartet eine Liste.', en: 'Expected a list.' },
  notRows: { de: 'Erwartet eine JSON-Liste von Einträgen.', en: 'Expected a JSON list of entries.' },
  unknownLink: (collection: string, slug: string): Label => ({
    de: `Kein Datensatz „${slug}“ in ${collection}. Zuerst diese Sammlung importieren oder den Kurznamen prüfen.`,
    en: `No record "${slug}" in ${collection}. Import that collection first or check the slug.`,
  }),
  duplicateSlug: (slug: string): Label => ({
    de: `Der Kurzname „${slug}“ kommt in der Datei mehrfach vor.`,
    en: `The slug "${slug}" appears more than once in the file.`,
  }),
  noTransactions: {
    de: 'Die Datenbank unterstützt keine Transaktionen; ein Import ohne Alles-oder-nichts wird nicht ausgeführt.',
    en: 'The database does not support transactions; an import that is not all-or-nothing is refused.',
  },
} as const
