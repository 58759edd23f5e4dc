import { legacyVersionLabel, parseVersionLabel } from '@coplan/protocol'
import type { VersionLabel } from '@coplan/protocol'
import type { VersionRow } from '../database/tableRows'
export type { VersionRow } from '../database/tableRows'

/** What a stored version is called; read from its name when it was stored without a label. */
export const versionLabelOf = (row: Pick<VersionRow, 'name' | 'kind' | 'label'>): VersionLabel =>
  (row.label === null ? null : parseVersionLabel(JSON.parse(row.label))) ??
  legacyVersionLabel(row.name, row.kind)

export interface NewVersion {
  planId: string
  label: VersionLabel
  state: Uint8Array
  createdBy: string | null
  contributors: readonly string[]
  wordCount: number
  now: string
}

/**
 * Saved versions of plans, each a full document state. A version's `name` (in English) and
 * `kind` are derived from its label when it is stored.
 */
export interface VersionStore {
  /** Returns the version's id. */
  insert(input: NewVersion): string
  /** Newest first. */
  listFor(planId: string): VersionRow[]
  find(id: string): VersionRow | null
  /** The version's document state. */
  state(id: string): Uint8Array | null
  latest(planId: string): VersionRow | null
  /**
   * People who edited the plan after `since` (all who ever did when `since` is null), the
   * earliest last edit first (see `DocumentStore.stamp`).
   */
  contributorsSince(planId: string, since: string | null): string[]
}
