import type { PersonRef, VersionView } from '@coplan/protocol'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { useI18n } from '../i18n/useI18n'
import { useNow } from '../lib/useNow'
import { Link } from '../router/Link'
import { formatDateTime } from '../i18n/formatDateTime'
import { historyHref } from './historyHref'
import { versionName } from '../ui/versionName'

interface VersionListProps {
  planId: string
  versions: VersionView[]
  selectedId: string | null
}

const names = (people: PersonRef[], lang: string): string =>
  new Intl.ListFormat(lang, { type: 'conjunction', style: 'short' }).format(
    people.map((person) => person.name),
  )

/** A plan's versions, newest first: name, kind, time, who took it and who wrote since the last. */
export const VersionList = ({ planId, versions, selectedId }: VersionListProps) => {
  const { t, lang } = useI18n()
  const now = useNow()
  if (versions.length === 0) {
    return <p className="sidebar-note">{t('history.noVersions')}</p>
  }
  return (
    <ol className="version-list" aria-label={t('history.versionsHeading')}>
      {versions.map((version) => {
        const selected = version.id === selectedId
        return (
          <li
            key={version.id}
            className="version-item"
            data-testid="version-item"
            data-kind={version.kind}
            data-selected={selected || undefined}
          >
            <Link
              className="version-link"
              href={historyHref(planId, { version: version.id })}
              aria-current={selected ? 'true' : undefined}
            >
              <span className="version-name">{versionName(t, version.label)}</span>
            </Link>
            <span className="version-kind" data-kind={version.kind}>
              {t(`history.kind.${version.kind}`)}
            </span>
            <span className="version-meta">
              <time dateTime={version.createdAt} title={formatDateTime(version.createdAt, lang)}>
                {formatRelativeTime(new Date(version.createdAt), now, lang)}
              </time>
              {version.createdBy && (
                <>
                  <span aria-hidden="true"> · </span>
                  {t('history.by', { name: version.createdBy.name })}
                </>
              )}
              <span aria-hidden="true"> · </span>
              {t('history.words', { count: new Intl.NumberFormat(lang).format(version.wordCount) })}
            </span>
            {version.contributors.length > 0 && (
              <span className="version-contributors">
                {t('history.contributors', { names: names(version.contributors, lang) })}
              </span>
            )}
          </li>
        )
      })}
    </ol>
  )
}
