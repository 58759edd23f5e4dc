import type { SessionUser } from '@coplan/protocol'
import { readStored, removeStored, writeStored } from '../lib/browserStorage'

const STORAGE_KEY = 'coplan:signedInUser'

/**
 * The person last signed in on this browser, so that the plans kept on the device can be opened
 * while the server cannot be asked. Forgotten at sign-out and when the server says the session
 * is over; the server still decides everything once it is reachable.
 */
export const rememberUser = (user: SessionUser): void =>
  writeStored(STORAGE_KEY, JSON.stringify(user))

export const recallUser = (): SessionUser | null => {
  const stored = readStored(STORAGE_KEY)
  if (stored === null) return null
  try {
    const user = JSON.parse(stored) as Partial<SessionUser> | null
    return typeof user?.id === 'string' && typeof user.name === 'string'
      ? (user as SessionUser)
      : null
  } catch {
    return null
  }
}

export const forgetUser = (): void => removeStored(STORAGE_KEY)
