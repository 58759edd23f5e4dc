import type { PlanStatus, Role } from '@coplan/protocol'
import type {
  ActivityRow,
  CommentRow,
  NotificationRow,
  SetAsideReason,
  ThreadRow,
  VersionRow,
} from './tableRows'

/*
 * The tables of the in-memory stores, the twin of the SQLite schema (`migrations.ts`). Stores
 * share one `MemoryDatabase` where their SQLite twins share one file, because some of them read
 * each other's rows (a plan's editors, a deactivated person's sessions, deleted comments) and
 * one transaction may span several stores (a comment and its notifications).
 *
 * Rows are never changed in place: a store replaces a row with an updated copy. That keeps a
 * transaction's snapshot a shallow copy of each table.
 */

export interface MemoryTeam {
  id: string
  country: string
  countryCode: string
}

export interface MemoryPlan {
  id: string
  teamId: string
  title: string
  status: PlanStatus
  createdAt: string
  lastEditedAt: string
  lastEditedBy: string | null
  wordCount: number
  sectionsFilled: number
}

export interface MemoryUser {
  id: string
  email: string
  name: string
  role: Role
  teamId: string | null
  passwordHash: string | null
  active: boolean
  demoPassword: boolean
  mentorTeamIds: readonly string[]
}

export interface MemorySession {
  idHash: string
  userId: string
  lastSeenAt: string
}

export interface MemoryAccessToken {
  id: string
  tokenHash: string
  userId: string
  label: string
  createdAt: string
  revokedAt: string | null
}

export interface MemoryInvitation {
  tokenHash: string
  userId: string
  expiresAt: string
  usedAt: string | null
}

export interface MemoryNotification extends NotificationRow {
  user_id: string
}

export interface MemoryVersion extends VersionRow {
  state: Uint8Array
}

export interface MemoryUpdate {
  planId: string
  data: Uint8Array
}

export interface MemorySetAside {
  id: number
  planId: string
  data: Uint8Array
  reason: SetAsideReason
  setAsideAt: string
}

/** Every table of the in-memory twin; each store reads and writes its own, and a few others'. */
export class MemoryDatabase {
  readonly settings = new Map<string, string>()
  readonly teams = new Map<string, MemoryTeam>()
  readonly plans = new Map<string, MemoryPlan>()
  /** By `planId`, then `userId`: when that person last edited the plan. */
  readonly planContributors = new Map<string, ReadonlyMap<string, string>>()
  readonly planSnapshots = new Map<string, Uint8Array>()
  /** In the order stored, by a sequence number over all plans. */
  readonly planUpdates = new Map<number, MemoryUpdate>()
  /** By `planId`, then Yjs client id: who writes under it. */
  readonly planClientIds = new Map<string, ReadonlyMap<number, string>>()
  readonly planSetAside = new Map<number, MemorySetAside>()
  readonly users = new Map<string, MemoryUser>()
  readonly sessions = new Map<string, MemorySession>()
  readonly accessTokens = new Map<string, MemoryAccessToken>()
  readonly invitations = new Map<string, MemoryInvitation>()
  readonly commentThreads = new Map<string, ThreadRow>()
  readonly comments = new Map<string, CommentRow>()
  /** By comment id: the people it mentions. */
  readonly commentMentions = new Map<string, readonly string[]>()
  /** By `${userId} ${planId}`: when that person last opened the plan. */
  readonly planVisits = new Map<string, string>()
  readonly notifications = new Map<string, MemoryNotification>()
  readonly planVersions = new Map<string, MemoryVersion>()
  readonly activity = new Map<string, ActivityRow>()
  /** The last number handed out by `nextId`, which stands in for SQLite's rowids. */
  #lastId = 0

  /** A number never handed out before, increasing like a rowid. */
  nextId(): number {
    return ++this.#lastId
  }

  /**
   * Runs `work` in a transaction: if it throws, every table is as it was before, as SQLite's
   * transaction (or savepoint, when nested) would leave it.
   */
  transaction<T>(work: () => T): T {
    const tables = Object.values(this).filter(
      (value): value is Map<unknown, unknown> => value instanceof Map,
    )
    const before = tables.map((table) => new Map(table))
    try {
      return work()
    } catch (error) {
      tables.forEach((table, i) => {
        table.clear()
        for (const [key, row] of before[i] ?? []) table.set(key, row)
      })
      throw error
    }
  }
}

/** Like SQLite's foreign keys: throws unless `table` holds `key`. */
export const mustExist = <K>(table: ReadonlyMap<K, unknown>, key: K, what: string): void => {
  if (!table.has(key)) throw new Error(`No ${what} ${String(key)}`)
}

/** Orders like SQLite's BINARY collation, which `localeCompare` does not. */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
