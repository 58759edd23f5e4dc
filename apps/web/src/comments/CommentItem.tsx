import type { CommentView, PersonRef } from '@coplan/protocol'
import { useState } from 'react'
import { deleteComment, editComment } from '../api/commentApi'
import { useI18n } from '../i18n/useI18n'
import { formatRelativeTime } from '../i18n/formatRelativeTime'
import { CommentBody } from './CommentBody'
import { CommentComposer } from './CommentComposer'
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog'
import { PersonBadge } from './PersonBadge'

interface CommentItemProps {
  planId: string
  comment: CommentView
  /** The first comment opens the thread: deleting it deletes the thread. */
  isFirst: boolean
  /** The signed-in person. */
  me: { id: string; role: PersonRef['role'] }
  canComment: boolean
  /** Edit and delete are offered on the focused thread only, to keep the others quiet. */
  showActions: boolean
  people: readonly PersonRef[]
  nowMs: number
}

/** One comment: who wrote it and when, its text, and its author's edit and delete. */
export const CommentItem = ({
  planId,
  comment,
  isFirst,
  me,
  canComment,
  showActions,
  people,
  nowMs,
}: CommentItemProps) => {
  const { t, lang } = useI18n()
  const [editing, setEditing] = useState(false)
  const [confirmingDelete, setConfirmingDelete] = useState(false)
  const isAuthor = comment.author.id === me.id
  const canEdit = canComment && isAuthor
  const canDelete = canComment && (isAuthor || me.role === 'admin')
  const createdAt = new Date(comment.createdAt)

  return (
    <li className="comment" data-testid="comment" data-comment-id={comment.id}>
      <div className="comment-head">
        <PersonBadge person={comment.author} isSelf={isAuthor}>
          <span className="comment-time">
            <time dateTime={comment.createdAt} title={createdAt.toLocaleString(lang)}>
              {formatRelativeTime(createdAt, nowMs, lang)}
            </time>
            {comment.editedAt && (
              <span title={new Date(comment.editedAt).toLocaleString(lang)}>
                {' · '}
                {t('comments.edited')}
              </span>
            )}
          </span>
        </PersonBadge>
      </div>
      {editing ? (
        <CommentComposer
          people={people}
          label={t('comments.editLabel')}
          placeholder={t('comments.replyPlaceholder')}
          submitLabel={t('comments.save')}
          initialBody={comment.body}
          autoFocus
          onSubmit={async (input) => {
            await editComment(planId, comment.id, input)
            setEditing(false)
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <CommentBody comment={comment} />
      )}
      {showActions && !editing && (canEdit || canDelete) && (
        <div className="comment-actions">
          {canEdit && (
            <button
              type="button"
              className="link-button"
              aria-label={t('comments.editNamed', { name: comment.author.name })}
              onClick={() => setEditing(true)}
            >
              {t('comments.edit')}
            </button>
          )}
          {canDelete && (
            <button
              type="button"
              className="link-button link-button-danger"
              aria-label={t('comments.deleteNamed', { name: comment.author.name })}
              onClick={() => setConfirmingDelete(true)}
            >
              {t('comments.delete')}
            </button>
          )}
        </div>
      )}
      {confirmingDelete && (
        <ConfirmDeleteDialog
          wholeThread={isFirst}
          onConfirm={() => deleteComment(planId, comment.id)}
          onClose={() => setConfirmingDelete(false)}
        />
      )}
    </li>
  )
}
