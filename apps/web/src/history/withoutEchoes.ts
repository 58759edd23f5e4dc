import type { ActivityView } from '@coplan/protocol'

/**
 * Activity without the versions that only echo another entry: every status change and restore
 * saves a version too (and a restore one just before), which the entry for the change itself
 * already tells. Lists filtered to versions keep them all.
 */
export const withoutEchoes = (entries: ActivityView[]): ActivityView[] =>
  entries.filter((entry) => {
    if (entry.kind !== 'version') return true
    const kind = entry.detail.versionKind
    if (kind === 'status' || kind === 'restore') return false
    // An automatic version with a person behind it is the one taken just before a restore.
    return !(kind === 'auto' && entry.actor !== null)
  })
