import type { PersonRef } from '@coplan/protocol'
import { useT } from '../i18n/useT'

export const mentionOptionId = (listId: string, index: number): string => `${listId}-${index}`

/**
 * Suggestions for the "@" being typed, as a listbox the composer's textarea controls (the
 * ARIA combobox pattern): focus stays in the textarea, arrow keys move the active option.
 */
export const MentionList = ({
  id,
  people,
  activeIndex,
  onPick,
}: {
  id: string
  people: readonly PersonRef[]
  activeIndex: number
  onPick: (person: PersonRef) => void
}) => {
  const t = useT()
  return (
    <ul id={id} className="mention-list" role="listbox" aria-label={t('comments.mentionList')}>
      {people.map((person, index) => (
        <li
          key={person.id}
          id={mentionOptionId(id, index)}
          className="mention-option"
          role="option"
          aria-selected={index === activeIndex}
          // Keep focus (and the caret) in the textarea.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onPick(person)}
        >
          <span className="mention-name">{person.name}</span>
          <span className="mention-details">
            {[t(`role.${person.role}`), person.team].filter(Boolean).join(' · ')}
          </span>
        </li>
      ))}
    </ul>
  )
}
