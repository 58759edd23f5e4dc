import { PLAN_STATUSES } from './planStatus'
import type { PlanStatus } from './planStatus'

/** auto: taken when editing paused; named: saved by someone; status: at a status change; restore: a restore. */
export type VersionKind = 'auto' | 'named' | 'status' | 'restore'

/**
 * What a version is called. A name someone gave is theirs, in whatever language they wrote it;
 * the versions the server takes itself are codes, which each reader sees in their own language
 * (a restore's label holds the label of the version restored, so "Restored “Finalized”" stays
 * a person's "Finalized" when that is what it was).
 */
export type VersionLabel =
  | { code: 'named'; name: string }
  /** Taken when editing paused. */
  | { code: 'automatic' }
  /** Taken when the plan moved to `status`. */
  | { code: 'status'; status: PlanStatus }
  /** Taken just before a restore, so the restore can be undone. */
  | { code: 'beforeRestore'; of: VersionLabel }
  /** The plan as restored. */
  | { code: 'restored'; of: VersionLabel }

/** The English names of the versions taken at status changes (the plain `name` of the API). */
const STATUS_VERSION_NAMES: Record<PlanStatus, string> = {
  in_review: 'Submitted for review',
  changes_requested: 'Changes requested',
  reviewed: 'Marked as reviewed',
  final: 'Finalized',
  draft: 'Reopened',
}
const AUTOMATIC_NAME = 'Automatic'

/** A label in English: the `name` the API and the exported files give a version. */
export const englishVersionName = (label: VersionLabel): string => {
  switch (label.code) {
    case 'named':
      return label.name
    case 'automatic':
      return AUTOMATIC_NAME
    case 'status':
      return STATUS_VERSION_NAMES[label.status]
    case 'beforeRestore':
      return `Before restoring “${englishVersionName(label.of)}”`
    case 'restored':
      return `Restored “${englishVersionName(label.of)}”`
  }
}

/** The kind of version a label belongs to. */
export const versionKindOf = (label: VersionLabel): VersionKind => {
  switch (label.code) {
    case 'named':
      return 'named'
    case 'status':
      return 'status'
    case 'restored':
      return 'restore'
    case 'automatic':
    case 'beforeRestore':
      return 'auto'
  }
}

const MAX_DEPTH = 8

/** A label read back from storage or an activity entry; null if it is not one. */
export const parseVersionLabel = (value: unknown, depth = 0): VersionLabel | null => {
  if (typeof value !== 'object' || value === null || depth > MAX_DEPTH) return null
  const { code, name, status, of } = value as Record<string, unknown>
  switch (code) {
    case 'named':
      return typeof name === 'string' ? { code, name } : null
    case 'automatic':
      return { code }
    case 'status':
      return PLAN_STATUSES.includes(status as PlanStatus)
        ? { code, status: status as PlanStatus }
        : null
    case 'beforeRestore':
    case 'restored': {
      const inner = parseVersionLabel(of, depth + 1)
      return inner ? { code, of: inner } : null
    }
    default:
      return null
  }
}

const BEFORE_RESTORE = /^Before restoring “(.*)”$/s
const RESTORED = /^Restored “(.*)”$/s

/**
 * The label of a version stored before labels were: read from its English name and kind. The
 * name of the version inside a restore's name cannot be told apart from a person's name that
 * happens to be the same, so there a server name wins; versions stored since carry their label.
 */
export const legacyVersionLabel = (name: string, kind: VersionKind): VersionLabel =>
  kind === 'named' ? { code: 'named', name } : legacyServerLabel(name)

const legacyServerLabel = (name: string): VersionLabel => {
  const before = BEFORE_RESTORE.exec(name)?.[1]
  if (before !== undefined) return { code: 'beforeRestore', of: legacyServerLabel(before) }
  const restored = RESTORED.exec(name)?.[1]
  if (restored !== undefined) return { code: 'restored', of: legacyServerLabel(restored) }
  if (name === AUTOMATIC_NAME) return { code: 'automatic' }
  const status = PLAN_STATUSES.find((candidate) => STATUS_VERSION_NAMES[candidate] === name)
  return status ? { code: 'status', status } : { code: 'named', name }
}
