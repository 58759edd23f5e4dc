import * as Y from 'yjs'
import { SqliteCredentialStore } from '../../apps/server/src/accounts/SqliteCredentialStore'
import { SqliteUserStore } from '../../apps/server/src/accounts/SqliteUserStore'
import { SqliteCourseStore } from '../../apps/server/src/course/SqliteCourseStore'
import { createPlan } from '../../apps/server/src/course/createPlan'
import { openDatabase } from '../../apps/server/src/database/openDatabase'
import { SqliteDocumentStore } from '../../apps/server/src/persistence/SqliteDocumentStore'

export interface CoplanPlan {
  id: string
  baseState: Uint8Array
  /** One access token per client, each of its own delegate of the plan's team. */
  tokens: string[]
}

/**
 * Writes a Coplan data directory before the server starts: a course with one team and plan
 * per `plans`, each with `clientsPerPlan` delegates and their access tokens (Coplan limits
 * connections per person, so every client is its own person). With `planState`, each plan's
 * document is replaced by that state, stored as one snapshot as compaction would leave it.
 * Everything happens in one transaction, so thousands of people take a second, not minutes.
 */
export const writeCoplanDataDir = (
  dataDir: string,
  options: { plans: number; clientsPerPlan: number; planState?: Uint8Array },
): CoplanPlan[] => {
  const db = openDatabase(dataDir)
  const course = new SqliteCourseStore(db)
  const users = new SqliteUserStore(db)
  const credentials = new SqliteCredentialStore(db, {
    sessionIdleMs: 86_400_000,
    invitationTtlMs: 1,
  })
  const store = new SqliteDocumentStore(db)
  course.setCourseName('Benchmark course')
  const prepared: CoplanPlan[] = []
  try {
    db.transaction(() => {
      for (let p = 0; p < options.plans; p++) {
        const team = course.createTeam({ country: `Country ${p}`, countryCode: 'ZZ' })
        const plan = createPlan(course, { teamId: team.id, title: `Plan ${p}` })
        if (options.planState) store.compact(plan.id, options.planState)
        const tokens = Array.from({ length: options.clientsPerPlan }, (_, c) => {
          const user = users.create({
            email: `d${p}-${c}@bench.example`,
            name: `Delegate ${p}-${c}`,
            role: 'delegate',
            teamId: team.id,
          })
          return credentials.createAccessToken(user.id, 'bench').token
        })
        const stored = store.load(plan.id)
        prepared.push({
          id: plan.id,
          baseState: Y.mergeUpdates([stored.snapshot as Uint8Array, ...stored.updates]),
          tokens,
        })
      }
    })()
  } finally {
    db.close()
  }
  return prepared
}
