import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

/**
 * Widgets are tested in a real Chromium: Debian's /usr/bin/chromium, since no browser can be
 * downloaded on the build machines. CHROMIUM_PATH points elsewhere when needed.
 */
export default defineConfig({
  test: {
    name: 'widgets',
    include: ['src/**/*.test.ts'],
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    // As in the cms project: waits that hold return at once; a busy CI machine may need longer
    // (a test with eight axe runs can take more than browser mode's 15 s default).
    expect: { poll: { timeout: 15_000 } },
    testTimeout: 60_000,
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
