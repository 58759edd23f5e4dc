import type { PersonRef, ThreadView } from '@coplan/protocol'
import { useRef, useState } from 'react'
import { replyToThread, setThreadStatus } from '../api/commentApi'
import { useI18n } from '../i18n/useI18n'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { commentErrorText } from './commentErrorText'
import { CommentComposer } from './CommentComposer'
import { CommentItem } from './CommentItem'

interface CommentThreadProps {
  planId: string
  thread: ThreadView
  /** Its passage is gone from the plan: the quote is all that is left of it. */
  detached: boolean
  active: boolean
  me: { id: string; role: PersonRef['role'] }
  canComment: boolean
  people: readonly PersonRef[]
  nowMs: number
  /** Focus or a click inside the card. */
  onActivate: () => void
  /** Escape on the card. */
  onDeactivate: () => void
}

const QUOTE_CHARS = 80

/** A tick to resolve; an arrow going round to reopen. */
const StatusIcon = ({ resolved }: { resolved: boolean }) => (
  <svg
    viewBox="0 0 24 24"
    width="18"
    height="18"
    fill="none"
    stroke="currentColor"
    strokeWidth={2.2}
    strokeLinecap="round"
    strokeLinejoin="round"
    aria-hidden="true"
    focusable="false"
  >
    <path d={resolved ? 'M4 12a8 8 0 1 0 2.5-5.8 M4 4v4.5h4.5' : 'M5 12.5l4.5 4.5L19 7.5'} />
  </svg>
)

const shortQuote = (text: string): string =>
  text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS - 1)}…` : text

/**
 * A thread as a card beside the text. Unfocused it shows its first comment and how many replies
 * follow; focused (by a click, by Tab, or by clicking its passage) it shows everything, the
 * reply box and the authors' actions.
 */
export const CommentThread = ({
  planId,
  thread,
  detached,
  active,
  me,
  canComment,
  people,
  nowMs,
  onActivate,
  onDeactivate,
}: CommentThreadProps) => {
  const { t, lang } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const cardRef = useRef<HTMLElement>(null)
  const resolved = thread.status === 'resolved'
  const [first, ...replies] = thread.comments
  const shown = active ? thread.comments : first ? [first] : []

  const changeStatus = () => {
    setBusy(true)
    setError(null)
    setThreadStatus(planId, thread.id, resolved ? 'reopen' : 'resolve').then(
      () => setBusy(false),
      (failure: unknown) => {
        setBusy(false)
        setError(commentErrorText(t, failure))
      },
    )
  }

  return (
    <article
      ref={cardRef}
      className="comment-card"
      data-testid="comment-thread"
      data-card-id={thread.id}
      data-thread-id={thread.id}
      data-status={thread.status}
      data-detached={detached}
      data-active={active}
      tabIndex={0}
      aria-label={t('comments.threadLabel', {
        name: thread.createdBy.name,
        quote: shortQuote(thread.quote.exact),
      })}
      onFocus={() => {
        if (!active) onActivate()
      }}
      onClick={() => {
        if (!active) onActivate()
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !active) return
        event.stopPropagation()
        cardRef.current?.focus()
        onDeactivate()
      }}
    >
      {canComment && (
        <button
          type="button"
          className="comment-status-button"
          aria-label={resolved ? t('comments.reopen') : t('comments.resolve')}
          title={resolved ? t('comments.reopen') : t('comments.resolve')}
          disabled={busy}
          onClick={(event) => {
            // Resolving from an unfocused card must not first expand it.
            event.stopPropagation()
            changeStatus()
          }}
        >
          <StatusIcon resolved={resolved} />
        </button>
      )}
      {detached && (
        // Beside the text the passage speaks for itself; a detached thread has only its quote.
        <p className="comment-quote">
          <span className="comment-detached-note">{t('comments.detached')}</span>
          <q>{shortQuote(thread.quote.exact)}</q>
        </p>
      )}
      <ol className="comment-list">
        {shown.map((comment) => (
          <CommentItem
            key={comment.id}
            planId={planId}
            comment={comment}
            isFirst={comment.id === first?.id}
            me={me}
            canComment={canComment}
            showActions={active}
            people={people}
            nowMs={nowMs}
          />
        ))}
      </ol>
      {!active && replies.length > 0 && (
        <p className="comment-more">{t('comments.replies', { count: replies.length })}</p>
      )}
      {resolved && thread.resolvedBy && thread.resolvedAt && (
        <p className="comment-resolved-note">
          {t('comments.resolvedBy', {
            name: thread.resolvedBy.name,
            time: formatRelativeTime(new Date(thread.resolvedAt), nowMs, lang),
          })}
        </p>
      )}
      {error && (
        <p className="comment-error" role="alert">
          {error}
        </p>
      )}
      {active && canComment && !resolved && (
        <CommentComposer
          compact
          people={people}
          label={t('comments.replyLabel', { name: thread.createdBy.name })}
          placeholder={t('comments.replyPlaceholder')}
          submitLabel={t('comments.reply')}
          onSubmit={async (input) => {
            await replyToThread(planId, thread.id, input)
          }}
          onCancel={() => {
            cardRef.current?.focus()
            onDeactivate()
          }}
        />
      )}
    </article>
  )
}
