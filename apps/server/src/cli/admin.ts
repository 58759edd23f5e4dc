import path from 'node:path'
import { CredentialStore } from '../accounts/CredentialStore'
import { UserStore } from '../accounts/UserStore'
import { resolveConfig } from '../config'
import { CourseStore } from '../course/CourseStore'
import { openDatabase } from '../database/openDatabase'
import { UsageError, runAdminCommand } from './adminCommands'

// `npm run admin -- <command>`: works on the same database as the server, also while it runs
// (SQLite in WAL mode; the server notices changes to people's rights within a second).
const dataDir = path.resolve(process.env.DATA_DIR ?? 'data')
const publicUrl = process.env.PUBLIC_URL ?? `http://localhost:${process.env.PORT ?? 8080}`
const config = resolveConfig({ dataDir })
const db = openDatabase(dataDir)
try {
  await runAdminCommand(
    {
      db,
      dataDir,
      users: new UserStore(db),
      credentials: new CredentialStore(db, {
        sessionIdleMs: config.sessionIdleMs,
        invitationTtlMs: config.invitationTtlMs,
      }),
      course: new CourseStore(db),
      publicUrl,
      out: (line) => process.stdout.write(`${line}\n`),
    },
    process.argv.slice(2),
  )
} catch (error) {
  // The command line's edge: every error is its message; a mistake in the command line
  // (`UsageError`) exits 2, anything else, a domain error of `errors.ts` included, exits 1.
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = error instanceof UsageError ? 2 : 1
} finally {
  if (db.open) db.close()
}
