import { getPayload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

/**
 * No MongoDB server can run on the build machines, so this proves what can be proven without
 * one: a mongodb:// URI selects the Mongoose adapter and Payload builds a model for every
 * collection from the same config, without opening a connection.
 */
describe('MongoDB adapter', () => {
  process.env.DATABASE_URI = 'mongodb://127.0.0.1:9/vie-unreachable'
  process.env.PAYLOAD_SECRET = 'mongo-model-test'

  afterAll(async () => {
    delete process.env.DATABASE_URI
  })

  it('initialises every collection model with Mongoose without connecting', async () => {
    const { default: config } = await import('../src/payload.config')
    const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })

    expect(payload.db.name).toBe('mongoose')
    const models = (payload.db as unknown as { collections: Record<string, { schema: { path: (p: string) => unknown } }> })
      .collections
    for (const collection of payload.config.collections) {
      expect(models[collection.slug], `model for ${collection.slug}`).toBeDefined()
    }
    expect(models.users?.schema.path('role')).toBeDefined()
    expect(models.users?.schema.path('email')).toBeDefined()
    const connection = (payload.db as unknown as { connection?: { readyState: number } }).connection
    expect(connection?.readyState ?? 0).toBe(0)
  })
})
