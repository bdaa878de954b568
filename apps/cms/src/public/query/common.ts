import type { Lang, Page } from '@vie/types'

import { say } from '../i18n/messages'
import { LANGS } from '../i18n/lang'
import type { ParamSpecs } from './params'
import { invalidParams } from './params'

export const MAX_LIMIT = 100
export const DEFAULT_LIMIT = 20

/** `lang` overrides Accept-Language; every endpoint takes it. */
export const langSpec: ParamSpecs = {
  lang: {
    kind: 'enum',
    values: LANGS,
    description: {
      de: 'Sprache der Antwort; ohne Angabe gilt Accept-Language, sonst Deutsch. Fehlende englische Texte werden deutsch geliefert und in `fallback` genannt.',
      en: 'Language of the answer; without it Accept-Language applies, else German. Missing English texts are given in German and listed in `fallback`.',
    },
  },
}

/** `format=jsonld` gives schema.org JSON-LD instead of the plain DTO. */
export const formatSpec: ParamSpecs = {
  format: {
    kind: 'enum',
    values: ['json', 'jsonld'],
    default: 'json',
    description: {
      de: '`jsonld` liefert schema.org-JSON-LD (application/ld+json).',
      en: '`jsonld` returns schema.org JSON-LD (application/ld+json).',
    },
  },
}

export const pageSpecs: ParamSpecs = {
  limit: {
    kind: 'int',
    min: 1,
    max: MAX_LIMIT,
    default: DEFAULT_LIMIT,
    description: { de: 'Einträge je Seite (1–100).', en: 'Entries per page (1–100).' },
  },
  page: {
    kind: 'int',
    min: 1,
    max: 100_000,
    default: 1,
    description: { de: 'Seite, ab 1.', en: 'Page, from 1.' },
  },
}

export type PageRequest = { limit: number; page: number }

/**
 * Cuts one page out of `items`. A page past the last is a client error rather than an empty
 * page, so a stale "next" link is noticed; page 1 of nothing is an empty page.
 */
export function paginate<T>(items: readonly T[], { limit, page }: PageRequest, lang: Lang): Page<T> {
  const total = items.length
  const pages = Math.ceil(total / limit)
  if (page > Math.max(pages, 1)) {
    throw invalidParams(lang, [{ name: 'page', value: String(page), reason: say(lang, 'pageBeyondEnd', { page, pages }) }])
  }
  return { items: items.slice((page - 1) * limit, page * limit), total, page, pages, limit, lang }
}
