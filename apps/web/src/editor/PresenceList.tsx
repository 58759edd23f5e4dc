import type { Awareness } from 'y-protocols/awareness'
import { useT } from '../i18n/useT'
import { usePresence } from './usePresence'

export const PresenceList = ({ awareness }: { awareness: Awareness }) => {
  const t = useT()
  const people = usePresence(awareness)
  return (
    <ul className="presence" data-testid="presence" aria-label={t('presence.heading')}>
      {people.map((person) => (
        <li
          key={person.clientId}
          className="presence-person"
          data-self={person.isSelf || undefined}
          data-role={person.role ?? undefined}
          title={[
            person.isSelf ? t('presence.you', { name: person.name }) : person.name,
            ...(person.role ? [t(`role.${person.role}`)] : []),
          ].join(' · ')}
        >
          <span
            className="color-dot"
            style={{ backgroundColor: person.color }}
            aria-hidden="true"
          />
          <span className="presence-name">
            {person.isSelf ? t('presence.you', { name: person.name }) : person.name}
          </span>
          {person.role === 'mentor' && <span className="presence-role">{t('role.mentor')}</span>}
        </li>
      ))}
    </ul>
  )
}
