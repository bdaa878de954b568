import type { Lang, Page } from '@vie/types'

import { LANGS } from '../i18n/lang'
import type { ParamSpecs } from './params'

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
    description: {
      de: 'Seite, ab 1. Eine Seite nach der letzten ist leer (200, `items` leer); `total` und `pages` nennen den Umfang, der Link-Header `rel="last"` die letzte Seite.',
      en: 'Page, from 1. A page after the last one is empty (200, no `items`); `total` and `pages` give the extent, the Link header `rel="last"` the last page.',
    },
  },
}

export type PageRequest = { limit: number; page: number }

/**
 * Cuts one page out of `items`. A page past the last is empty, like page 1 of nothing: every
 * page the OpenAPI document allows (1 to 100 000) answers 200, so a client that pages until
 * `items` is empty, or a "next" link gone stale as records were unpublished, ends cleanly, and
 * `total` and `pages` say where the data ends.
 */
export function paginate<T>(items: readonly T[], { limit, page }: PageRequest, lang: Lang): Page<T> {
  const total = items.length
  const pages = Math.ceil(total / limit)
  return { items: items.slice((page - 1) * limit, page * limit), total, page, pages, limit, lang }
}
