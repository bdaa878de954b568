import { describe, expect, it } from 'vitest'

import { idOf, rest } from '../helpers/records'
import { restInput } from '../helpers/recordInputs'
import { useRecordServer } from '../helpers/recordServer'

type Listed = { docs: { id: string; name?: string | null }[] }

/** What the admin's list search sends: a `like` over the collection's searchable fields. */
const searchPath = (collection: string, term: string, locale: string) =>
  `/${collection}?depth=0&draft=true&locale=${locale}&where[or][0][searchText][like]=${encodeURIComponent(term)}`

describe('record lists in both languages', () => {
  const booted = useRecordServer()

  it('find a network by German name, English name, acronym and slug in either content language', async () => {
    const created = await rest(booted.who.editor, 'POST', '/networks', {
      ...restInput('networks', booted.refs),
      name: 'Kommunales Ostseeforum',
      acronym: 'KOF',
      slug: 'baltic-forum',
      goals: 'Ziele auf Deutsch.',
    })
    expect(created.status).toBe(201)
    const id = idOf(created)
    const english = await rest(booted.who.editor, 'PATCH', `/networks/${id}?locale=en`, { name: 'Municipal Baltic Forum' })
    expect(english.status).toBe(200)

    for (const locale of ['de', 'en']) {
      for (const term of ['Ostseeforum', 'Baltic Forum', 'KOF', 'baltic-forum']) {
        const found = (await rest(booted.who.editor, 'GET', searchPath('networks', term, locale))).body as unknown as Listed
        expect(found.docs.map((doc) => doc.id), `${term} in ${locale}`).toEqual([id])
      }
    }
  })

  it('mark records whose English texts are missing, and filter by it', async () => {
    const created = await rest(booted.who.editor, 'POST', '/tandems', { ...restInput('tandems', booted.refs), matchingReason: 'Nur deutsch.' })
    const id = idOf(created)
    const status = async () => (await rest(booted.who.editor, 'GET', `/tandems/${id}?depth=0&draft=true`)).body.translationStatus
    expect(await status()).toBe('english-missing')

    const missing = (await rest(booted.who.editor, 'GET', '/tandems?depth=0&draft=true&where[translationStatus][equals]=english-missing')).body as unknown as Listed
    expect(missing.docs.map((doc) => doc.id)).toContain(id)

    const stored = (await rest(booted.who.editor, 'GET', `/tandems/${id}?depth=0&draft=true&locale=de`)).body as { title: string; results: { id: string }[] }
    const translated = await rest(booted.who.editor, 'PATCH', `/tandems/${id}?locale=en`, {
      title: 'English title',
      matchingReason: 'English only now.',
      results: stored.results.map((row) => ({ id: row.id, text: 'A result' })),
    })
    expect(translated.status, JSON.stringify(translated.body)).toBe(200)
    expect(await status()).toBe('complete')

    // The English save does not touch the German texts, so the German title is still the fallback.
    expect((await rest(booted.who.editor, 'GET', `/tandems/${id}?depth=0&draft=true`)).body.titleDe).toBe(stored.title)
  })

  it('computed list fields cannot be written by hand', async () => {
    const created = await rest(booted.who.editor, 'POST', '/events', { ...restInput('events', booted.refs), translationStatus: 'complete', searchText: 'x', summary: 'Nur deutsch.' })
    const doc = (await rest(booted.who.editor, 'GET', `/events/${idOf(created)}?depth=0&draft=true`)).body
    expect(doc.translationStatus).toBe('english-missing')
    expect(doc.searchText).not.toBe('x')
  })

  it('sort by name as shown in the content language: English falls back to German, case and accents folded', async () => {
    const names = ['Zagreber Runde', 'Österreichischer Städtebund', 'oslo forum', 'Alpen-Netz']
    const ids = new Map<string, string>()
    for (const [i, name] of names.entries()) {
      const created = await rest(booted.who.editor, 'POST', '/networks', { ...restInput('networks', booted.refs), name, slug: `sort-probe-${i}` })
      expect(created.status, JSON.stringify(created.body)).toBe(201)
      ids.set(name, idOf(created))
    }
    const austria = ids.get('Österreichischer Städtebund')
    expect((await rest(booted.who.editor, 'PATCH', `/networks/${austria}?locale=en`, { name: 'Austrian Association of Cities' })).status).toBe(200)

    const listed = async (locale: string, sort: string) => {
      const query = `/networks?depth=0&draft=true&limit=100&locale=${locale}${sort ? `&sort=${sort}` : ''}&where[slug][like]=sort-probe`
      const { docs } = (await rest(booted.who.editor, 'GET', query)).body as unknown as { docs: { name: string }[] }
      return docs.map((doc) => doc.name)
    }
    const german = ['Alpen-Netz', 'oslo forum', 'Österreichischer Städtebund', 'Zagreber Runde']
    expect(await listed('de', '')).toEqual(german)
    expect(await listed('de', '-name')).toEqual([...german].reverse())
    // Payload answers the German name where English is missing, as the admin shows it.
    expect(await listed('en', 'name')).toEqual(['Alpen-Netz', 'Austrian Association of Cities', 'oslo forum', 'Zagreber Runde'])
  })
})
