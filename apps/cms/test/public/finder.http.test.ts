import type { PartnerProfileList, TopicList } from '@vie/types'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { expectProblem, getJson } from './helpers/http'
import { type PublicApi, usePublicStack } from './helpers/publicStack'

const stack = usePublicStack()

describe('the partner finder’s first steps: GET /public/v1/topics and /partners/municipalities', () => {
  let f: PublicApi
  beforeAll(async () => {
    f = await stack.serve()
  })
  afterAll(async () => {
    await f?.close()
  })

  it('lists the topic vocabulary by label in either language', async () => {
    const { res, body } = await getJson<TopicList>(`${f.api}/topics?lang=de`)
    expect(res.status).toBe(200)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
    expect(body.items).toEqual(expect.arrayContaining([{ slug: 'digital-twins', label: 'Digitale Zwillinge' }]))
    const labels = body.items.map((t) => t.label)
    expect(labels).toEqual([...labels].sort((a, b) => a.localeCompare(b, 'de')))
    const en = await getJson<TopicList>(`${f.api}/topics?lang=en`)
    expect(en.body.items).toEqual(expect.arrayContaining([{ slug: 'digital-twins', label: 'Digital twins' }]))
  })

  it('finds registered municipalities by the start of a name, umlauts folded, with their profile topics', async () => {
    const { res, body } = await getJson<PartnerProfileList>(`${f.api}/partners/municipalities?q=arez&lang=en`)
    expect(res.status).toBe(200)
    expect(body.items[0]).toEqual(
      expect.objectContaining({ slug: 'arezzo', name: 'Arezzo', country: 'IT', workingLanguages: ['it', 'en'] }),
    )
    expect(body.items[0]?.seeks.map((t) => t.slug)).toEqual(expect.arrayContaining(['digital-administration', 'participation']))
    for (const q of ['München', 'Muenchen', 'munch']) {
      const found = await getJson<PartnerProfileList>(`${f.api}/partners/municipalities?q=${encodeURIComponent(q)}`)
      expect(found.body.items.map((m) => m.slug), q).toContain('muenchen')
    }
    const none = await getJson<PartnerProfileList>(`${f.api}/partners/municipalities?q=Zzyzx`)
    expect(none.body.items).toEqual([])
  })

  it('refuses an empty name and a name over 100 characters', async () => {
    expect((await expectProblem(`${f.api}/partners/municipalities`, 400)).invalidParams?.[0]?.name).toBe('q')
    expect((await expectProblem(`${f.api}/partners/municipalities?q=%20`, 400)).invalidParams?.[0]?.name).toBe('q')
    expect((await expectProblem(`${f.api}/partners/municipalities?q=${'a'.repeat(101)}`, 400)).invalidParams?.[0]?.name).toBe('q')
    expect((await expectProblem(`${f.api}/topics?lang=fr`, 400)).invalidParams?.[0]?.name).toBe('lang')
  })
})
