import { describe, expect, it } from 'vitest'

import {
  allowed,
  COLLECTIONS,
  GRAPHQL_NAMES,
  type MatrixCollection,
  type Operation,
  operationsOf,
  PATCHES,
} from '../helpers/accessMatrix'
import { createOver, createRecord, inputFor } from '../helpers/recordFixtures'
import { graphqlInput } from '../helpers/recordInputs'
import { type Caller, graphql, rest } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

const ROLES: Caller['name'][] = ['anonymous', 'editor', 'admin']

const rows = ROLES.flatMap((role) =>
  COLLECTIONS.flatMap((collection) =>
    operationsOf(collection).map((operation) => ({ role, collection, operation, granted: allowed(role, collection).includes(operation) })),
  ),
)

describe('access matrix', () => {
  const booted = useRecordServer()

  /** REST: does `operation` succeed for `caller`? Each check works on records made for it. */
  async function viaRest(caller: Caller, collection: MatrixCollection, operation: Operation): Promise<boolean> {
    switch (operation) {
      case 'create': {
        const reply = await createOver(caller, collection, booted.refs)
        expect([201, 403], JSON.stringify(reply.body)).toContain(reply.status)
        return reply.status === 201
      }
      case 'read': {
        const reply = await rest(caller, 'GET', `/${collection}?limit=100&depth=0`)
        expect([200, 403]).toContain(reply.status)
        if (reply.status === 200 && collection === 'users' && caller.name === 'editor') {
          expect((reply.body.docs as { email: string }[]).map((user) => user.email)).toEqual(['editor@vie.test'])
        }
        return reply.status === 200
      }
      case 'update': {
        const id = await createRecord(booted.who.admin, collection, booted.refs)
        const reply = await rest(caller, 'PATCH', `/${collection}/${id}`, PATCHES[collection])
        const after = await rest(booted.who.admin, 'GET', `/${collection}/${id}?depth=0`)
        const [field, value] = Object.entries(PATCHES[collection])[0] as [string, unknown]
        const changed = after.body[field] === value
        expect(changed, `status ${reply.status}`).toBe(reply.status === 200)
        return changed
      }
      case 'delete': {
        const id = await createRecord(booted.who.admin, collection, booted.refs)
        const reply = await rest(caller, 'DELETE', `/${collection}/${id}`)
        const gone = (await rest(booted.who.admin, 'GET', `/${collection}/${id}`)).status === 404
        expect(gone, `status ${reply.status}`).toBe(reply.status === 200)
        return gone
      }
      case 'readDrafts': {
        const id = await createRecord(booted.who.admin, collection, booted.refs, true)
        const byId = await rest(caller, 'GET', `/${collection}/${id}?draft=true&depth=0`)
        const list = await rest(caller, 'GET', `/${collection}?draft=true&limit=100&depth=0`)
        const listed = list.status === 200 && (list.body.docs as { id: string }[]).some((doc) => doc.id === id)
        expect(listed).toBe(byId.status === 200)
        return byId.status === 200
      }
      case 'readVersions': {
        const reply = await rest(caller, 'GET', `/${collection}/versions?limit=1`)
        expect([200, 403]).toContain(reply.status)
        return reply.status === 200
      }
    }
  }

  /** GraphQL: the same question through Payload's generated queries and mutations. */
  async function viaGraphQL(caller: Caller, collection: MatrixCollection, operation: Operation): Promise<boolean> {
    const { single, plural } = GRAPHQL_NAMES[collection]
    const succeeded = (reply: Awaited<ReturnType<typeof graphql>>, field: string) => {
      const value = reply.data?.[field]
      expect(value === null || value === undefined).toBe(Boolean(reply.errors?.length))
      return value !== null && value !== undefined
    }
    switch (operation) {
      case 'create': {
        const data = collection === 'users' || collection === 'media' ? inputFor(collection, booted.refs) : graphqlInput(collection, booted.refs)
        const reply = await graphql(caller, `mutation($data: mutation${single}Input!) { create${single}(data: $data) { id } }`, {
          data,
        })
        return succeeded(reply, `create${single}`)
      }
      case 'read': {
        const reply = await graphql(caller, `{ ${plural}(limit: 100) { totalDocs docs { id } } }`)
        return succeeded(reply, plural)
      }
      case 'update': {
        const id = await createRecord(booted.who.admin, collection, booted.refs)
        const reply = await graphql(
          caller,
          `mutation($id: String!, $data: mutation${single}UpdateInput!) { update${single}(id: $id, data: $data) { id } }`,
          { id, data: PATCHES[collection] },
        )
        return succeeded(reply, `update${single}`)
      }
      case 'delete': {
        const id = await createRecord(booted.who.admin, collection, booted.refs)
        const reply = await graphql(caller, `mutation($id: String!) { delete${single}(id: $id) { id } }`, { id })
        const gone = (await rest(booted.who.admin, 'GET', `/${collection}/${id}`)).status === 404
        expect(gone).toBe(succeeded(reply, `delete${single}`))
        return gone
      }
      case 'readDrafts': {
        const id = await createRecord(booted.who.admin, collection, booted.refs, true)
        const reply = await graphql(caller, `query($id: String!) { ${single}(id: $id, draft: true) { id } }`, { id })
        return succeeded(reply, single)
      }
      case 'readVersions': {
        const reply = await graphql(caller, `{ versions${plural}(limit: 1) { totalDocs } }`)
        return succeeded(reply, `versions${plural}`)
      }
    }
  }

  describe('REST', () => {
    it.each(rows)('$role · $collection · $operation → $granted', async ({ role, collection, operation, granted }) => {
      expect(await viaRest(booted.who[role], collection, operation)).toBe(granted)
    })
  })

  describe('GraphQL', () => {
    // Uploads go through REST only; GraphQL has no file input.
    const graphqlRows = rows.filter((row) => !(row.collection === 'media' && row.operation === 'create'))
    it.each(graphqlRows)('$role · $collection · $operation → $granted', async ({ role, collection, operation, granted }) => {
      expect(await viaGraphQL(booted.who[role], collection, operation)).toBe(granted)
    })
  })

  describe('beyond the matrix', () => {
    it('keeps the job queue to admins', async () => {
      expect((await rest(booted.who.anonymous, 'GET', '/payload-jobs')).status).toBe(403)
      expect((await rest(booted.who.editor, 'GET', '/payload-jobs')).status).toBe(403)
      expect((await rest(booted.who.admin, 'GET', '/payload-jobs')).status).toBe(200)
      expect((await rest(booted.who.editor, 'GET', '/payload-jobs/run')).status).toBe(401)
      expect((await rest(booted.who.admin, 'GET', '/payload-jobs/run')).status).toBe(200)
    })

    it('keeps a draft away from anonymous callers everywhere it could show', async () => {
      const network = await createRecord(booted.who.editor, 'networks', booted.refs, true)
      const municipality = booted.refs.municipalities[0]

      const list = await rest(booted.who.anonymous, 'GET', '/networks?limit=100&depth=0')
      expect((list.body.docs as { id: string }[]).map((doc) => doc.id)).not.toContain(network)
      expect((await rest(booted.who.anonymous, 'GET', `/networks/${network}`)).status).toBe(404)
      expect((await rest(booted.who.anonymous, 'GET', `/networks/${network}?draft=true`)).status).toBe(404)

      const joined = await rest(booted.who.anonymous, 'GET', `/municipalities/${municipality}?depth=0`)
      expect((joined.body.networks as { docs: string[] }).docs).not.toContain(network)
      const joinedForEditor = await rest(booted.who.editor, 'GET', `/municipalities/${municipality}?depth=0`)
      expect((joinedForEditor.body.networks as { docs: string[] }).docs).toContain(network)

      const gql = await graphql(booted.who.anonymous, `{ Networks(limit: 100, draft: true) { docs { id } } }`)
      expect((gql.data?.Networks as { docs: { id: string }[] }).docs.map((doc) => doc.id)).not.toContain(network)
    })

    it('shows anonymous callers the published version while a newer draft waits', async () => {
      const id = await createRecord(booted.who.editor, 'tandems', booted.refs)
      const published = await rest(booted.who.anonymous, 'GET', `/tandems/${id}`)
      const title = published.body.title as string

      const draft = await rest(booted.who.editor, 'PATCH', `/tandems/${id}?draft=true`, { title: 'Entwurfstitel', _status: 'draft' })
      expect(draft.status).toBe(200)

      expect((await rest(booted.who.anonymous, 'GET', `/tandems/${id}`)).body.title).toBe(title)
      expect((await rest(booted.who.anonymous, 'GET', `/tandems/${id}?draft=true`)).body.title).toBe(title)
      expect((await rest(booted.who.editor, 'GET', `/tandems/${id}?draft=true`)).body.title).toBe('Entwurfstitel')
    })

    it('hides the review stamp from anonymous callers and shows it to editors', async () => {
      const id = await createRecord(booted.who.editor, 'networks', booted.refs)
      // Only the review endpoint sets the stamp; a plain PATCH keeps the stored one.
      const stamped = await rest(booted.who.editor, 'POST', '/editorial/review', { collection: 'networks', ids: [id] })
      expect(stamped.status).toBe(200)

      const forEditor = await rest(booted.who.editor, 'GET', `/networks/${id}`)
      expect(forEditor.body.reviewedAt).toBe(stamped.body.reviewedAt)
      const forAnonymous = await rest(booted.who.anonymous, 'GET', `/networks/${id}`)
      expect(forAnonymous.status).toBe(200)
      expect(forAnonymous.body).not.toHaveProperty('reviewedAt')
      expect(forAnonymous.body).not.toHaveProperty('reviewedBy')
      const gql = await graphql(booted.who.anonymous, `query($id: String!) { Network(id: $id) { slug reviewedAt } }`, { id })
      expect((gql.data?.Network as { reviewedAt: unknown }).reviewedAt).toBeNull()
    })
  })
})
