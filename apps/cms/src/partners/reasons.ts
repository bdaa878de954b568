import type { Lang, PartnerReason } from '@vie/types'

import { languageName } from './workingLanguages'
import type { ScorePart } from './score'

/** Names of what the parts refer to, in the answer's language. */
export type ReasonNames = {
  topic: (slug: string) => string
  network: (slug: string) => string
}

const numbers = { de: new Intl.NumberFormat('de-DE'), en: new Intl.NumberFormat('en-GB') }

const list = (items: string[], lang: Lang): string =>
  new Intl.ListFormat(lang === 'de' ? 'de-DE' : 'en-GB', { type: 'conjunction' }).format(items)

function sentence(part: ScorePart, lang: Lang, names: ReasonNames): string {
  const n = numbers[lang]
  switch (part.code) {
    case 'offers-what-you-seek': {
      const topics = list(part.topics.map(names.topic), lang)
      return lang === 'de' ? `bietet ${topics}, was Sie suchen` : `offers ${topics}, which you seek`
    }
    case 'seeks-what-you-offer': {
      const topics = list(part.topics.map(names.topic), lang)
      return lang === 'de' ? `sucht ${topics}, was Sie anbieten` : `seeks ${topics}, which you offer`
    }
    case 'shared-interest': {
      const topics = list(part.topics.map(names.topic), lang)
      return lang === 'de' ? `gemeinsames Interesse: ${topics}` : `shared interest in ${topics}`
    }
    case 'similar-size':
      return lang === 'de'
        ? `ähnliche Größe (${n.format(part.theirs)} / ${n.format(part.mine)})`
        : `similar size (${n.format(part.theirs)} / ${n.format(part.mine)})`
    case 'shared-language': {
      const languages = list(part.languages.map((code) => languageName(code, lang)), lang)
      return lang === 'de' ? `arbeitet auf ${languages}` : `works in ${languages}`
    }
    case 'shared-network': {
      const networks = list(part.networks.map(names.network), lang)
      return lang === 'de' ? `beide in ${networks}` : `both in ${networks}`
    }
    case 'distance':
      return lang === 'de' ? `${n.format(part.km)} km entfernt` : `${n.format(part.km)} km away`
    case 'open-to-partnership':
      return lang === 'de' ? 'offen für neue Partnerschaften' : 'open to new partnerships'
  }
}

/** The parts as reasons, biggest weight first; weights rounded like the score. */
export const reasonsOf = (parts: readonly ScorePart[], lang: Lang, names: ReasonNames): PartnerReason[] =>
  [...parts]
    .sort((a, b) => b.weight - a.weight)
    .map((part) => ({ code: part.code, text: sentence(part, lang, names), weight: Math.round(part.weight * 1000) / 1000 }))
