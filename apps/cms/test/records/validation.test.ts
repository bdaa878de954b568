import { describe, expect, it } from 'vitest'

import type { Json } from '../helpers/api'
import { createRecord } from '../helpers/recordFixtures'
import { type RecordCollection, restInput } from '../helpers/recordInputs'
import { fieldErrors, rest, uploadImage } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

const THIS_YEAR = new Date().getFullYear()

describe('validation over REST', () => {
  const booted = useRecordServer()

  const count = async (collection: RecordCollection) =>
    (await rest(booted.who.editor, 'GET', `/${collection}?limit=0&draft=true`)).body.totalDocs as number

  /**
   * Creating `collection` with `change` applied to a valid input fails with 400, an error at
   * `path` whose message matches `message`, and no new record.
   */
  async function refused(collection: RecordCollection, change: Json, path: string, message: RegExp, language = 'de') {
    const before = await count(collection)
    const reply = await rest(booted.who.editor, 'POST', `/${collection}`, { ...restInput(collection, booted.refs), ...change }, {
      'accept-language': language,
    })
    expect(reply.status, JSON.stringify(reply.body)).toBe(400)
    const errors = fieldErrors(reply)
    expect(errors.map((error) => error.path)).toContain(path)
    expect(errors.find((error) => error.path === path)?.message).toMatch(message)
    expect(await count(collection)).toBe(before)
  }

  it('founded year: between 1900 and the current year', async () => {
    const range = new RegExp(`Gründungsjahr: .*1900 und ${THIS_YEAR}`)
    await refused('networks', { foundedYear: 1899 }, 'foundedYear', range)
    await refused('networks', { foundedYear: THIS_YEAR + 1 }, 'foundedYear', range)
    await refused('networks', { foundedYear: 1899 }, 'foundedYear', new RegExp(`Founded year: .*1900 and ${THIS_YEAR}`), 'en')
  })

  it('end not before start: runtime, tandem period, event dates', async () => {
    await refused('networks', { foundedYear: 2010, runtime: { kind: 'limited', endYear: 2005 } }, 'runtime.endYear', /Endjahr: .*Gründungsjahr/)
    await refused('tandems', { period: { from: 2024, to: 2023 } }, 'period.to', /Bis \(Jahr\): .*Von \(Jahr\)/)
    await refused(
      'events',
      { start: '2025-03-04T10:00:00.000Z', end: '2025-03-04T09:00:00.000Z' },
      'end',
      /must not be earlier than "Start"/,
      'en',
    )
  })

  it('population: a positive whole number', async () => {
    for (const population of [0, -5, 1.5]) {
      await refused('municipalities', { population }, 'population', /Einwohnerzahl: .*ganze Zahl größer als 0/)
    }
  })

  it('URLs: complete http(s) addresses', async () => {
    await refused('networks', { websites: [{ url: 'ftp://example.org' }] }, 'websites.0.url', /Webadresse: .*http:\/\/ oder https:\/\//)
    await refused('events', { onlineUrl: 'meet.example.org' }, 'onlineUrl', /Online URL: .*http:\/\/ or https:\/\//, 'en')
    await refused('municipalities', { website: 'javascript:alert(1)' }, 'website', /Webseite:/)
    await refused('municipalities', { strategyDocument: { url: 'https://' } }, 'strategyDocument.url', /Strategiedokuments:/)
  })

  it('e-mail addresses: name@domain', async () => {
    await refused('networks', { contactEmail: 'info@' }, 'contactEmail', /Kontakt-E-Mail: .*gültige E-Mail-Adresse/)
    await refused(
      'tandems',
      { contacts: [{ function: 'Smart-City-Büro', email: 'smartcity at hamm.de' }] },
      'contacts.0.email',
      /E-mail: enter a valid e-mail address/,
      'en',
    )
  })

  it('country: an ISO 3166-1 alpha-2 code', async () => {
    await refused('municipalities', { country: 'XX' }, 'country', /„XX“ ist kein Ländercode nach ISO 3166-1/)
    await refused('municipalities', { country: 'de' }, 'country', /"de" is not an ISO 3166-1 country code/, 'en')
    await refused('events', { country: 'UK' }, 'country', /ISO 3166-1/)
  })

  it('slugs: URL-safe and unique, also against drafts', async () => {
    await refused('topics', { slug: 'Not Safe!' }, 'slug', /nur Kleinbuchstaben a–z, Ziffern und einzelne Bindestriche/)

    const taken = (await rest(booted.who.editor, 'GET', `/topics/${booted.refs.topic}`)).body.slug as string
    await refused('topics', { slug: taken }, 'slug', new RegExp(`„${taken}“ ist bereits vergeben`))

    const draft = await createRecord(booted.who.editor, 'networks', booted.refs, true)
    const draftSlug = (await rest(booted.who.editor, 'GET', `/networks/${draft}?draft=true`)).body.slug as string
    await refused('networks', { slug: draftSlug }, 'slug', new RegExp(`"${draftSlug}" is already used`), 'en')

    const other = await createRecord(booted.who.editor, 'topics', booted.refs)
    const renamed = await rest(booted.who.editor, 'PATCH', `/topics/${other}`, { slug: taken })
    expect(renamed.status).toBe(400)
    expect(fieldErrors(renamed).map((error) => error.path)).toEqual(['slug'])
    expect((await rest(booted.who.editor, 'GET', `/topics/${other}`)).body.slug).not.toBe(taken)
  })

  it('tandems: two or three different municipalities, matching the kind', async () => {
    const [first, second] = booted.refs.municipalities
    const third = await createRecord(booted.who.editor, 'municipalities', booted.refs)
    const fourth = await createRecord(booted.who.editor, 'municipalities', booted.refs)
    await refused('tandems', { municipalities: [first] }, 'municipalities', /Ein Tandem hat 2, ein Tridem 3 verschiedene Kommunen \(angegeben: 1\)/)
    await refused('tandems', { kind: 'tridem', municipalities: [first, second, third, fourth] }, 'municipalities', /angegeben: 4/)
    await refused('tandems', { municipalities: [first, first] }, 'municipalities', /Jede Kommune darf nur einmal vorkommen/)
    await refused('tandems', { kind: 'tridem', municipalities: [first, second] }, 'municipalities', /a tridem has exactly 3/, 'en')
    expect((await rest(booted.who.editor, 'POST', '/tandems', { ...restInput('tandems', booted.refs), kind: 'tridem', municipalities: [first, second, third] })).status).toBe(201)
  })

  it('classification: the sub-type belongs to the founding initiative', async () => {
    await refused(
      'networks',
      { foundingInitiative: 'top-down', foundingSubtype: 'thematic-umbrella' },
      'foundingSubtype',
      /gehört zur Bottom-up-Initiative/,
    )
  })

  it('names: the German text is required, English may be missing', async () => {
    await refused('networks', { name: '' }, 'name', /Name: Pflichtfeld \(auf Deutsch\)/)
    const id = await createRecord(booted.who.editor, 'networks', booted.refs)
    const english = await rest(booted.who.editor, 'PATCH', `/networks/${id}?locale=en`, { goals: 'Only English goals' })
    expect(english.status, JSON.stringify(english.body)).toBe(200)
  })

  it('relations: an unknown id is a 400 naming the field, not a server error', async () => {
    await refused('tandems', { municipalities: [booted.refs.municipalities[0], 999_999] }, 'municipalities', /999999/)
    await refused('events', { topics: [999_999] }, 'topics', /999999/)
  })

  it('media: alt text in both languages, images only', async () => {
    const noEnglish = await uploadImage(booted.who.editor, { alt: { de: 'Nur deutsch' } })
    expect(noEnglish.status).toBe(400)
    expect(fieldErrors(noEnglish).map((error) => error.path)).toEqual(['alt.en'])

    const pdf = await uploadImage(
      booted.who.editor,
      { alt: { de: 'Dokument', en: 'Document' } },
      { name: 'flyer.pdf', type: 'application/pdf', bytes: new TextEncoder().encode('%PDF-1.4\n%%EOF') },
    )
    expect(pdf.status).toBe(400)
    expect((await rest(booted.who.editor, 'GET', '/media?limit=0')).body.totalDocs).toBe(0)
  })

  it('a refused update leaves the stored record as it was', async () => {
    const id = await createRecord(booted.who.editor, 'networks', booted.refs)
    const reply = await rest(booted.who.editor, 'PATCH', `/networks/${id}`, { acronym: 'HALB', foundedYear: 1800 })
    expect(reply.status).toBe(400)
    const stored = await rest(booted.who.editor, 'GET', `/networks/${id}`)
    expect(stored.body.acronym).not.toBe('HALB')
    expect(stored.body.foundedYear).toBe(2010)
  })
})
