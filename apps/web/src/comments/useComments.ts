import { createAnchor } from '@coplan/schema'
import type { PersonRef } from '@coplan/protocol'
import type { CommentAnchor } from '@coplan/schema'
import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { fromBase64, toBase64 } from 'lib0/buffer'
import { useCallback, useEffect, useMemo, useState } from 'react'
import { createThread } from '../api/commentApi'
import type { CommentInput } from '../api/commentApi'
import type { CollabSession } from '../collab/CollabSession'
import { useSearchParam } from '../router/useSearchParam'
import {
  clickedThreadOf,
  setActiveHighlight,
  setDraftHighlight,
  setHighlightedThreads,
} from './commentHighlights'
import type { HighlightedThread } from './commentHighlights'
import { passesFilter } from './threadFilter'
import type { ThreadFilter } from './threadFilter'
import type { ThreadsSnapshot } from '../collab/ThreadStore'
import { useMentionable } from './useMentionable'
import { useNotificationsFollowComments } from './useNotificationsFollowComments'
import { useScrollToThread } from './useScrollToThread'
import { useThreads } from './useThreads'

export interface CommentsController {
  planId: string
  canComment: boolean
  snapshot: ThreadsSnapshot
  people: readonly PersonRef[]
  filter: ThreadFilter
  setFilter: (filter: ThreadFilter) => void
  counts: Record<ThreadFilter, number>
  /** The focused thread, if the filter shows it. */
  activeId: string | null
  /** Focuses a thread (or none); `scroll` brings its passage into view. */
  activate: (id: string | null, options?: { scroll?: boolean }) => void
  /** The passage of the comment being written, if one is. */
  draft: CommentAnchor | null
  /** Starts a comment on the selected text; false when nothing is selected. */
  startDraft: () => boolean
  cancelDraft: () => void
  submitDraft: (input: CommentInput) => Promise<void>
  panelOpen: boolean
  setPanelOpen: (open: boolean) => void
}

interface UseCommentsOptions {
  editor: Editor
  session: CollabSession
  planId: string
  userId: string
  canComment: boolean
  /** The drawer layout: the panel is closed until asked for. */
  narrow: boolean
}

const highlightedOf = (snapshot: ThreadsSnapshot): HighlightedThread[] =>
  snapshot.threads.map((thread) => ({
    id: thread.id,
    anchor: { start: fromBase64(thread.anchor.start), end: fromBase64(thread.anchor.end) },
    quote: thread.quote,
    resolved: thread.status === 'resolved',
  }))

/**
 * The comments of the open plan, as the panel and the text share them: the threads, the filter,
 * the focused thread, the comment being written; and keeps the editor's highlights in step.
 */
export const useComments = ({
  editor,
  session,
  planId,
  userId,
  canComment,
  narrow,
}: UseCommentsOptions): CommentsController => {
  const snapshot = useThreads(session.threads)
  const people = useMentionable(planId)
  const [filter, setFilter] = useState<ThreadFilter>('open')
  const [chosenId, setChosenId] = useState<string | null>(null)
  const [draft, setDraft] = useState<CommentAnchor | null>(null)
  const [panelChoice, setPanelOpen] = useState<boolean | null>(null)
  const panelOpen = panelChoice ?? !narrow

  const visible = useMemo(
    () =>
      new Set(
        snapshot.threads
          .filter((thread) => passesFilter(thread, filter))
          .map((thread) => thread.id),
      ),
    [snapshot.threads, filter],
  )
  const counts = useMemo(
    () => ({
      open: snapshot.threads.filter((thread) => passesFilter(thread, 'open')).length,
      resolved: snapshot.threads.filter((thread) => passesFilter(thread, 'resolved')).length,
      all: snapshot.threads.length,
    }),
    [snapshot.threads],
  )
  const activeId = chosenId && visible.has(chosenId) ? chosenId : null
  const highlighted = useMemo(() => highlightedOf(snapshot), [snapshot])

  useEffect(() => {
    setHighlightedThreads(editor, highlighted, visible)
  }, [editor, highlighted, visible])
  useEffect(() => {
    setActiveHighlight(editor, activeId)
  }, [editor, activeId])
  useEffect(() => {
    setDraftHighlight(editor, draft)
  }, [editor, draft])

  const scrollToThread = useScrollToThread(editor)

  const activate = useCallback(
    (id: string | null, { scroll = false }: { scroll?: boolean } = {}) => {
      setChosenId(id)
      if (!id) return
      if (narrow) setPanelOpen(true)
      scrollToThread(id, scroll)
    },
    [narrow, scrollToThread],
  )

  useEffect(() => {
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const clicked = clickedThreadOf(transaction)
      if (clicked !== undefined) activate(clicked)
    }
    editor.on('transaction', onTransaction)
    return () => {
      editor.off('transaction', onTransaction)
    }
  }, [editor, activate])

  const startDraft = useCallback((): boolean => {
    const { from, to, empty } = editor.state.selection
    if (!canComment || empty) return false
    setDraft(createAnchor(session.doc, editor.schema, from, to, editor.state.doc))
    setChosenId(null)
    setPanelOpen(true)
    return true
  }, [editor, session, canComment])

  const cancelDraft = useCallback(() => {
    setDraft(null)
    if (editor.isEditable) editor.commands.focus()
  }, [editor])

  const submitDraft = useCallback(
    async (input: CommentInput) => {
      if (!draft) return
      const thread = await createThread(planId, {
        ...input,
        anchor: { start: toBase64(draft.start), end: toBase64(draft.end) },
      })
      session.threads.addIfMissing(thread)
      // The passage is commented now: its selection (and the margin button) can go.
      editor.commands.setTextSelection(editor.state.selection.to)
      setDraft(null)
      if (filter === 'resolved') setFilter('open')
      setChosenId(thread.id)
    },
    [draft, planId, session, filter, editor],
  )

  // A notification opened the plan at a thread (`?thread=`): once the threads are there, show
  // it whatever the filter and focus it, then take the parameter out of the address. State is
  // adjusted while rendering, as React advises for values derived from props.
  const wanted = useSearchParam('thread')
  const [handled, setHandled] = useState<string | null>(null)
  if (wanted !== handled && (wanted === null || snapshot.status !== 'loading')) {
    setHandled(wanted)
    const thread = snapshot.threads.find((candidate) => candidate.id === wanted)
    if (thread) {
      if (!passesFilter(thread, filter)) setFilter('all')
      setPanelOpen(true)
      activate(thread.id, { scroll: true })
    }
  }
  useEffect(() => {
    if (handled) window.history.replaceState(window.history.state, '', window.location.pathname)
  }, [handled])

  useNotificationsFollowComments(session.threads, userId)

  return {
    planId,
    canComment,
    snapshot,
    people,
    filter,
    setFilter,
    counts,
    activeId,
    activate,
    draft,
    startDraft,
    cancelDraft,
    submitDraft,
    panelOpen,
    setPanelOpen,
  }
}
