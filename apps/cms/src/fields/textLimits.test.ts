import type { Field, PayloadRequest } from 'payload'
import { describe, expect, it } from 'vitest'

import { TEXT_LIMITS } from '../validation/length'
import { limitTexts } from './textLimits'

type Validating = { maxLength?: number; validate: (value: unknown, options: { req: PayloadRequest }) => Promise<string | true> | string | true }

const req = { i18n: { language: 'en' }, t: (key: string) => key, payload: { config: {} } } as unknown as PayloadRequest

const fields: Field[] = [
  { name: 'title', type: 'text', label: { de: 'Titel', en: 'Title' } },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Tab',
        fields: [
          { name: 'info', type: 'group', fields: [{ name: 'summary', type: 'textarea', label: { de: 'Überblick', en: 'Summary' } }] },
          { name: 'rows', type: 'array', fields: [{ name: 'url', type: 'text', maxLength: 2000, label: { de: 'Adresse', en: 'Address' } }] },
          { name: 'others', type: 'text', hasMany: true, label: { de: 'Weitere', en: 'Others' } },
        ],
      },
    ],
  },
]

const find = (path: string[], list: Field[] = limitTexts(fields)): Validating => {
  const [head, ...rest] = path
  for (const field of list) {
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const found = tab.fields.some((f) => 'name' in f && f.name === head)
        if (found) return find(path, tab.fields)
      }
      continue
    }
    if (!('name' in field) || field.name !== head) continue
    if (rest.length === 0) return field as unknown as Validating
    return find(rest, (field as { fields: Field[] }).fields)
  }
  throw new Error(`no field ${path.join('.')}`)
}

describe('limitTexts', () => {
  it('gives every text a limit however deep it sits, keeping one set on the field', () => {
    expect(find(['title']).maxLength).toBe(TEXT_LIMITS.line)
    expect(find(['info', 'summary']).maxLength).toBe(TEXT_LIMITS.prose)
    expect(find(['rows', 'url']).maxLength).toBe(2000)
    expect(find(['others']).maxLength).toBe(TEXT_LIMITS.line)
  })

  it('names field, limit and length in the editor’s language before Payload’s own rules run', async () => {
    expect(await find(['info', 'summary']).validate('x'.repeat(TEXT_LIMITS.prose + 1), { req })).toBe(
      'Summary: at most 5,000 characters allowed, this text has 5,001. Please shorten it.',
    )
    expect(await find(['others']).validate(['short', 'y'.repeat(301)], { req })).toMatch(/^Others: at most 300 characters/)
    expect(await find(['title']).validate('fits', { req })).toBe(true)
  })
})
