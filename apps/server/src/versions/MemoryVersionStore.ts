import { randomUUID } from 'node:crypto'
import { englishVersionName, versionKindOf } from '@coplan/protocol'
import { MemoryDatabase, compareText, mustExist } from '../database/MemoryDatabase'
import type { MemoryVersion } from '../database/MemoryDatabase'
import type { NewVersion, VersionRow, VersionStore } from './VersionStore'

const withoutState = ({ state: _state, ...row }: MemoryVersion): VersionRow => row

/** Versions in memory: for tests of the versioning logic without a server. */
export class MemoryVersionStore implements VersionStore {
  readonly #db: MemoryDatabase

  /** `db` is shared with the document store, which records who edited a plan. */
  constructor(db = new MemoryDatabase()) {
    this.#db = db
  }

  insert(input: NewVersion): string {
    mustExist(this.#db.plans, input.planId, 'plan')
    if (input.createdBy !== null) mustExist(this.#db.users, input.createdBy, 'user')
    const id = randomUUID()
    this.#db.planVersions.set(id, {
      id,
      plan_id: input.planId,
      name: englishVersionName(input.label),
      kind: versionKindOf(input.label),
      label: JSON.stringify(input.label),
      state: new Uint8Array(input.state),
      created_by: input.createdBy,
      created_at: input.now,
      contributors: JSON.stringify(input.contributors),
      word_count: input.wordCount,
    })
    return id
  }

  listFor(planId: string): VersionRow[] {
    return [...this.#db.planVersions.values()]
      .filter((row) => row.plan_id === planId)
      .reverse()
      .sort((a, b) => compareText(b.created_at, a.created_at))
      .map(withoutState)
  }

  find(id: string): VersionRow | null {
    const row = this.#db.planVersions.get(id)
    return row ? withoutState(row) : null
  }

  state(id: string): Uint8Array | null {
    const row = this.#db.planVersions.get(id)
    return row ? new Uint8Array(row.state) : null
  }

  latest(planId: string): VersionRow | null {
    return this.listFor(planId)[0] ?? null
  }

  contributorsSince(planId: string, since: string | null): string[] {
    return [...(this.#db.planContributors.get(planId) ?? new Map<string, string>())]
      .filter(([, lastEditAt]) => lastEditAt > (since ?? ''))
      .sort(([, a], [, b]) => compareText(a, b))
      .map(([userId]) => userId)
  }
}
