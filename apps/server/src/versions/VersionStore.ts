import { randomUUID } from 'node:crypto'
import {
  englishVersionName,
  legacyVersionLabel,
  parseVersionLabel,
  versionKindOf,
} from '@coplan/protocol'
import type { VersionLabel, VersionView } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'

export interface VersionRow {
  id: string
  plan_id: string
  name: string
  kind: VersionView['kind']
  /** A `VersionLabel` as JSON; null for versions stored before labels. */
  label: string | null
  created_by: string | null
  created_at: string
  contributors: string
  word_count: number
}

/** What a stored version is called; read from its name when it was stored without a label. */
export const versionLabelOf = (row: Pick<VersionRow, 'name' | 'kind' | 'label'>): VersionLabel =>
  (row.label === null ? null : parseVersionLabel(JSON.parse(row.label))) ??
  legacyVersionLabel(row.name, row.kind)

const COLUMNS = 'id, plan_id, name, kind, label, created_by, created_at, contributors, word_count'

/** Saved versions of plans, each a full document state. */
export class VersionStore {
  readonly #statements

  constructor(db: Db) {
    this.#statements = {
      insert: db.prepare<
        [
          string,
          string,
          string,
          VersionView['kind'],
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

  insert(input: {
    planId: string
    label: VersionLabel
    state: Uint8Array
    createdBy: string | null
    contributors: readonly string[]
    wordCount: number
    now: string
  }): string {
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

  /** Newest first. */
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

  /** People who edited the plan after `since` (all who ever did when `since` is null). */
  contributorsSince(planId: string, since: string | null): string[] {
    return this.#statements.contributorsSince.all(planId, since ?? '').map((row) => row.user_id)
  }
}
