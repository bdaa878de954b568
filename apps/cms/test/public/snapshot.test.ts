import { beforeAll, describe, expect, it } from 'vitest'

import { PayloadSource } from '../../src/public/readModel/payloadSource'
import type { RawRecords } from '../../src/public/readModel/raw'
import { buildSnapshot, type Snapshot, sequenceOf, stableUid } from '../../src/public/readModel/snapshot'
import { recordBySlug, usePublicStack } from './helpers/publicStack'

const stack = usePublicStack()

/** The seeded register as the read model reads it (published records only), and its snapshot. */
async function readModelOf(): Promise<{ records: RawRecords; snapshot: Snapshot }> {
  const { records, vocab } = await new PayloadSource(stack.payload).load()
  return { records, snapshot: buildSnapshot(records, vocab) }
}

describe('read model snapshot', () => {
  let records: RawRecords
  let snapshot: Snapshot
  beforeAll(async () => {
    ;({ records, snapshot } = await readModelOf())
  })

  it('holds every published record in both languages', () => {
    expect(snapshot.networks).toHaveLength(34)
    expect(snapshot.tandems).toHaveLength(7)
    expect(snapshot.municipalityBySlug.size).toBe(84)
    expect(snapshot.events).toHaveLength(20)
    const eurocities = snapshot.networkBySlug.get('eurocities')
    expect(eurocities?.detail.de.name).toBe('Eurocities')
    expect(eurocities?.card.en.category).toEqual({
      value: 'city-region-network',
      label: 'European and international networks of cities and regions',
    })
    expect(eurocities?.card.de.themes.length).toBeGreaterThan(0)
    expect(eurocities?.card.en.summary.length).toBeLessThanOrEqual(280)
  })

  it('resolves relationships to published records only', async () => {
    const lighthouse = snapshot.networkBySlug.get('austausch-deutsche-eu-lighthouse-projekte')
    expect(lighthouse?.detail.de.municipalities.map((m) => m.slug)).toEqual(['koeln', 'muenchen', 'hamburg', 'dresden', 'leipzig'])
    expect(lighthouse?.detail.en.relatedNetworks.map((n) => n.slug)).toEqual(['mysmartlife-cities-network', 'matchup-network-of-cities'])

    // An editor unpublishes a related network and deletes Köln (municipalities have no drafts).
    const { payload } = stack
    const matchup = await recordBySlug(payload, 'networks', 'matchup-network-of-cities')
    await payload.update({ collection: 'networks', id: matchup.id, data: { _status: 'draft' }, overrideAccess: true })
    const koeln = await recordBySlug(payload, 'municipalities', 'koeln')
    await payload.delete({ collection: 'municipalities', id: koeln.id, overrideAccess: true })
    const next = await readModelOf()

    // The unpublished network is still linked in the stored record; the snapshot leaves it out.
    const raw = next.records.networks.find((n) => n.slug === 'austausch-deutsche-eu-lighthouse-projekte')
    expect((raw?.relatedNetworks ?? []).map((r) => String(typeof r === 'object' && r ? r.id : r))).toContain(String(matchup.id))
    const after = next.snapshot.networkBySlug.get('austausch-deutsche-eu-lighthouse-projekte')
    expect(after?.detail.en.relatedNetworks.map((n) => n.slug)).toEqual(['mysmartlife-cities-network'])
    expect(next.snapshot.networkBySlug.has('matchup-network-of-cities')).toBe(false)
    // Köln vanishes from every network and tandem.
    const names = next.snapshot.networks.flatMap((n) => n.detail.de.municipalities.map((m) => m.slug))
    expect(names).not.toContain('koeln')
    expect(next.snapshot.tandems.flatMap((t) => t.detail.de.municipalities.map((m) => m.slug))).not.toContain('koeln')
    expect(next.snapshot.municipalityBySlug.has('koeln')).toBe(false)
    expect(after?.detail.de.municipalities.map((m) => m.slug)).toEqual(['muenchen', 'hamburg', 'dresden', 'leipzig'])
  })

  it('lists the fields that fell back to German, per language and per record', async () => {
    const { payload } = stack
    const { id } = await recordBySlug(payload, 'networks', 'eurocities')
    const edit = (locale: 'de' | 'en', goals: string | null, foundedNote: string | null) =>
      payload.update({ collection: 'networks', id, locale, data: { goals, foundedNote, _status: 'published' }, overrideAccess: true })
    await edit('de', 'Nur deutsch.', 'Nur deutsch.')
    // No English text: removed, or left empty.
    await edit('en', null, '')
    const entry = (await readModelOf()).snapshot.networkBySlug.get('eurocities')
    expect(entry?.detail.en.goals).toBe('Nur deutsch.')
    expect(entry?.detail.en.fallback).toEqual(expect.arrayContaining(['goals', 'foundedNote', 'summary']))
    // The seed keeps a network's name, a proper name, in German only.
    expect(entry?.card.en.fallback).toEqual(['summary', 'name'])
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
    const subtypes = stats.networks.byFoundingSubtype.reduce((sum, b) => sum + b.count, 0)
    expect(subtypes).toBe(snapshot.networks.filter((n) => n.detail.en.foundingSubtype).length)
    const founded = stats.networks.byFoundedYear
    expect(founded.map((b) => Number(b.value))).toEqual(founded.map((b) => Number(b.value)).sort((a, b) => a - b))
    expect(founded.reduce((sum, b) => sum + b.count, 0)).toBe(snapshot.networks.filter((n) => n.foundedYear !== null).length)
    const members = stats.networks.byMemberCount
    expect(members.map((b) => b.count)).toEqual(members.map((b) => b.count).sort((a, b) => b - a))
    for (const b of members) expect(snapshot.networkBySlug.get(b.value)?.card.en.memberCount).toBe(b.count)
    expect(members).toHaveLength(snapshot.networks.filter((n) => n.card.en.memberCount !== null).length)
    expect(stats.tandems.byStatus.reduce((s, b) => s + b.count, 0)).toBe(7)
    expect(stats.tandems.byCountry.find((b) => b.value === 'IT')?.label).toBe('Italy')
    expect(snapshot.stats.de.tandems.byCountry.find((b) => b.value === 'IT')?.label).toBe('Italien')
    expect(stats.events.byYear.map((b) => b.value)).toEqual([...stats.events.byYear.map((b) => b.value)].sort())
    expect(stats.events.byMode.reduce((s, b) => s + b.count, 0)).toBe(snapshot.events.filter((e) => e.mode).length)
  })

  it('gives events stable UUID UIDs and a sequence that grows with each change', async () => {
    const event = records.events[0]
    if (!event) throw new Error('no event')
    const uid = stableUid('events', String(event.id))
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(stableUid('events', String(event.id))).toBe(uid)
    const before = snapshot.eventBySlug.get(event.slug)
    expect(before?.uid).toBe(uid)

    // An editor renames the event's slug at least five seconds after its last change.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, Date.parse(event.updatedAt) + 5_000 - Date.now())))
    const changed = await stack.payload.update({
      collection: 'events',
      id: event.id,
      data: { slug: 'renamed', _status: 'published' },
      overrideAccess: true,
    })
    const after = (await readModelOf()).snapshot.eventBySlug.get('renamed')
    expect(after?.uid).toBe(before?.uid)
    expect(after?.sequence).toBe(sequenceOf(changed))
    expect(after?.sequence).toBeGreaterThanOrEqual((before?.sequence ?? 0) + 5)
  })
})
