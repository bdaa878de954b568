import type { CollectionBeforeChangeHook, Field, JSONField, SelectField, TextField } from 'payload'

import { localizedTexts, type TextPair } from './localizedTexts'

export const TRANSLATION_STATUSES = ['complete', 'english-missing', 'german-from-english'] as const
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number]

/**
 * German copied from English (an accepted proposal written in English only) weighs more than
 * missing English: the German reader sees an English text until an editor translates it.
 * Missing English is any text that has German but no English (the public API shows German then).
 */
export const translationStatusOf = (texts: TextPair[], germanFromEnglish: string[]): TranslationStatus =>
  germanFromEnglish.length > 0 ? 'german-from-english' : texts.some((text) => text.de !== '' && text.en === '') ? 'english-missing' : 'complete'

/**
 * The request context key through which a write says which German texts it copied from English
 * (see `germanFromEnglishOf`); only server code sets it, no form or import can.
 */
export const GERMAN_FROM_ENGLISH = 'germanFromEnglish'

/**
 * The texts whose German is still a copy of the English: those marked before or by this write,
 * as long as German and English are the same. Translating the German text ends the mark.
 */
function germanFromEnglishOf(texts: TextPair[], marked: unknown[]): string[] {
  const paths = new Set(marked.filter((path): path is string => typeof path === 'string'))
  return texts.filter((text) => paths.has(text.path) && text.de !== '' && text.de === text.en).map((text) => text.path)
}

/** Kept by the hook below, never typed: the admin's list search, title fallback and filter read them. */
const computed = { create: () => false, update: () => false }

const searchTextField: TextField = {
  name: 'searchText',
  type: 'text',
  index: true,
  access: computed,
  label: { de: 'Name (deutsch/englisch), Abkürzung oder Kurzname', en: 'name (German/English), acronym or slug' },
  admin: { hidden: true, disableListColumn: true },
}

const titleDeField: TextField = {
  name: 'titleDe',
  type: 'text',
  access: computed,
  label: { de: 'Deutscher Name', en: 'German name' },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}

/** Sort keys of the title per language: see `nameSortKey` and `sortByLocalizedName`. */
const sortNameField = (name: 'sortNameDe' | 'sortNameEn', label: string): TextField => ({
  name,
  type: 'text',
  index: true,
  access: computed,
  label: { de: `Sortiername (${label})`, en: `sort name (${label})` },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
})

const germanFromEnglishField: JSONField = {
  name: GERMAN_FROM_ENGLISH,
  type: 'json',
  access: computed,
  label: { de: 'Deutsch aus dem Englischen übernommen', en: 'German copied from English' },
  admin: { hidden: true, disableListColumn: true, disableListFilter: true },
}

const translationStatusField: SelectField = {
  name: 'translationStatus',
  type: 'select',
  index: true,
  access: computed,
  label: { de: 'Übersetzung', en: 'Translation' },
  options: [
    { value: 'complete', label: { de: 'Vollständig', en: 'Complete' } },
    { value: 'english-missing', label: { de: 'Englisch fehlt', en: 'English missing' } },
    { value: 'german-from-english', label: { de: 'Deutsch fehlt (englischer Text übernommen)', en: 'German missing (English text copied)' } },
  ],
  admin: {
    position: 'sidebar',
    readOnly: true,
    description: {
      de: 'Wird beim Speichern ermittelt: „Englisch fehlt“, sobald ein Text nur auf Deutsch vorliegt; „Deutsch fehlt“, solange ein aus einem englischen Vorschlag übernommener Text nicht übersetzt ist.',
      en: 'Worked out on save: "English missing" as soon as a text exists in German only; "German missing" while a text taken over from an English proposal is not translated.',
    },
  },
}

const sortNameFields = [sortNameField('sortNameDe', 'de'), sortNameField('sortNameEn', 'en')]

/** The computed fields a bilingual record list needs. */
export const bilingualListFields: Field[] = [searchTextField, titleDeField, ...sortNameFields, germanFromEnglishField, translationStatusField]

