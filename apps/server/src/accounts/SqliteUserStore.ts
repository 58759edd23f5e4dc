import { randomUUID } from 'node:crypto'
import type { Role } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'
import type { NewUser, User, UserChanges, UserStore } from './UserStore'

interface UserRow {
  id: string
  email: string
  name: string
  role: Role
  team_id: string | null
  password_hash: string | null
  active: number
  demo_password: number
}

/** People in the `users` and `mentor_teams` tables. */
export class SqliteUserStore implements UserStore {
  readonly #statements
  // Made once: better-sqlite3 builds a wrapper per call of `db.transaction`.
  readonly #update
  readonly #setMentorTeams

  constructor(db: Db) {
    this.#statements = {
      mentorTeamIds: db.prepare<[string], { team_id: string }>(
        'SELECT team_id FROM mentor_teams WHERE user_id = ? ORDER BY team_id',
      ),
      list: db.prepare<[], UserRow>('SELECT * FROM users ORDER BY role, name'),
      find: db.prepare<[string], UserRow>('SELECT * FROM users WHERE id = ?'),
      findByEmail: db.prepare<[string], UserRow>('SELECT * FROM users WHERE email = ?'),
      insert: db.prepare<[string, string, string, Role, string | null, string]>(
        `INSERT INTO users (id, email, name, role, team_id, active, created_at)
         VALUES (?, ?, ?, ?, ?, 1, ?)`,
      ),
      update: db.prepare<[string, Role, string | null, number, string]>(
        'UPDATE users SET name = ?, role = ?, team_id = ?, active = ? WHERE id = ?',
      ),
      deleteMentorTeams: db.prepare<[string]>('DELETE FROM mentor_teams WHERE user_id = ?'),
      insertMentorTeam: db.prepare<[string, string]>(
        'INSERT INTO mentor_teams (user_id, team_id) VALUES (?, ?)',
      ),
      deleteSessions: db.prepare<[string]>('DELETE FROM sessions WHERE user_id = ?'),
      setPasswordHash: db.prepare<[string, number, string]>(
        'UPDATE users SET password_hash = ?, demo_password = ? WHERE id = ?',
      ),
      countDemoPassword: db.prepare<[], { n: number }>(
        'SELECT count(*) AS n FROM users WHERE demo_password = 1 AND active = 1',
      ),
      count: db.prepare<[], { n: number }>('SELECT count(*) AS n FROM users'),
    }
    this.#update = db.transaction(
      (
        row: { id: string; name: string; role: Role; teamId: string | null; active: boolean },
        endSessions: boolean,
      ) => {
        this.#statements.update.run(row.name, row.role, row.teamId, row.active ? 1 : 0, row.id)
        if (row.role !== 'mentor') this.#statements.deleteMentorTeams.run(row.id)
        if (endSessions) this.#statements.deleteSessions.run(row.id)
      },
    )
    this.#setMentorTeams = db.transaction((userId: string, teamIds: ReadonlySet<string>) => {
      this.#statements.deleteMentorTeams.run(userId)
      for (const teamId of teamIds) this.#statements.insertMentorTeam.run(userId, teamId)
    })
  }

  #toUser(row: UserRow): User {
    const mentorTeamIds = this.#statements.mentorTeamIds.all(row.id).map((r) => r.team_id)
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
      demoPassword: row.demo_password === 1,
    }
  }

  list(): User[] {
    return this.#statements.list.all().map((row) => this.#toUser(row))
  }

  find(id: string): User | null {
    const row = this.#statements.find.get(id)
    return row ? this.#toUser(row) : null
  }

  findByEmail(email: string): User | null {
    const row = this.#statements.findByEmail.get(email.trim())
    return row ? this.#toUser(row) : null
  }

  create(input: NewUser): User {
    const id = randomUUID()
    this.#statements.insert.run(
      id,
      input.email.trim(),
      input.name.trim(),
      input.role,
      input.role === 'delegate' ? (input.teamId ?? null) : null,
      new Date().toISOString(),
    )
    return this.find(id) as User
  }

  update(id: string, changes: UserChanges): User {
    const user = this.find(id)
    if (!user) throw new Error(`No user ${id}`)
    const role = changes.role ?? user.role
    const teamId =
      role === 'delegate' ? (changes.teamId !== undefined ? changes.teamId : user.teamId) : null
    this.#update(
      {
        id,
        name: changes.name?.trim() ?? user.name,
        role,
        teamId,
        active: changes.active ?? user.active,
      },
      changes.active === false,
    )
    return this.find(id) as User
  }

  setMentorTeams(userId: string, teamIds: readonly string[]): void {
    this.#setMentorTeams(userId, new Set(teamIds))
  }

  setPasswordHash(userId: string, passwordHash: string, { demoPassword = false } = {}): void {
    this.#statements.setPasswordHash.run(passwordHash, demoPassword ? 1 : 0, userId)
  }

  countWithDemoPassword(): number {
    return this.#statements.countDemoPassword.get()?.n ?? 0
  }

  count(): number {
    return this.#statements.count.get()?.n ?? 0
  }
}
