/**
 * `pnpm --filter @vie/bench bench:login-timing`: how long a failed login takes for an unknown
 * address, a wrong password and a locked account, and a password-reset request for a known and
 * an unknown address. The login cases should lie within noise of each other (the server does the
 * same password work for all three); the figures are printed, not asserted, since a loaded CI box
 * makes any fixed bound flaky. Loopback only; BENCH_TRIES per case (default 20), interleaved.
 */
import { bootServer } from '../../apps/cms/test/helpers/bootServer'
import { table } from '../lib/table'

const tries = Number(process.env.BENCH_TRIES ?? 20)

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

const server = await bootServer({
  env: { LOG_LEVEL: 'warn', AUTH_RATE_BURST: '1000000', AUTH_RATE_PER_MINUTE: '1000000' },
})
try {
  const post = async (path: string, body: unknown, token?: string): Promise<{ ms: number; status: number }> => {
    const started = performance.now()
    const res = await fetch(`${server.url}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `JWT ${token}` } : {}) },
      body: JSON.stringify(body),
    })
    await res.arrayBuffer()
    return { ms: performance.now() - started, status: res.status }
  }
  const adminLogin = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'admin@vie.test', password: 'admin-password-123' }),
  })
  const { token } = (await adminLogin.json()) as { token: string }
  // Four wrong passwords per account at most, so "wrong password" never turns into "locked".
  const known = Array.from({ length: Math.ceil(tries / 4) }, (_, i) => `known-${i}@vie.test`)
  for (const email of [...known, 'locked@vie.test']) {
    await post('/api/users', { email, password: 'bench-password-123', role: 'editor' }, token)
  }
  // Five failures lock the second account for ten minutes, longer than this run.
  for (let i = 0; i < 5; i++) await post('/api/users/login', { email: 'locked@vie.test', password: 'wrong' })

  let wrongTries = 0
  const cases = {
    'login: unknown address': () => post('/api/users/login', { email: 'nobody@vie.test', password: 'wrong' }),
    'login: wrong password': () => post('/api/users/login', { email: known[Math.floor(wrongTries++ / 4)], password: 'wrong' }),
    'login: locked account': () => post('/api/users/login', { email: 'locked@vie.test', password: 'wrong' }),
    'forgot-password: known': () => post('/api/users/forgot-password', { email: known[0] }),
    'forgot-password: unknown': () => post('/api/users/forgot-password', { email: 'nobody@vie.test' }),
  }
  const times = Object.fromEntries(Object.keys(cases).map((name) => [name, [] as number[]]))
  const statuses = Object.fromEntries(Object.keys(cases).map((name) => [name, new Set<number>()]))
  // Interleaved, so a burst of load elsewhere on the machine hits every case alike.
  for (let round = 0; round < tries; round++) {
    for (const [name, run] of Object.entries(cases)) {
      const { ms, status } = await run()
      times[name]?.push(ms)
      statuses[name]?.add(status)
    }
  }
  const baseline = median(times['login: wrong password'] ?? [])
  process.stdout.write(`\nLogin and reset timing, ${tries} tries each (median and spread in ms)\n\n`)
  process.stdout.write(
    table(
      ['case', 'status', 'median', 'min', 'max', 'vs wrong password'],
      Object.entries(times).map(([name, values]) => [
        name,
        [...(statuses[name] ?? [])].join('/'),
        median(values).toFixed(1),
        Math.min(...values).toFixed(1),
        Math.max(...values).toFixed(1),
        name.startsWith('login') ? `${(median(values) - baseline).toFixed(1)}` : '',
      ]),
    ) + '\n',
  )
} finally {
  await server.stop()
}
