import { describe, expect, it } from 'vitest'

import { networkPageUrls, pageSize, topicList } from './networkQuery'

describe('networkPageUrls', () => {
  it('gives one URL per loaded page; the first has no page parameter so it matches other lists', () => {
    const urls = networkPageUrls('https://vie.example', { scope: 'european', topic: 'data, mobility' }, 10, 3, 'en')
    expect(urls).toEqual([
      'https://vie.example/public/v1/networks?lang=en&limit=10&scope=european&theme=data&theme=mobility',
      'https://vie.example/public/v1/networks?lang=en&limit=10&page=2&scope=european&theme=data&theme=mobility',
      'https://vie.example/public/v1/networks?lang=en&limit=10&page=3&scope=european&theme=data&theme=mobility',
    ])
  })

  it('reads page sizes and topic lists leniently', () => {
    expect(pageSize(undefined)).toBe(10)
    expect(pageSize(0)).toBe(10)
    expect(pageSize(500)).toBe(100)
    expect(pageSize(25)).toBe(25)
    expect(topicList(' data  mobility,energy ')).toEqual(['data', 'mobility', 'energy'])
    expect(topicList(undefined)).toEqual([])
  })
})
