import { describe, expect, it } from 'vitest'

import { login } from '../helpers/api'
import { graphql, idOf, rest } from '../helpers/records'
import { restInput } from '../helpers/recordInputs'
import { useRecordServer } from '../helpers/recordServer'

const PASSWORD = 'author-password-123'

describe('user accounts: deactivate instead of delete', () => {
  const booted = useRecordServer()

  const newEditor = async (email: string): Promise<string> =>
    idOf(await rest(booted.who.admin, 'POST', '/users', { email, password: PASSWORD, role: 'editor', name: email }))

  const loginReply = async (email: string, language = 'de') => {
    const res = await fetch(`${booted.server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-language': language },
      body: JSON.stringify({ email, password: PASSWORD }),
    })
    return { status: res.status, body: (await res.json()) as { errors?: { message: string }[] } }
  }

  it('a deactivated editor cannot sign in and learns why; their edits and history stay', async () => {
    const id = await newEditor('author@vie.test')
    const token = await login(booted.server.url, 'author@vie.test', PASSWORD)
    const author = { name: 'editor' as const, url: booted.server.url, token }
    const created = await rest(author, 'POST', '/networks', restInput('networks', booted.refs))
    expect(created.status).toBe(201)

    const editorTries = await rest(booted.who.editor, 'PATCH', `/users/${id}`, { active: false })
    expect((await rest(booted.who.admin, 'GET', `/users/${id}`)).body.active).toBe(true)
    expect(editorTries.status).not.toBe(200)

    const deactivated = await rest(booted.who.admin, 'PATCH', `/users/${id}`, { active: false })
    expect(deactivated.status).toBe(200)

    const de = await loginReply('author@vie.test')
    expect(de.status).toBe(403)
    expect(de.body.errors?.[0]?.message).toMatch(/deaktiviert/)
    const en = await loginReply('author@vie.test', 'en')
    expect(en.body.errors?.[0]?.message).toMatch(/deactivated/)

    // The token issued before deactivation carries no rights any more.
    expect((await rest(author, 'PATCH', `/networks/${idOf(created)}`, { acronym: 'LATE' })).status).toBe(403)

    const network = await rest(booted.who.admin, 'GET', `/networks/${idOf(created)}?depth=0`)
    expect(network.body.updatedBy).toBe(id)

    const reactivated = await rest(booted.who.admin, 'PATCH', `/users/${id}`, { active: true })
    expect(reactivated.status).toBe(200)
    expect((await loginReply('author@vie.test')).status).toBe(200)
  })

  it('deleting a user who edited is refused with an explanation that offers deactivation', async () => {
    const id = await newEditor('writer@vie.test')
    const writer = { name: 'editor' as const, url: booted.server.url, token: await login(booted.server.url, 'writer@vie.test', PASSWORD) }
    expect((await rest(writer, 'POST', '/events', restInput('events', booted.refs))).status).toBe(201)

    const de = await rest(booted.who.admin, 'DELETE', `/users/${id}`)
    expect(de.status).toBe(409)
    expect(JSON.stringify(de.body)).toMatch(/kann nicht gelöscht werden.*deaktivieren/)
    const en = await rest(booted.who.admin, 'DELETE', `/users/${id}`, undefined, { 'accept-language': 'en' })
    expect(en.status).toBe(409)
    expect(JSON.stringify(en.body)).toMatch(/cannot be deleted.*deactivate/)
    expect((await rest(booted.who.admin, 'GET', `/users/${id}`)).status).toBe(200)

    const gql = await graphql(booted.who.admin, `mutation($id: String!) { deleteUser(id: $id) { id } }`, { id })
    expect(gql.errors?.[0]?.message).toMatch(/kann nicht gelöscht werden/)
    expect((await rest(booted.who.admin, 'GET', `/users/${id}`)).status).toBe(200)
  })

  it('a user who never edited can be deleted', async () => {
    const id = await newEditor('unused@vie.test')
    await login(booted.server.url, 'unused@vie.test', PASSWORD)
    const reply = await rest(booted.who.admin, 'DELETE', `/users/${id}`)
    expect(reply.status, JSON.stringify(reply.body)).toBe(200)
    expect((await rest(booted.who.admin, 'GET', `/users/${id}`)).status).toBe(404)
  })
})
