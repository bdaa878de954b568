import type { Browser } from 'playwright'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium } from '../helpers/browser'
import { bootServer, type BootedServer } from '../helpers/bootServer'

describe('admin in Chromium', () => {
  let server: BootedServer
  let browser: Browser
  let password: string

  beforeAll(async () => {
    server = await bootServer({ env: { ADMIN_EMAIL: 'chef@vie.test', ADMIN_PASSWORD: '' } })
    password = /password:\s+(\S+)/.exec(server.output())?.[1] ?? ''
    browser = await launchChromium()
  })
  afterAll(async () => {
    await browser?.close()
    await server?.stop()
  })

  it('shows the login page in German and in English, following the browser language', async () => {
    for (const [locale, submit, email] of [
      ['de-DE', 'Anmelden', 'E-Mail'],
      ['en-GB', 'Login', 'Email'],
    ] as const) {
      const context = await browser.newContext({ locale })
      const page = await context.newPage()
      await page.goto(`${server.url}/admin`)
      await page.waitForURL(/\/admin\/login/)
      await page.getByRole('button', { name: submit }).waitFor()
      await page.getByLabel(email).first().waitFor()
      await context.close()
    }
  })

  it('logs in with the printed first-start password and reaches the dashboard without errors', async () => {
    expect(password).not.toBe('')
    const context = await browser.newContext({ locale: 'de-DE' })
    const page = await context.newPage()
    const problems: string[] = []
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text())
    })
    page.on('requestfailed', (request) => {
      // Next aborts its own prefetches when the page navigates on; that is not a failure.
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`failed: ${request.url()}`)
    })
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) {
        problems.push(`foreign request: ${request.url()}`)
      }
    })

    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'chef@vie.test')
    await page.fill('input[name="password"]', password)
    await page.getByRole('button', { name: 'Anmelden' }).click()
    await page.waitForURL((url) => url.pathname === '/admin', { timeout: 30_000 })
    await page.getByRole('heading', { name: 'Verwaltung' }).waitFor()
    await expect(page.getByText('Benutzer:innen').first().isVisible()).resolves.toBe(true)

    const cookies = await context.cookies()
    const session = cookies.find((cookie) => cookie.name === 'payload-token')
    expect(session?.httpOnly).toBe(true)
    expect(session?.sameSite).toBe('Lax')
    expect(problems).toEqual([])
    await context.close()
  })

  it('rejects a wrong password with a message and stays on the login page', async () => {
    const context = await browser.newContext({ locale: 'en-GB' })
    const page = await context.newPage()
    await page.goto(`${server.url}/admin/login`)
    await page.fill('input[name="email"]', 'chef@vie.test')
    await page.fill('input[name="password"]', 'not-the-password')
    await page.getByRole('button', { name: 'Login' }).click()
    await page.getByText(/incorrect/i).first().waitFor()
    expect(new URL(page.url()).pathname).toBe('/admin/login')
    await context.close()
  })
})
