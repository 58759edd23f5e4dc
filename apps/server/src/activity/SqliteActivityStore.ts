import { randomUUID } from 'node:crypto'
import type { Db } from '../database/openDatabase'
import type {
  ActivityFilter,
  ActivityKind,
  ActivityRow,
  ActivityStore,
  NewActivity,
} from './ActivityStore'

interface ListParams {
  kind: ActivityKind | null
  beforeAt: string | null
  beforeId: string | null
  limit: number
}

/**
 * A null `kind` or `beforeAt` filters nothing. Entries of the same instant are told apart by
 * id, so a page that ends inside such a group goes on with the rest of it, not past it.
 */
const FILTERS = `(@kind IS NULL OR kind = @kind) AND (@beforeAt IS NULL OR created_at < @beforeAt
  OR (created_at = @beforeAt AND @beforeId IS NOT NULL AND id < @beforeId))`
const NEWEST_FIRST = 'ORDER BY created_at DESC, id DESC LIMIT @limit'

/** The activity log in the `activity` table. */
export class SqliteActivityStore implements ActivityStore {
  readonly #statements

  constructor(db: Db) {
    this.#statements = {
      insert: db.prepare<[string, string | null, ActivityKind, string | null, string, string]>(
        'INSERT INTO activity (id, plan_id, kind, actor_id, detail, created_at) VALUES (?, ?, ?, ?, ?, ?)',
      ),
      // Two texts rather than `(@planId IS NULL OR …)`: that form keeps SQLite off the
      // (plan_id, created_at) index, so one plan's log would scan the whole course's.
      list: db.prepare<ListParams, ActivityRow>(
        `SELECT * FROM activity WHERE ${FILTERS} ${NEWEST_FIRST}`,
      ),
      listOfPlan: db.prepare<ListParams & { planId: string }, ActivityRow>(
        `SELECT * FROM activity WHERE plan_id = @planId AND ${FILTERS} ${NEWEST_FIRST}`,
      ),
    }
  }

  record(input: NewActivity): void {
    this.#statements.insert.run(
      randomUUID(),
      input.planId,
      input.kind,
      input.actorId,
      JSON.stringify(input.detail),
      input.now ?? new Date().toISOString(),
    )
  }

  list(filter: ActivityFilter): ActivityRow[] {
    const params = {
      kind: filter.kind ?? null,
      beforeAt: filter.before?.at ?? null,
      beforeId: filter.before?.id ?? null,
      limit: filter.limit,
    }
    return filter.planId === undefined
      ? this.#statements.list.all(params)
      : this.#statements.listOfPlan.all({ ...params, planId: filter.planId })
  }
}
