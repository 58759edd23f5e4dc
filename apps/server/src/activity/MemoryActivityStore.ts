import { randomUUID } from 'node:crypto'
import { MemoryDatabase, compareText as compare } from '../database/MemoryDatabase'
import type { ActivityFilter, ActivityRow, ActivityStore, NewActivity } from './ActivityStore'

const newestFirst = (a: ActivityRow, b: ActivityRow): number =>
  a.created_at === b.created_at ? compare(b.id, a.id) : compare(b.created_at, a.created_at)

/** The activity log in memory: for tests of the logic that records and pages through it. */
export class MemoryActivityStore implements ActivityStore {
  readonly #db: MemoryDatabase

  constructor(db = new MemoryDatabase()) {
    this.#db = db
  }

  record(input: NewActivity): void {
    const id = randomUUID()
    this.#db.activity.set(id, {
      id,
      plan_id: input.planId,
      kind: input.kind,
      actor_id: input.actorId,
      detail: JSON.stringify(input.detail),
      created_at: input.now ?? new Date().toISOString(),
    })
  }

  list({ planId, kind, before, limit }: ActivityFilter): ActivityRow[] {
    return [...this.#db.activity.values()]
      .filter(
        (row) =>
          (planId === undefined || row.plan_id === planId) &&
          (kind === undefined || row.kind === kind) &&
          (before === undefined ||
            row.created_at < before.at ||
            (row.created_at === before.at && before.id !== undefined && row.id < before.id)),
      )
      .sort(newestFirst)
      .slice(0, Math.max(limit, 0))
      .map((row) => ({ ...row }))
  }
}
