import { describe, expect, it } from 'vitest'

import { buildSnapshot, stableUid } from '../../src/public/readModel/snapshot'
import { sharedRecords, sharedVocabularies } from './fixtures/sharedData'

const vocab = sharedVocabularies()

describe('read model snapshot', () => {
  const records = sharedRecords()
  const snapshot = buildSnapshot(records, vocab)

  it('holds every published record in both languages', () => {
    expect(snapshot.networks).toHaveLength(34)
    expect(snapshot.tandems).toHaveLength(7)
    expect(snapshot.municipalityBySlug.size).toBe(84)
    expect(snapshot.events.length).toBeGreaterThan(5)
    const eurocities = snapshot.networkBySlug.get('eurocities')
    expect(eurocities?.detail.de.name).toBe('Eurocities')
    expect(eurocities?.card.en.category).toEqual({
      value: 'city-region-network',
      label: 'European and international networks of cities and regions',
    })
    expect(eurocities?.card.de.themes.length).toBeGreaterThan(0)
    expect(eurocities?.card.en.summary.length).toBeLessThanOrEqual(280)
  })

  it('resolves relationships to published records only', () => {
    const lighthouse = snapshot.networkBySlug.get('austausch-deutsche-eu-lighthouse-projekte')
    expect(lighthouse?.detail.de.municipalities.map((m) => m.slug)).toEqual(['koeln', 'muenchen', 'hamburg', 'dresden', 'leipzig'])
    expect(lighthouse?.detail.en.relatedNetworks.length).toBe(2)

    // Köln unpublished (absent from the published set): it vanishes from every network and tandem.
    const withoutKoeln = { ...records, municipalities: records.municipalities.filter((m) => m.slug !== 'koeln') }
    const next = buildSnapshot(withoutKoeln, vocab)
    const names = next.networks.flatMap((n) => n.detail.de.municipalities.map((m) => m.slug))
    expect(names).not.toContain('koeln')
    expect(next.municipalityBySlug.has('koeln')).toBe(false)
  })

  it('lists the fields that fell back to German, per language and per record', () => {
    const altered = sharedRecords()
    const first = altered.networks[0]
    if (!first) throw new Error('no network')
    first.goals = { de: 'Nur deutsch.', en: null }
    first.foundedNote = { de: 'Nur deutsch.', en: '' }
    const next = buildSnapshot(altered, vocab)
    const entry = next.networkBySlug.get(first.slug)
    expect(entry?.detail.en.goals).toBe('Nur deutsch.')
    expect(entry?.detail.en.fallback).toEqual(expect.arrayContaining(['goals', 'foundedNote', 'summary']))
    expect(entry?.card.en.fallback).toEqual(['summary'])
    expect(entry?.detail.de.fallback).toEqual([])
  })

  it('derives municipality pages from the records that point at them', () => {
    const hamm = snapshot.municipalityBySlug.get('hamm')
    expect(hamm?.detail.de.tandems.map((t) => t.slug)).toEqual(['hamm-arezzo'])
    expect(hamm?.detail.en.country).toBe('DE')
    expect(hamm?.events.every((e) => e.tandems.has('hamm-arezzo'))).toBe(true)
    expect(hamm?.events.length).toBeGreaterThan(0)
  })

  it('counts by vocabulary, with zero counts kept and totals that add up', () => {
    const stats = snapshot.stats.en
    expect(stats.networks.total).toBe(34)
    const category = Object.fromEntries(stats.networks.byCategory.map((b) => [b.value, b.count]))
    expect(category).toEqual({ 'national-smart-city': 7, 'international-smart-city': 12, 'eu-thematic': 5, 'city-region-network': 10 })
    const initiative = Object.fromEntries(stats.networks.byFoundingInitiative.map((b) => [b.value, b.count]))
    expect(initiative).toEqual({ 'top-down': 16, 'bottom-up': 18 })
    expect(stats.networks.byTheme).toHaveLength(28)
    expect(stats.tandems.byStatus.reduce((s, b) => s + b.count, 0)).toBe(7)
    expect(stats.tandems.byCountry.find((b) => b.value === 'IT')?.label).toBe('Italy')
    expect(snapshot.stats.de.tandems.byCountry.find((b) => b.value === 'IT')?.label).toBe('Italien')
    expect(stats.events.byYear.map((b) => b.value)).toEqual([...stats.events.byYear.map((b) => b.value)].sort())
    expect(stats.events.byMode.reduce((s, b) => s + b.count, 0)).toBe(snapshot.events.filter((e) => e.mode).length)
  })

  it('gives events stable UUID UIDs and a sequence that grows with each change', () => {
    const uid = stableUid('events', '4000')
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(stableUid('events', '4000')).toBe(uid)
    const altered = sharedRecords()
    const event = altered.events[0]
    if (!event) throw new Error('no event')
    const before = buildSnapshot(altered, vocab).eventBySlug.get(event.slug)
    event.updatedAt = new Date(Date.parse(event.updatedAt) + 5_000).toISOString()
    event.slug = 'renamed'
    const after = buildSnapshot(altered, vocab).eventBySlug.get('renamed')
    expect(after?.uid).toBe(before?.uid)
    expect(after?.sequence).toBe((before?.sequence ?? 0) + 5)
  })
})
