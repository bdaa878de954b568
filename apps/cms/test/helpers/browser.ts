import { type Browser, chromium } from 'playwright'

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
