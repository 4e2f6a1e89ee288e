import crypto from 'node:crypto'

/**
 * Payload's password hashes (payload/dist/auth/strategies/local/generatePasswordSaltHash.js, 3.90): current
 * ones are `pbkdf2-sha256-v1:<hex>` with 600 000 iterations and 32-byte keys; older ones are bare hex with
 * 25 000 iterations and 512-byte keys. Payload does not export its checker, so this mirrors it;
 * `tests/security/loginWork.int.spec.ts` fails if the two drift apart.
 */
const CURRENT = { prefix: 'pbkdf2-sha256-v1:', iterations: 600_000, keyLength: 32 } as const
const LEGACY = { iterations: 25_000, keyLength: 512 } as const

const pbkdf2 = (password: string, salt: string, iterations: number, keyLength: number): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    // Through the module object (not a destructured import), as Payload calls it.
    crypto.pbkdf2(password, salt, iterations, keyLength, 'sha256', (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

/** Whether `password` matches a stored Payload hash and salt, in constant time. */
export async function verifyPassword(stored: { hash?: unknown; salt?: unknown }, password: string): Promise<boolean> {
  if (typeof stored.hash !== 'string' || typeof stored.salt !== 'string') return false
  const current = stored.hash.startsWith(CURRENT.prefix)
  const expected = Buffer.from(current ? stored.hash.slice(CURRENT.prefix.length) : stored.hash, 'hex')
  const { iterations, keyLength } = current ? CURRENT : LEGACY
  const actual = await pbkdf2(password, stored.salt, iterations, keyLength)
  return actual.length === expected.length && crypto.timingSafeEqual(actual, expected)
}

/**
 * The work a wrong password costs for a real account, spent for an account that does not exist, so the
 * time a login takes does not tell which accounts exist.
 */
export async function hashAsIfChecking(password: string): Promise<void> {
  await pbkdf2(password, crypto.randomBytes(32).toString('hex'), CURRENT.iterations, CURRENT.keyLength)
}
