import { describe, expect, it } from 'vitest'

import { reasonsOf } from './reasons'
import type { ScorePart } from './score'

const names = {
  topic: (slug: string) => ({ 'digital-twins': 'Digital twins' })[slug] ?? slug,
  network: (slug: string) => ({ eurocities: 'Eurocities' })[slug] ?? slug,
}
const namesDe = { ...names, topic: (slug: string) => ({ 'digital-twins': 'Digitale Zwillinge' })[slug] ?? slug }

const parts: ScorePart[] = [
  { code: 'offers-what-you-seek', topics: ['digital-twins'], weight: 0.3 },
  { code: 'similar-size', mine: 180_761, theirs: 96_535, weight: 0.08 },
  { code: 'shared-network', networks: ['eurocities'], weight: 0.05 },
  { code: 'shared-language', languages: ['en'], weight: 0.1 },
]

describe('partner reasons', () => {
  it('explains each part in English, biggest first', () => {
    expect(reasonsOf(parts, 'en', names)).toEqual([
      { code: 'offers-what-you-seek', text: 'offers Digital twins, which you seek', weight: 0.3 },
      { code: 'shared-language', text: 'works in English', weight: 0.1 },
      { code: 'similar-size', text: 'similar size (96,535 / 180,761)', weight: 0.08 },
      { code: 'shared-network', text: 'both in Eurocities', weight: 0.05 },
    ])
  })

  it('explains each part in German with German number formatting', () => {
    expect(reasonsOf(parts, 'de', namesDe).map((r) => r.text)).toEqual([
      'bietet Digitale Zwillinge, was Sie suchen',
      'arbeitet auf Englisch',
      'ähnliche Größe (96.535 / 180.761)',
      'beide in Eurocities',
    ])
  })

  it('names topics in German where no case ending can go wrong', () => {
    const shared: ScorePart[] = [{ code: 'shared-interest', topics: ['digital-twins'], weight: 0.2 }]
    expect(reasonsOf(shared, 'de', namesDe).map((r) => r.text)).toEqual(['gemeinsames Interesse: Digitale Zwillinge'])
  })
})
