import crypto from 'node:crypto'
import type { Payload } from 'payload'

/**
 * A fresh installation needs one person who can log in. Created only while the users collection
 * is empty, so it happens exactly once per database; a generated password is printed once and
 * never stored in clear.
 */
export async function ensureFirstAdmin(payload: Payload): Promise<void> {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true })
  if (totalDocs > 0) return

  const email = process.env.ADMIN_EMAIL?.trim() || 'admin@vie.local'
  const givenPassword = process.env.ADMIN_PASSWORD
  const password = givenPassword || crypto.randomBytes(12).toString('base64url')

  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email, password, role: 'admin', name: 'Administrator' },
  })

  if (givenPassword) {
    payload.logger.info(`First admin created: ${email} (password from ADMIN_PASSWORD)`)
    return
  }
  const banner = [
    '',
    '┌──────────────────────────────────────────────────────────────',
    '│ First admin created — this password is shown only once:',
    `│   e-mail:   ${email}`,
    `│   password: ${password}`,
    '│ Change it after the first login (Account → Change password).',
    '└──────────────────────────────────────────────────────────────',
    '',
  ].join('\n')
  process.stdout.write(`${banner}\n`)
}
