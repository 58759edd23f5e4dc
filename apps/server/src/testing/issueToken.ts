import { SqliteCredentialStore } from '../accounts/SqliteCredentialStore'
import { SqliteUserStore } from '../accounts/SqliteUserStore'
import { openDatabase } from '../database/openDatabase'

/**
 * Issues an access token straight into the database of `dataDir`, as the admin CLI does —
 * for tests whose server runs in another process.
 */
export const issueToken = (dataDir: string, email: string): string => {
  const db = openDatabase(dataDir)
  try {
    const user = new SqliteUserStore(db).findByEmail(email)
    if (!user) throw new Error(`No user ${email}`)
    return new SqliteCredentialStore(db, {
      sessionIdleMs: 1,
      invitationTtlMs: 1,
    }).createAccessToken(user.id, 'test').token
  } finally {
    db.close()
  }
}
