import { randomUUID } from 'node:crypto'
import { englishVersionName, versionKindOf } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'
import type { NewVersion, VersionRow, VersionStore } from './VersionStore'

const COLUMNS = 'id, plan_id, name, kind, label, created_by, created_at, contributors, word_count'

/** Versions in the `plan_versions` table. */
export class SqliteVersionStore implements VersionStore {
  readonly #statements

  constructor(db: Db) {
    this.#statements = {
      insert: db.prepare<
        [
          string,
          string,
          string,
          VersionRow['kind'],
          string,
          Uint8Array,
          string | null,
          string,
          string,
          number,
        ]
      >(
        `INSERT INTO plan_versions (id, plan_id, name, kind, label, state, created_by, created_at, contributors, word_count)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ),
      listFor: db.prepare<[string], VersionRow>(
        `SELECT ${COLUMNS} FROM plan_versions WHERE plan_id = ? ORDER BY created_at DESC, rowid DESC`,
      ),
      find: db.prepare<[string], VersionRow>(`SELECT ${COLUMNS} FROM plan_versions WHERE id = ?`),
      state: db.prepare<[string], { state: Buffer }>(
        'SELECT state FROM plan_versions WHERE id = ?',
      ),
      contributorsSince: db.prepare<[string, string], { user_id: string }>(
        'SELECT user_id FROM plan_contributors WHERE plan_id = ? AND last_edit_at > ? ORDER BY last_edit_at',
      ),
    }
  }

  insert(input: NewVersion): string {
    const id = randomUUID()
    this.#statements.insert.run(
      id,
      input.planId,
      englishVersionName(input.label),
      versionKindOf(input.label),
      JSON.stringify(input.label),
      input.state,
      input.createdBy,
      input.now,
      JSON.stringify(input.contributors),
      input.wordCount,
    )
    return id
  }

  listFor(planId: string): VersionRow[] {
    return this.#statements.listFor.all(planId)
  }

  find(id: string): VersionRow | null {
    return this.#statements.find.get(id) ?? null
  }

  state(id: string): Uint8Array | null {
    const row = this.#statements.state.get(id)
    return row ? new Uint8Array(row.state) : null
  }

  latest(planId: string): VersionRow | null {
    return this.listFor(planId)[0] ?? null
  }

  contributorsSince(planId: string, since: string | null): string[] {
    return this.#statements.contributorsSince.all(planId, since ?? '').map((row) => row.user_id)
  }
}
