import type { Browser, Page } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, login } from '../helpers/api'
import { launchChromium, openDocument } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'

type NetworkDoc = { id: string; goals?: string | null }

/**
 * The editor's everyday loop in the real admin: change the English goals of a network, keep the
 * change as a draft (the public still sees the published text), publish it, then undo it by
 * restoring the previous version as a draft and publishing that.
 */
describe('an editor edits, drafts, publishes and restores a network in the admin', () => {
  let server: BootedServer
  let browser: Browser
  let page: Page
  let network: NetworkDoc

  const publicGoals = async (): Promise<string | null | undefined> => {
    const res = await fetch(`${server.url}/api/networks/${network.id}?locale=en&depth=0`)
    expect(res.status).toBe(200)
    return ((await res.json()) as NetworkDoc).goals
  }

  beforeAll(async () => {
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    const adminToken = await login(server.url, 'admin@vie.test', 'admin-password-123')
    const created = await fetch(`${server.url}/api/users`, {
      method: 'POST',
      headers: authHeaders(adminToken),
      body: JSON.stringify({ email: 'redaktion@vie.test', password: 'editor-password-1', role: 'editor', name: 'Redaktion' }),
    })
    expect(created.status).toBe(201)

    const found = await fetch(`${server.url}/api/networks?where[slug][equals]=eurocities&locale=en&depth=0`)
    const [doc] = ((await found.json()) as { docs: NetworkDoc[] }).docs
    expect(doc?.goals).toBeTruthy()
    network = doc as NetworkDoc

    browser = await launchChromium()
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1400, height: 1000 } })
    page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'redaktion@vie.test')
    await page.fill('input[name="password"]', 'editor-password-1')
    await page.getByRole('button', { name: 'Login' }).click()
    await page.waitForURL((url) => url.pathname === '/admin')
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  const goalsField = () => page.getByLabel('Goals and working method')

  it('saves a draft of new English goals without changing what the public sees', async () => {
    const published = await publicGoals()
    await openDocument(page, `${server.url}/admin/collections/networks/${network.id}?locale=en`)
    await page.getByRole('button', { name: 'Goals and members' }).click()
    await goalsField().fill('Draft goals written in the browser test.')
    await page.getByRole('button', { name: 'Save Draft' }).click()
    await page.getByText(/saved successfully/i).first().waitFor()

    expect(await publicGoals()).toBe(published)
    const editorView = await fetch(`${server.url}/api/networks/${network.id}?locale=en&draft=true&depth=0`, {
      headers: authHeaders(await login(server.url, 'redaktion@vie.test', 'editor-password-1')),
    })
    expect(((await editorView.json()) as NetworkDoc).goals).toBe('Draft goals written in the browser test.')
  })

  it('publishes the draft, after which the public sees the new goals', async () => {
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await page.getByText(/published successfully|updated successfully/i).first().waitFor()
    expect(await publicGoals()).toBe('Draft goals written in the browser test.')
  })

  it('restores the version published before as a draft, and once published the public sees the old goals again', async () => {
    const original = network.goals
    await page.goto(`${server.url}/admin/collections/networks/${network.id}/versions?locale=en`)
    const versionLinks = page.locator('table tbody tr td:first-child a')
    await versionLinks.first().waitFor()
    // Newest first: the publish, the draft, then the seed's English pass we want back (the seed
    // writes German first, then English, so two seeded versions lie below).
    expect(await versionLinks.count()).toBeGreaterThanOrEqual(3)
    await versionLinks.nth(2).click()
    await page.getByRole('button', { name: 'Restore as draft' }).first().click()
    await page.getByRole('button', { name: 'Confirm' }).click()
    await page.waitForURL((url) => !url.pathname.includes('/versions'))

    // A restore publishes nothing: the public keeps the goals published last until the editor publishes.
    expect(await publicGoals()).toBe('Draft goals written in the browser test.')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect.poll(publicGoals).toBe(original)
  })
})
