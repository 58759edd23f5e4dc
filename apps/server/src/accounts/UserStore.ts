import { randomUUID } from 'node:crypto'
import type { Role, UserSummary } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'

interface UserRow {
  id: string
  email: string
  name: string
  role: Role
  team_id: string | null
  password_hash: string | null
  active: number
}

/** A person with what decides their rights; `passwordHash` never leaves the server. */
export interface User extends UserSummary {
  passwordHash: string | null
}

/** People, their roles and their team assignments. */
export class UserStore {
  readonly #db: Db

  constructor(db: Db) {
    this.#db = db
  }

  #toUser(row: UserRow): User {
    const mentorTeamIds = this.#db
      .prepare<[string], { team_id: string }>(
        'SELECT team_id FROM mentor_teams WHERE user_id = ? ORDER BY team_id',
      )
      .all(row.id)
      .map((r) => r.team_id)
    return {
      id: row.id,
      email: row.email,
      name: row.name,
      role: row.role,
      teamId: row.team_id,
      mentorTeamIds,
      active: row.active === 1,
      hasPassword: row.password_hash !== null,
      passwordHash: row.password_hash,
    }
  }

  list(): User[] {
    return this.#db
      .prepare<[], UserRow>('SELECT * FROM users ORDER BY role, name')
      .all()
      .map((row) => this.#toUser(row))
  }

  find(id: string): User | null {
    const row = this.#db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?').get(id)
    return row ? this.#toUser(row) : null
  }

  findByEmail(email: string): User | null {
    const row = this.#db
      .prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?')
      .get(email.trim())
    return row ? this.#toUser(row) : null
  }

  create(input: { email: string; name: string; role: Role; teamId?: string | null }): User {
    const id = randomUUID()
    this.#db
      .prepare(
        `INSERT INTO users (id, email, name, role, team_id, active, created_at)
         VALUES (?, ?, ?, ?, ?, 1, ?)`,
      )
      .run(
        id,
        input.email.trim(),
        input.name.trim(),
        input.role,
        input.role === 'delegate' ? (input.teamId ?? null) : null,
        new Date().toISOString(),
      )
    return this.find(id) as User
  }

  update(
    id: string,
    changes: { name?: string; role?: Role; teamId?: string | null; active?: boolean },
  ): User {
    const user = this.find(id)
    if (!user) throw new Error(`No user ${id}`)
    const role = changes.role ?? user.role
    const teamId =
      role === 'delegate' ? (changes.teamId !== undefined ? changes.teamId : user.teamId) : null
    this.#db.transaction(() => {
      this.#db
        .prepare('UPDATE users SET name = ?, role = ?, team_id = ?, active = ? WHERE id = ?')
        .run(
          changes.name?.trim() ?? user.name,
          role,
          teamId,
          (changes.active ?? user.active) ? 1 : 0,
          id,
        )
      if (role !== 'mentor') this.#db.prepare('DELETE FROM mentor_teams WHERE user_id = ?').run(id)
      if (changes.active === false)
        this.#db.prepare('DELETE FROM sessions WHERE user_id = ?').run(id)
    })()
    return this.find(id) as User
  }

  setMentorTeams(userId: string, teamIds: readonly string[]): void {
    this.#db.transaction(() => {
      this.#db.prepare('DELETE FROM mentor_teams WHERE user_id = ?').run(userId)
      const insert = this.#db.prepare('INSERT INTO mentor_teams (user_id, team_id) VALUES (?, ?)')
      for (const teamId of new Set(teamIds)) insert.run(userId, teamId)
    })()
  }

  setPasswordHash(userId: string, passwordHash: string): void {
    this.#db.prepare('UPDATE users SET password_hash = ? WHERE id = ?').run(passwordHash, userId)
  }

  count(): number {
    return (this.#db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n
  }
}
