import type { PersonRef } from '@coplan/protocol'
import type { ReactNode } from 'react'
import { useT } from '../i18n/useT'

const initialsOf = (name: string): string =>
  name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]?.toUpperCase() ?? '')
    .join('')

/** A comment author's initials, name, role and team, then `children` (the time). */
export const PersonBadge = ({
  person,
  isSelf,
  children,
}: {
  person: PersonRef
  isSelf: boolean
  children?: ReactNode
}) => {
  const t = useT()
  return (
    <span className="comment-person">
      <span className="comment-avatar" data-role={person.role} aria-hidden="true">
        {initialsOf(person.name)}
      </span>
      <span className="comment-person-text">
        <span className="comment-author">
          {isSelf ? t('presence.you', { name: person.name }) : person.name}
        </span>
        <span className="comment-person-details">
          <span className="role-badge" data-role={person.role}>
            {t(`role.${person.role}`)}
          </span>
          {person.team && <span className="comment-team">{person.team}</span>}
          {children}
        </span>
      </span>
    </span>
  )
}