/** Their names: worked out from the texts on every save, so neither an edit nor an import column. */
export const BILINGUAL_LIST_FIELD_NAMES = [
  searchTextField.name,
  titleDeField.name,
  ...sortNameFields.map((field) => field.name),
  germanFromEnglishField.name,
  translationStatusField.name,
]

type ListOptions = { title: string; alsoSearch: string[] }

/** The collections whose lists search and title in both languages, and what they search besides the title. */
export const BILINGUAL_LISTS: Record<string, ListOptions> = {
  networks: { title: 'name', alsoSearch: ['acronym', 'slug'] },
  tandems: { title: 'title', alsoSearch: ['slug'] },
  events: { title: 'title', alsoSearch: ['slug'] },
  municipalities: { title: 'name', alsoSearch: ['slug'] },
}

type ListValues = {
  searchText: string
  titleDe: string | null
  sortNameDe: string
  sortNameEn: string
  germanFromEnglish: string[] | null
  translationStatus: TranslationStatus
}

/**
 * How a title sorts as a reader expects, not by code point: case and accents ignored (German
 * dictionary order: "Österreich" beside "Oslo", not after "Zagreb"), "ß" as "ss".
 */
const nameSortKey = (title: string): string =>
  title.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss').toLocaleLowerCase('de').replace(/\s+/g, ' ').trim()

/** The computed list fields of a record whose texts in both languages are `texts`. */
export function listFieldValues(texts: TextPair[], { title }: ListOptions, others: unknown[], markedGermanFromEnglish: unknown[] = []): ListValues {
  const titles = texts.find((text) => text.path === title) ?? { de: '', en: '' }
  const germanFromEnglish = germanFromEnglishOf(texts, markedGermanFromEnglish)
  return {
    searchText: [titles.de, titles.en, ...others]
      .filter((part): part is string => typeof part === 'string' && part.trim() !== '')
      .join(' · '),
    titleDe: titles.de || null,
    // An English list shows the German title where English is missing, so it sorts by it too.
    sortNameDe: nameSortKey(titles.de || titles.en),
    sortNameEn: nameSortKey(titles.en || titles.de),
    germanFromEnglish: germanFromEnglish.length ? germanFromEnglish : null,
    translationStatus: translationStatusOf(texts, germanFromEnglish),
  }
}

/**
 * Fills the computed list fields from the record as it will be after this save, in both
 * languages: `searchText` (German and English title plus the fields BILINGUAL_LISTS names, so
 * the list search finds a record by either name whatever the content language), `titleDe` (the
 * title shown with a "DE" marker where English is missing), `germanFromEnglish` and
 * `translationStatus`.
 */
export const fillBilingualListFields: CollectionBeforeChangeHook = async ({ collection, data, originalDoc, req }) => {
  const options = BILINGUAL_LISTS[collection.slug]
  if (!options) return data
  const locale = req.locale === 'en' || req.locale === 'all' ? req.locale : 'de'
  const id = (originalDoc as { id?: string } | undefined)?.id
  // A copy of the request: the Local API writes the locale it is asked for into the request it
  // is given, which would switch the rest of this save to all locales.
  const readAll = { ...req, locale: 'all' as const }
  const stored = id
    ? ((await req.payload.findByID({ collection: collection.slug, id, locale: 'all', draft: true, depth: 0, overrideAccess: true, req: readAll, disableErrors: true })) ?? {})
    : {}
  const texts = localizedTexts(collection.flattenedFields, stored as Record<string, unknown>, data, locale)
  const others = options.alsoSearch.map((name) => (name in data ? data[name] : (originalDoc as Record<string, unknown> | undefined)?.[name]))
  const marked = [(stored as Record<string, unknown>)[GERMAN_FROM_ENGLISH], req.context[GERMAN_FROM_ENGLISH]].flatMap((list) => (Array.isArray(list) ? list : []))
  return Object.assign(data, listFieldValues(texts, options, others, marked))
}
