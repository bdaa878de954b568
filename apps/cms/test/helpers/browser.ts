import { type Browser, chromium, type Page } from 'playwright'

/**
 * Debian's Chromium, started the way this closed network needs: no background services that
 * would try to reach Google, no sandbox (tests run as root in CI).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  })
}

/**
 * Waits until the admin's record form is mounted and idle (Payload's `data-form-ready`). Before
 * that its tabs and menus ignore clicks, and the control bar still moves: the publish button gains
 * its locale menu only after hydration, shifting the buttons beside it 34 px.
 */
export async function documentReady(page: Page): Promise<void> {
  await page.locator('form[data-form-ready="true"]').first().waitFor()
}

/** Opens a record's edit view (or a new record's) and waits until it takes input. */
export async function openDocument(page: Page, url: string): Promise<void> {
  await page.goto(url)
  await documentReady(page)
}

/**
 * Opens the embed builder and waits until React has hydrated it: a select changed in the
 * server-rendered page before that is lost. React marks each element it has taken over with a
 * `__reactFiber$…` property; the builder shows nothing else that tells.
 */
export async function openEmbedBuilder(page: Page, base: string): Promise<void> {
  await page.goto(`${base}/admin/embed-builder`)
  await page.waitForFunction(() => {
    const snippet = document.querySelector('[data-testid="embed-snippet"]')
    return snippet !== null && Object.keys(snippet).some((key) => key.startsWith('__reactFiber$'))
  })
}
