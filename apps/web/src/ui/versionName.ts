import type { PlanStatus, VersionLabel } from '@coplan/protocol'
import type { MessageKey } from '../i18n/en'
import type { Translate } from '../i18n/translate'

const STATUS_VERSION_KEYS: Record<PlanStatus, MessageKey> = {
  in_review: 'history.name.submitted',
  changes_requested: 'history.name.changesRequested',
  reviewed: 'history.name.reviewed',
  final: 'history.name.finalized',
  draft: 'history.name.reopened',
}

/**
 * A version's name in the UI language: the versions the server took itself are translated,
 * names people gave stay as they wrote them, also inside a restore's name.
 */
export const versionName = (t: Translate, label: VersionLabel): string => {
  switch (label.code) {
    case 'named':
      return label.name
    case 'automatic':
      return t('history.name.automatic')
    case 'status':
      return t(STATUS_VERSION_KEYS[label.status])
    case 'beforeRestore':
      return t('history.name.beforeRestore', { name: versionName(t, label.of) })
    case 'restored':
      return t('history.name.restored', { name: versionName(t, label.of) })
  }
}
