import type { Browser, BrowserContext } from 'playwright'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { launchChromium } from '../helpers/browser'
import { type PartnerSite, startPartnerSite } from './partnerSite'

export type Harness = { server: BootedServer; site: PartnerSite; browser: Browser; context: BrowserContext }

/**
 * For a test file: the real server with the seeded data, a partner site on another origin,
 * Chromium, and a fresh browser context (no cookies, no storage) for every test.
 */
export function widgetHarness(): Harness {
  const harness = {} as Harness
  beforeAll(async () => {
    harness.server = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    harness.browser = await launchChromium()
    harness.site = await startPartnerSite()
  })
  afterAll(async () => {
    await harness.site?.close()
    await harness.browser?.close()
    await harness.server?.stop()
  })
  beforeEach(async () => {
    harness.context = await harness.browser.newContext()
  })
  afterEach(async () => {
    await harness.context?.close()
  })
  return harness
}
