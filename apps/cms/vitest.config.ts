import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'cms',
    environment: 'node',
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    pool: 'forks',
    // Each integration file boots a real server; two at a time is what two cores carry.
    maxWorkers: 2,
    // Generous on purpose: a test that boots two servers (restart), a browser test with a dozen
    // admin page loads, or a hook that boots a seeded server and logs in can take minutes on a
    // loaded CI machine. Passing tests don't wait for a timeout; only a failure takes longer.
    testTimeout: 300_000,
    hookTimeout: 300_000,
    // expect.poll waits for what a server or browser does after an action (a rebuilt read model, a
    // log line through a pipe, a hydrated form); Vitest's 1 s default is shorter than a busy CI
    // machine sometimes takes. A poll that holds returns at once, so only a failure waits longer.
    expect: { poll: { timeout: 15_000 } },
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
})
