import type { VersionView } from '@coplan/protocol'
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/translate'

// The server names the versions it takes itself in English (planWorkflow.ts, VersionService.ts).
// Until it sends a code with them, these exact names are what can be translated.
const SERVER_NAMES: Partial<Record<string, MessageKey>> = {
  'Submitted for review': 'history.name.submitted',
  'Changes requested': 'history.name.changesRequested',
  'Marked as reviewed': 'history.name.reviewed',
  Finalized: 'history.name.finalized',
  Reopened: 'history.name.reopened',
  Automatic: 'history.name.automatic',
}
const BEFORE_RESTORE = /^Before restoring “(.*)”$/s
const RESTORED = /^Restored “(.*)”$/s

const translateName = (t: Translate, name: string): string => {
  const before = BEFORE_RESTORE.exec(name)?.[1]
  if (before !== undefined)
    return t('history.name.beforeRestore', { name: translateName(t, before) })
  const restored = RESTORED.exec(name)?.[1]
  if (restored !== undefined)
    return t('history.name.restored', { name: translateName(t, restored) })
  const key = SERVER_NAMES[name]
  return key ? t(key) : name
}

/**
 * A version's name in the UI language. Names people gave (`named`) are theirs and stay as they
 * are, even when they happen to match a name the server uses.
 */
export const versionName = (t: Translate, version: Pick<VersionView, 'name' | 'kind'>): string =>
  version.kind === 'named' ? version.name : translateName(t, version.name)
