import type { Role, UserSummary } from '@coplan/protocol'

/** A person with what decides their rights; `passwordHash` never leaves the server. */
export interface User extends UserSummary {
  passwordHash: string | null
  /** Their password was set to the published demo password (see `seedDemoCourse`). */
  demoPassword: boolean
}

export interface NewUser {
  email: string
  name: string
  role: Role
  /** Kept for delegates only. */
  teamId?: string | null
}

export interface UserChanges {
  name?: string
  role?: Role
  /** Kept for delegates only. */
  teamId?: string | null
  active?: boolean
}

/**
 * People, their roles and their team assignments. Emails are unique regardless of ASCII case,
 * and found that way; names and emails are stored trimmed.
 */
export interface UserStore {
  /** By role, then name. */
  list(): User[]
  find(id: string): User | null
  findByEmail(email: string): User | null
  /** Throws if the email is taken. */
  create(input: NewUser): User
  /**
   * Throws if there is no such person. One who stops being a mentor loses their mentor teams;
   * one deactivated loses their sessions, in the same transaction.
   */
  update(id: string, changes: UserChanges): User
  /** Replaces a mentor's teams. */
  setMentorTeams(userId: string, teamIds: readonly string[]): void
  /** Sets a password; `demoPassword` marks it as the published demo one, else the mark goes. */
  setPasswordHash(userId: string, passwordHash: string, options?: { demoPassword?: boolean }): void
  /** Active people who still sign in with the published demo password. */
  countWithDemoPassword(): number
  count(): number
}
