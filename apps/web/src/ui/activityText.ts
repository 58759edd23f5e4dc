import { PLAN_STATUSES, ROLES, legacyVersionLabel, parseVersionLabel } from '@coplan/protocol'
import type { ActivityView, PlanStatus, Role, VersionLabel } from '@coplan/protocol'
import type { Translate } from '../i18n/translate'
import { versionName } from './versionName'

const text = (value: unknown): string => (typeof value === 'string' ? value : '')

const isStatus = (value: unknown): value is PlanStatus =>
  PLAN_STATUSES.includes(value as PlanStatus)

const isRole = (value: unknown): value is Role => ROLES.includes(value as Role)

const versionKind = (value: unknown) =>
  value === 'auto' || value === 'status' || value === 'restore' ? value : 'named'

/** The label an entry records; entries from before labels have only an English name. */
const labelIn = (
  detail: ActivityView['detail'],
  legacyKind: ReturnType<typeof versionKind>,
): VersionLabel =>
  parseVersionLabel(detail.label) ?? legacyVersionLabel(text(detail.name), legacyKind)

// The server records a membership change as a code with the person's role after it
// (adminRoutes.ts `describeChange`); `change` is its English, shown only for a code not known here.
const membershipText = (t: Translate, actor: string, detail: ActivityView['detail']): string => {
  const person = text(detail.person)
  const role = isRole(detail.role) ? t(`role.${detail.role}`) : null
  switch (detail.code) {
    case 'joined':
      if (role) return t('activity.membership.joined', { actor, person, role })
      break
    case 'role':
      if (role) return t('activity.membership.role', { actor, person, role })
      break
    case 'deactivated':
      return t('activity.membership.deactivated', { actor, person })
    case 'reactivated':
      return t('activity.membership.reactivated', { actor, person })
    case 'teams':
      return t('activity.membership.teams', { actor, person })
  }
  return t('activity.membership.other', { actor, person, change: text(detail.change) })
}

/**
 * One activity entry as a sentence in the UI language. `actor` is what stands for the person
 * who did it (their name, or a marker the caller replaces with a styled name).
 */
export const activityText = (t: Translate, entry: ActivityView, actor: string): string => {
  const { detail } = entry
  switch (entry.kind) {
    case 'status': {
      const { from, to } = detail
      if (to === 'in_review' && from === 'changes_requested') {
        return t('activity.status.resubmitted', { actor })
      }
      return isStatus(to)
        ? t(`activity.status.${to}`, { actor })
        : t('activity.status.other', { actor })
    }
    case 'version': {
      const kind = versionKind(detail.versionKind)
      const name = versionName(t, labelIn(detail, kind))
      if (kind === 'status') return t('activity.version.status', { name })
      if (kind === 'restore') return t('activity.version.restore', { name })
      if (kind === 'auto' && !entry.actor) return t('activity.version.auto')
      return t('activity.version.named', { actor, name })
    }
    case 'restore':
      return t('activity.restore', {
        actor,
        name: versionName(t, labelIn(detail, 'auto')),
      })
    case 'export': {
      const format = text(detail.format)
      // `bundle` is not a file format: the plan went out in the admins' ZIP of final plans.
      if (format === 'bundle') return t('activity.export.bundle', { actor })
      return format
        ? t('activity.export.format', { actor, format: format.toUpperCase() })
        : t('activity.export.plain', { actor })
    }
    case 'membership':
      return membershipText(t, actor, detail)
  }
}

/** The message someone gave with a status change, if any. */
export const activityMessage = (entry: ActivityView): string =>
  entry.kind === 'status' ? text(entry.detail.message).trim() : ''
