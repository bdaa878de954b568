import type { Browser, BrowserContext, Page } from 'playwright'
import { expect } from 'vitest'

import { authHeaders, login } from '../helpers/api'

export const EDITOR_LOGIN = { email: 'redaktion@vie.test', password: 'editor-password-1', name: 'Redaktion' }

/** The first admin creates the editor the browser tests act as; returns the editor's token. */
export async function createEditor(baseUrl: string): Promise<string> {
  const adminToken = await login(baseUrl, 'admin@vie.test', 'admin-password-123')
  const created = await fetch(`${baseUrl}/api/users`, {
    method: 'POST',
    headers: authHeaders(adminToken),
    body: JSON.stringify({ ...EDITOR_LOGIN, role: 'editor' }),
  })
  expect(created.status).toBe(201)
  return login(baseUrl, EDITOR_LOGIN.email, EDITOR_LOGIN.password)
}

export type EditorPage = { context: BrowserContext; page: Page }

/** A browser session signed in as the editor, in the admin language `locale` picks. */
export async function editorPage(
  browser: Browser,
  baseUrl: string,
  locale: 'de-DE' | 'en-GB',
  colorScheme: 'light' | 'dark' = 'light',
): Promise<EditorPage> {
  const context = await browser.newContext({ locale, colorScheme, viewport: { width: 1400, height: 1000 } })
  const page = await context.newPage()
  await page.goto(`${baseUrl}/admin/login`)
  await page.fill('input[name="email"]', EDITOR_LOGIN.email)
  await page.fill('input[name="password"]', EDITOR_LOGIN.password)
  await page.getByRole('button', { name: locale === 'de-DE' ? 'Anmelden' : 'Login' }).click()
  await page.waitForURL((url) => url.pathname === '/admin')
  return { context, page }
}

export const SCREENSHOTS = 'test-results/screenshots'
