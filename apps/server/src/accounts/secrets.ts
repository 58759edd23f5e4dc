import { createHash, randomBytes, scrypt, scryptSync, timingSafeEqual } from 'node:crypto'
import type { ScryptOptions } from 'node:crypto'

/** A random secret for a cookie, token or invitation link: 256 bits, URL-safe. */
export const createSecret = (): string => randomBytes(32).toString('base64url')

/** How secrets are stored: a leaked database must not let anyone sign in. */
export const hashSecret = (secret: string): string =>
  createHash('sha256').update(secret).digest('hex')

// scrypt with N = 2^15, r = 8: 32 MiB and roughly 50–100 ms per hash on our machines.
const SCRYPT: ScryptOptions = { N: 2 ** 15, r: 8, p: 1, maxmem: 64 * 1024 * 1024 }
const KEY_BYTES = 32

const scryptAsync = (password: string, salt: Buffer, options: ScryptOptions): Promise<Buffer> =>
  new Promise((resolve, reject) =>
    scrypt(password, salt, KEY_BYTES, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  )

/** `scrypt$N$r$p$salt$key`, so the parameters can be raised later without breaking old hashes. */
const formatHash = (salt: Buffer, key: Buffer): string =>
  ['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p, salt.toString('base64'), key.toString('base64')].join(
    '$',
  )

/**
 * A hash no password matches (its key is zeros), with the parameters of real ones. Checking a
 * password against it takes as long as against a person's hash, so an unknown email, a
 * deactivated person or one without a password is answered as slowly as a wrong password:
 * the answer's timing does not tell who has an account.
 */
export const UNMATCHABLE_PASSWORD_HASH = formatHash(Buffer.alloc(16), Buffer.alloc(KEY_BYTES))

export const hashPassword = async (password: string): Promise<string> => {
  const salt = randomBytes(16)
  const key = await scryptAsync(password, salt, SCRYPT)
  return formatHash(salt, key)
}

/** The same, blocking: only for seeding demo data before the server accepts requests. */
export const hashPasswordSync = (password: string): string => {
  const salt = randomBytes(16)
  const key = scryptSync(password, salt, KEY_BYTES, SCRYPT)
  return formatHash(salt, key)
}

export const verifyPassword = async (password: string, stored: string): Promise<boolean> => {
  const [scheme, n, r, p, salt, key] = stored.split('$')
  if (scheme !== 'scrypt' || !n || !r || !p || !salt || !key) return false
  const expected = Buffer.from(key, 'base64')
  const actual = await scryptAsync(password, Buffer.from(salt, 'base64'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
    maxmem: SCRYPT.maxmem,
  })
  return actual.length === expected.length && timingSafeEqual(actual, expected)
}
