import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { JSONContent } from '@tiptap/core'
import { planStats, planUpdateFromJSON } from '@coplan/schema'
import { SqliteCredentialStore } from '../../apps/server/src/accounts/SqliteCredentialStore'
import { SqliteUserStore } from '../../apps/server/src/accounts/SqliteUserStore'
import { SqliteCourseStore } from '../../apps/server/src/course/SqliteCourseStore'
import { seedDemoCourse } from '../../apps/server/src/course/seedDemoCourse'
import { openDatabase } from '../../apps/server/src/database/openDatabase'
import { startServerProcess, stopProcess } from '../../apps/server/src/testing/serverProcess'

/** The demo team the benchmark plan belongs to; its delegates and mentor.kim may open it. */
const TEAM_CODE = 'GH'

export interface PlanServer {
  /** `http://127.0.0.1:<port>` */
  url: string
  pid: number
  planId: string
  /** The plan's stored state: the same bytes the server loads, so clients can point into it. */
  state: Uint8Array
  /** One access token per remote collaborator (a delegate of the team each). */
  tokens: string[]
  collabUrl(token: string): string
  /** What the server printed so far, for failure messages. */
  output(): string
  stop(): Promise<void>
}

/**
 * Runs the real server (`main.ts`, as `npm start` does) on a fresh data directory holding the
 * demo course plus one more plan of team GH with `doc` as its text, and `collaborators` extra
 * delegates of that team with access tokens. The data directory goes when it stops.
 */
export const startPlanServer = async ({
  doc,
  collaborators,
}: {
  doc: JSONContent
  collaborators: number
}): Promise<PlanServer> => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-browser-bench-'))
  const db = openDatabase(dataDir)
  const state = planUpdateFromJSON(doc)
  let planId = ''
  let tokens: string[] = []
  try {
    const course = new SqliteCourseStore(db)
    const users = new SqliteUserStore(db)
    const credentials = new SqliteCredentialStore(db, {
      sessionIdleMs: 86_400_000,
      invitationTtlMs: 1,
    })
    seedDemoCourse(course, users)
    const team = course.listTeams().find((candidate) => candidate.countryCode === TEAM_CODE)
    if (!team) throw new Error(`The demo course has no team ${TEAM_CODE}`)
    planId = course.createPlan({
      teamId: team.id,
      title: 'Benchmark: a 200-page plan',
      initialState: state,
      stats: planStats(doc),
    }).id
    tokens = Array.from({ length: collaborators }, (_, i) => {
      const user = users.create({
        email: `collaborator${i + 1}@bench.example`,
        name: `Collaborator ${i + 1}`,
        role: 'delegate',
        teamId: team.id,
      })
      return credentials.createAccessToken(user.id, 'browser bench').token
    })
  } finally {
    db.close()
  }
  const server = await startServerProcess(dataDir)
  return {
    url: server.url,
    pid: server.child.pid as number,
    planId,
    state,
    tokens,
    collabUrl: (token) =>
      `${server.collabUrl}/${planId}?token=${encodeURIComponent(token)}&coplan=1`,
    output: server.output,
    stop: async () => {
      await stopProcess(server.child, 'SIGTERM')
      fs.rmSync(dataDir, { recursive: true, force: true })
    },
  }
}
