import path from 'node:path'
import Database from 'better-sqlite3'
import type { Db } from '../database/openDatabase'
import { DATABASE_FILE } from '../database/openDatabase'
import { NotFound } from '../errors'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { VersionStore } from '../versions/VersionStore'
import type { PlanSource } from './planJobs'
import { storedPlanState } from './storedPlanState'

/**
 * Reads plans and saved versions for a plan worker, on a read-only connection of its own beside
 * the server's (SQLite's WAL lets readers and the one writer go on together): the server's
 * thread never reads or copies a state for a worker. Opened on first use.
 */
export class PlanStateReader {
  readonly #dataDir: string
  #stores: { db: Db; documents: SqliteDocumentStore; versions: VersionStore } | null = null

  constructor(dataDir: string) {
    this.#dataDir = dataDir
  }

  /** The Yjs updates of the plan as stored, or of one of its saved versions (`NotFound` if not). */
  updates(planId: string, source: Exclude<PlanSource, { updates: Uint8Array[] }>): Uint8Array[] {
    const { documents, versions } = this.#open()
    if ('stored' in source) return storedPlanState(documents, planId)
    const row = versions.find(source.versionId)
    const state = row?.plan_id === planId ? versions.state(source.versionId) : null
    if (!state) {
      throw new NotFound('version_not_found', 'There is no such version of this plan')
    }
    return [state]
  }

  close(): void {
    this.#stores?.db.close()
    this.#stores = null
  }

  #open() {
    if (!this.#stores) {
      const db = new Database(path.join(this.#dataDir, DATABASE_FILE), {
        readonly: true,
        fileMustExist: true,
      })
      db.pragma('busy_timeout = 5000')
      this.#stores = { db, documents: new SqliteDocumentStore(db), versions: new VersionStore(db) }
    }
    return this.#stores
  }
}
