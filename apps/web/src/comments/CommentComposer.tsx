import type { PersonRef } from '@coplan/protocol'
import { useEffect, useId, useLayoutEffect, useRef, useState } from 'react'
import type { KeyboardEvent } from 'react'
import type { CommentInput } from '../api/commentApi'
import { shortcutLabel } from '../lib/shortcutLabel'
import { useT } from '../i18n/useT'
import { DialogActions } from '../ui/DialogActions'
import { commentErrorText } from './commentErrorText'
import { MentionList, mentionOptionId } from './MentionList'
import { insertMention, matchPeople, mentionQueryAt, mentionedIds } from './mentionText'
import type { MentionQuery } from './mentionText'

const SEND_SHORTCUT = 'Mod-Enter'

interface CommentComposerProps {
  people: readonly PersonRef[]
  /** The textarea's accessible name. */
  label: string
  placeholder: string
  submitLabel: string
  initialBody?: string
  autoFocus?: boolean
  /** A reply box: one line and no buttons until it is used. */
  compact?: boolean
  /** Rejects with the server's error, which the composer shows; resolves once it is stored. */
  onSubmit: (input: CommentInput) => Promise<void>
  onCancel: () => void
}

/**
 * Writing a comment: plain text, "@" suggests the people who can see the plan, Mod-Enter sends,
 * Escape closes the suggestions and then the composer. The text is kept when sending fails.
 */
export const CommentComposer = ({
  people,
  label,
  placeholder,
  submitLabel,
  initialBody = '',
  autoFocus = false,
  compact = false,
  onSubmit,
  onCancel,
}: CommentComposerProps) => {
  const t = useT()
  const [body, setBody] = useState(initialBody)
  const [mention, setMention] = useState<MentionQuery | null>(null)
  const [activeIndex, setActiveIndex] = useState(0)
  const [sending, setSending] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const [focused, setFocused] = useState(autoFocus)
  const textareaRef = useRef<HTMLTextAreaElement>(null)
  const caretAfterRender = useRef<number | null>(null)
  const listId = useId()
  const errorId = useId()

  // Focused after layout rather than with `autoFocus`: a new card is placed beside its passage
  // by its panel's layout effect, and focusing it before that would scroll the page to where
  // the card was for a moment.
  useEffect(() => {
    const textarea = textareaRef.current
    if (!autoFocus || !textarea) return
    textarea.focus()
    // An edit goes on where the text ends.
    textarea.setSelectionRange(textarea.value.length, textarea.value.length)
  }, [autoFocus])

  const suggestions = mention ? matchPeople(people, mention.query) : []
  const listOpen = suggestions.length > 0
  const empty = body.trim().length === 0

  useLayoutEffect(() => {
    const textarea = textareaRef.current
    if (!textarea) return
    // Grow with the text, up to the CSS max-height.
    textarea.style.height = 'auto'
    textarea.style.height = `${textarea.scrollHeight}px`
    if (caretAfterRender.current !== null) {
      textarea.setSelectionRange(caretAfterRender.current, caretAfterRender.current)
      caretAfterRender.current = null
    }
  }, [body])

  const updateMention = (text: string, caret: number) => {
    const next = mentionQueryAt(text, caret)
    setMention(next)
    if (next?.query !== mention?.query) setActiveIndex(0)
  }

  const pick = (person: PersonRef) => {
    if (!mention) return
    const inserted = insertMention(body, mention, person.name)
    caretAfterRender.current = inserted.caret
    setBody(inserted.text)
    setMention(null)
  }

  const submit = () => {
    if (empty || sending) return
    setSending(true)
    setError(null)
    onSubmit({ body, mentions: mentionedIds(body, people) }).then(
      () => {
        setSending(false)
        setBody('')
      },
      (failure: unknown) => {
        setSending(false)
        setError(commentErrorText(t, failure))
      },
    )
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (listOpen && (event.key === 'ArrowDown' || event.key === 'ArrowUp')) {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActiveIndex((activeIndex + step + suggestions.length) % suggestions.length)
    } else if (listOpen && (event.key === 'Enter' || event.key === 'Tab') && !event.shiftKey) {
      const person = suggestions[activeIndex]
      if (!person) return
      event.preventDefault()
      pick(person)
    } else if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault()
      submit()
    } else if (event.key === 'Escape') {
      event.preventDefault()
      event.stopPropagation()
      if (listOpen) setMention(null)
      else onCancel()
    }
  }

  const expanded = !compact || focused || !empty || sending
  return (
    <form
      className={`comment-composer${compact ? ' comment-composer--compact' : ''}`}
      data-testid="comment-composer"
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
      onFocus={() => setFocused(true)}
      onBlur={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget)) setFocused(false)
      }}
    >
      <div className="comment-input-wrap">
        <textarea
          ref={textareaRef}
          className="comment-input"
          value={body}
          rows={compact && !expanded ? 1 : 2}
          placeholder={placeholder}
          aria-label={label}
          role="combobox"
          aria-autocomplete="list"
          aria-expanded={listOpen}
          aria-controls={listOpen ? listId : undefined}
          aria-activedescendant={listOpen ? mentionOptionId(listId, activeIndex) : undefined}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          readOnly={sending}
          onChange={(event) => {
            setBody(event.target.value)
            updateMention(event.target.value, event.target.selectionStart)
          }}
          onSelect={(event) =>
            updateMention(event.currentTarget.value, event.currentTarget.selectionStart)
          }
          onKeyDown={onKeyDown}
        />
        {listOpen && (
          <MentionList id={listId} people={suggestions} activeIndex={activeIndex} onPick={pick} />
        )}
      </div>
      <DialogActions
        error={error}
        errorId={errorId}
        compact
        hint={
          <span className="comment-composer-hint">
            {t('comments.sendHint', { shortcut: shortcutLabel(SEND_SHORTCUT) })}
          </span>
        }
        buttonsHidden={!expanded}
        cancelLabel={t('comments.cancel')}
        onCancel={onCancel}
        quietCancel
        confirmLabel={submitLabel}
        pendingLabel={t('comments.sending')}
        pending={sending}
        disabled={empty}
      />
    </form>
  )
}
