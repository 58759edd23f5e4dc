import type { Role, ThreadView } from '@coplan/protocol'
import type { Editor } from '@tiptap/core'
import { useEffect, useId, useRef } from 'react'
import { shortcutLabel } from '../lib/shortcutLabel'
import { useT } from '../i18n/useT'
import { useNow } from '../lib/useNow'
import { DRAFT_ID } from './commentHighlights'
import { CommentThread } from './CommentThread'
import { NewThreadCard } from './NewThreadCard'
import { passesFilter } from './threadFilter'
import { ThreadFilterControl } from './ThreadFilterControl'
import { useCardLayout } from './useCardLayout'
import type { CommentsController } from './useComments'
import { COMMENT_SHORTCUT } from './useCommentShortcut'
import { useThreadPlacement } from './useThreadPlacement'

interface CommentsPanelProps {
  editor: Editor
  comments: CommentsController
  me: { id: string; role: Role }
  /** A drawer over the page (narrow screens) rather than a column beside the text. */
  drawer: boolean
  /** Returns focus to what opened the drawer. */
  onClose: () => void
}

/**
 * The threads the filter shows, as cards beside their passages (in the order of the text,
 * detached ones last), with the card of a comment being written among them.
 */
export const CommentsPanel = ({ editor, comments, me, drawer, onClose }: CommentsPanelProps) => {
  const t = useT()
  const headingId = useId()
  const headingRef = useRef<HTMLHeadingElement>(null)
  const cardsRef = useRef<HTMLDivElement>(null)
  const placement = useThreadPlacement(editor)
  const nowMs = useNow()
  useCardLayout(editor, cardsRef, !drawer)

  useEffect(() => {
    if (drawer) headingRef.current?.focus()
  }, [drawer])

  const { snapshot, filter, draft } = comments
  const order = new Map(placement.attached.map((id, index) => [id, index]))
  const rank = (id: string) => order.get(id) ?? Number.MAX_SAFE_INTEGER
  const shown: ThreadView[] = snapshot.threads
    .filter((thread) => passesFilter(thread, filter))
    .sort((a, b) => rank(a.id) - rank(b.id))
  const draftAt = draft ? shown.findIndex((thread) => rank(thread.id) > rank(DRAFT_ID)) : -1
  const cards = shown.map((thread) => (
    <CommentThread
      key={thread.id}
      planId={comments.planId}
      thread={thread}
      detached={placement.detached.has(thread.id)}
      active={comments.activeId === thread.id}
      me={me}
      canComment={comments.canComment}
      people={comments.people}
      nowMs={nowMs}
      onActivate={() => comments.activate(thread.id, { scroll: true })}
      onDeactivate={() => comments.activate(null)}
    />
  ))
  if (draft) {
    cards.splice(
      draftAt === -1 ? cards.length : draftAt,
      0,
      <NewThreadCard key={DRAFT_ID} comments={comments} />,
    )
  }

  let note: string | null = null
  if (snapshot.status === 'loading') note = t('comments.loading')
  else if (snapshot.status === 'error') note = t('comments.loadError')
  else if (cards.length === 0) note = t(`comments.empty.${filter}`)

  return (
    <aside
      className={`comments-panel${drawer ? ' comments-panel--drawer' : ''}`}
      data-testid="comments-panel"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (drawer && event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="comments-panel-head">
        <h2 id={headingId} ref={headingRef} tabIndex={-1} className="sidebar-heading">
          {t('comments.heading')}
        </h2>
        {drawer && (
          <button
            type="button"
            className="button button-quiet button-small comments-close"
            onClick={onClose}
          >
            {t('comments.close')}
          </button>
        )}
        <ThreadFilterControl
          value={filter}
          counts={comments.counts}
          onChange={comments.setFilter}
        />
      </div>
      {note && (
        <div className="comments-note" role="status">
          <p>{note}</p>
          {snapshot.status === 'ready' && comments.canComment && filter !== 'resolved' && (
            <p>{t('comments.howTo', { shortcut: shortcutLabel(COMMENT_SHORTCUT) })}</p>
          )}
        </div>
      )}
      <div className="comments-cards" ref={cardsRef}>
        {cards}
      </div>
    </aside>
  )
}
