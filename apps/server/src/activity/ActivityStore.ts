import { randomUUID } from 'node:crypto'
import type { ActivityView } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'

export type ActivityKind = ActivityView['kind']

export interface ActivityRow {
  id: string
  plan_id: string | null
  kind: ActivityKind
  actor_id: string | null
  detail: string
  created_at: string
}

export interface ActivityFilter {
  planId?: string
  kind?: ActivityKind
  /** Only entries strictly older than this ISO time (for paging back). */
  before?: string
  limit: number
}

/** What happened to plans and the course: status changes, versions, restores, exports, membership. */
export class ActivityStore {
  readonly #db: Db

  constructor(db: Db) {
    this.#db = db
  }

  record(input: {
    planId: string | null
    kind: ActivityKind
    actorId: string | null
    detail: object
    now?: string
  }): void {
    this.#db
      .prepare(
        'INSERT INTO activity (id, plan_id, kind, actor_id, detail, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      )
      .run(
        randomUUID(),
        input.planId,
        input.kind,
        input.actorId,
        JSON.stringify(input.detail),
        input.now ?? new Date().toISOString(),
      )
  }

  list(filter: ActivityFilter): ActivityRow[] {
    const where: string[] = []
    const params: (string | number)[] = []
    if (filter.planId !== undefined) {
      where.push('plan_id = ?')
      params.push(filter.planId)
    }
    if (filter.kind !== undefined) {
      where.push('kind = ?')
      params.push(filter.kind)
    }
    if (filter.before !== undefined) {
      where.push('created_at < ?')
      params.push(filter.before)
    }
    params.push(filter.limit)
    return this.#db
      .prepare<(string | number)[], ActivityRow>(
        `SELECT * FROM activity ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY created_at DESC, rowid DESC LIMIT ?`,
      )
      .all(...params)
  }
}
