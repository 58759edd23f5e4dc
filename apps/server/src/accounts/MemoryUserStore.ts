import { randomUUID } from 'node:crypto'
import { MemoryDatabase, compareText as compare } from '../database/MemoryDatabase'
import type { MemoryUser } from '../database/MemoryDatabase'
import type { NewUser, User, UserChanges, UserStore } from './UserStore'

// SQLite's NOCASE collation folds ASCII letters only.
const foldCase = (text: string): string => text.replace(/[A-Z]/g, (c) => c.toLowerCase())

const toUser = (row: MemoryUser): User => ({
  id: row.id,
  email: row.email,
  name: row.name,
  role: row.role,
  teamId: row.teamId,
  mentorTeamIds: [...row.mentorTeamIds],
  active: row.active,
  hasPassword: row.passwordHash !== null,
  passwordHash: row.passwordHash,
  demoPassword: row.demoPassword,
})

/** People in memory: for tests of the logic that signs them in and manages them. */
export class MemoryUserStore implements UserStore {
  readonly #db: MemoryDatabase

  constructor(db = new MemoryDatabase()) {
    this.#db = db
  }

  list(): User[] {
    return [...this.#db.users.values()]
      .sort((a, b) => compare(a.role, b.role) || compare(a.name, b.name))
      .map(toUser)
  }

  find(id: string): User | null {
    const row = this.#db.users.get(id)
    return row ? toUser(row) : null
  }

  findByEmail(email: string): User | null {
    const row = this.#byEmail(email.trim())
    return row ? toUser(row) : null
  }

  create(input: NewUser): User {
    const email = input.email.trim()
    if (this.#byEmail(email)) throw new Error(`The email ${email} is taken`)
    const teamId = input.role === 'delegate' ? (input.teamId ?? null) : null
    this.#checkTeams(teamId === null ? [] : [teamId])
    const row: MemoryUser = {
      id: randomUUID(),
      email,
      name: input.name.trim(),
      role: input.role,
      teamId,
      passwordHash: null,
      active: true,
      demoPassword: false,
      mentorTeamIds: [],
    }
    this.#db.users.set(row.id, row)
    return toUser(row)
  }

  update(id: string, changes: UserChanges): User {
    const row = this.#db.users.get(id)
    if (!row) throw new Error(`No user ${id}`)
    const role = changes.role ?? row.role
    const teamId =
      role === 'delegate' ? (changes.teamId !== undefined ? changes.teamId : row.teamId) : null
    this.#checkTeams(teamId === null ? [] : [teamId])
    const updated: MemoryUser = {
      ...row,
      name: changes.name?.trim() ?? row.name,
      role,
      teamId,
      active: changes.active ?? row.active,
      mentorTeamIds: role === 'mentor' ? row.mentorTeamIds : [],
    }
    this.#db.transaction(() => {
      this.#db.users.set(id, updated)
      if (changes.active !== false) return
      for (const [idHash, session] of this.#db.sessions) {
        if (session.userId === id) this.#db.sessions.delete(idHash)
      }
    })
    return toUser(updated)
  }

  setMentorTeams(userId: string, teamIds: readonly string[]): void {
    const row = this.#db.users.get(userId)
    if (!row) throw new Error(`No user ${userId}`)
    this.#checkTeams(teamIds)
    this.#db.users.set(userId, { ...row, mentorTeamIds: [...new Set(teamIds)].sort(compare) })
  }

  setPasswordHash(userId: string, passwordHash: string, { demoPassword = false } = {}): void {
    const row = this.#db.users.get(userId)
    if (row) this.#db.users.set(userId, { ...row, passwordHash, demoPassword })
  }

  countWithDemoPassword(): number {
    return [...this.#db.users.values()].filter((row) => row.demoPassword && row.active).length
  }

  count(): number {
    return this.#db.users.size
  }

  #byEmail(email: string): MemoryUser | undefined {
    const folded = foldCase(email)
    return [...this.#db.users.values()].find((row) => foldCase(row.email) === folded)
  }

  /** Like SQLite's foreign keys: a person's teams must exist. */
  #checkTeams(teamIds: readonly string[]): void {
    for (const teamId of teamIds) {
      if (!this.#db.teams.has(teamId)) throw new Error(`No team ${teamId}`)
    }
  }
}
