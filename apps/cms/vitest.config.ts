import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'cms',
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'forks',
    // Each integration file boots a real server; two at a time is what two cores carry.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // expect.poll waits for what a server or browser does after an action (a rebuilt read model, a
    // log line through a pipe, a hydrated form); Vitest's 1 s default is shorter than a busy CI
    // machine sometimes takes. A poll that holds returns at once, so only a failure waits longer.
    expect: { poll: { timeout: 15_000 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
})
