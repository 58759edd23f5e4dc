import { CloseCode } from '@coplan/protocol'
import type { PlanSummary } from '@coplan/protocol'
import { PLAN_BODY_FIELD, createPlanExtensions } from '@coplan/schema'
import Collaboration from '@tiptap/extension-collaboration'
import { EditorContent, useEditor } from '@tiptap/react'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useAuth } from '../auth/useAuth'
import { useSignedInUser } from '../auth/useSignedInUser'
import type { CollabSession } from '../collab/CollabSession'
import { isEditable } from '../collab/isEditable'
import { useLeaveWarning } from '../collab/useLeaveWarning'
import { useSessionState } from '../collab/useSessionState'
import { AddCommentButton } from '../comments/AddCommentButton'
import { CommentHighlights } from '../comments/commentHighlights'
import { CommentsPanel } from '../comments/CommentsPanel'
import { useComments } from '../comments/useComments'
import { useCommentShortcut } from '../comments/useCommentShortcut'
import { useI18n } from '../i18n/useI18n'
import { useMediaQuery } from '../lib/useMediaQuery'
import { SkipLink } from '../ui/SkipLink'
import { useDocumentTitle } from '../ui/useDocumentTitle'
import { CaretAfterTyping } from './caretAfterTyping'
import { caretsAwareness } from './caretsAwareness'
import { ConnectionStatus } from './ConnectionStatus'
import { EDITOR_CONTENT_ID } from './editorContentId'
import { EditorHeader } from './EditorHeader'
import { LinkDialog } from './LinkDialog'
import { LinkShortcut } from './linkShortcut'
import { OutlinePanel } from './OutlinePanel'
import { createPlanPlaceholder, refreshPlaceholders, setPlaceholderTexts } from './planPlaceholder'
import { PresenceList } from './PresenceList'
import { RemoteCarets } from './remoteCarets'
import { SaveStatus } from './SaveStatus'
import { SessionBanner } from './SessionBanner'
import { Toolbar } from './Toolbar'
import { WordCount } from './WordCount'

const editorAttributes = (label: string): Record<string, string> => ({
  id: EDITOR_CONTENT_ID,
  role: 'textbox',
  'aria-multiline': 'true',
  'aria-label': label,
})

/** Below this width the comments panel is a drawer over the page (see editor.css). */
const DRAWER_QUERY = '(max-width: 860px)'

interface PlanEditorProps {
  plan: PlanSummary
  session: CollabSession
  /** The API's answer: the person may comment (mentors too, whose text is read-only). */
  mayComment: boolean
}

/**
 * The editor page once the plan and its session exist. It re-renders on connection and language
 * changes only: typing re-renders the toolbar, outline and word count, not this.
 */
export const PlanEditor = ({ plan, session, mayComment }: PlanEditorProps) => {
  const { t, lang } = useI18n()
  // The server stamps everyone's awareness with their account; the same name and colour here
  // keep one's own caret and presence entry matching what the others see.
  const { id: userId, name: userName, color, role } = useSignedInUser()
  const { sessionEnded, refreshUser } = useAuth()
  const state = useSessionState(session)
  const [linkDialogOpen, setLinkDialogOpen] = useState(false)
  const narrow = useMediaQuery(DRAWER_QUERY)
  useDocumentTitle(t('editor.documentTitle', { title: plan.title }))

  const carets = useMemo(() => caretsAwareness(session.provider.awareness), [session])
  const editor = useEditor(
    {
      extensions: [
        ...createPlanExtensions(),
        Collaboration.configure({ document: session.doc, field: PLAN_BODY_FIELD }),
        RemoteCarets.configure({ awareness: carets }),
        createPlanPlaceholder({ lang, generic: t('editor.placeholder') }),
        LinkShortcut.configure({ onRequest: () => setLinkDialogOpen(true) }),
        CommentHighlights.configure({ document: session.doc }),
        CaretAfterTyping,
      ],
      // Read-only until the plan is there (see `isEditable`).
      editable: false,
      // Its base styles are in styles/tiptap.css: the page's policy refuses inline <style>.
      injectCSS: false,
      shouldRerenderOnTransaction: false,
      editorProps: { attributes: editorAttributes(t('editor.label')) },
    },
    [session],
  )

  const editable = isEditable(state)
  const canComment = mayComment && state.hasSynced && !state.closed
  const comments = useComments({
    editor,
    session,
    planId: plan.id,
    userId,
    canComment,
    narrow,
  })
  useCommentShortcut(comments.startDraft)
  useLeaveWarning(session)
  useEffect(() => {
    if (editor.isEditable === editable) return
    editor.setEditable(editable)
    refreshPlaceholders(editor)
  }, [editor, editable])

  // Signed out elsewhere, deactivated, or the password was reset: on to the sign-in page.
  const sessionGone = state.closed?.code === CloseCode.Unauthenticated
  useEffect(() => {
    if (sessionGone) sessionEnded()
  }, [sessionGone, sessionEnded])

  // The right to write changed while the plan was open (a new role or team): the header and
  // banner should say what the person is now. The first value is the one the page opened with.
  const knownCanWrite = useRef(state.canWrite)
  useEffect(() => {
    if (knownCanWrite.current === state.canWrite) return
    knownCanWrite.current = state.canWrite
    refreshUser()
  }, [state.canWrite, refreshUser])

  useEffect(() => {
    session.provider.awareness.setLocalStateField('user', { name: userName, color })
  }, [session, userName, color])

  useEffect(() => {
    setPlaceholderTexts(editor, { lang, generic: t('editor.placeholder') })
    editor.setOptions({ editorProps: { attributes: editorAttributes(t('editor.label')) } })
  }, [editor, lang, t])

  return (
    <>
      <SkipLink
        targetId={EDITOR_CONTENT_ID}
        label={t('app.skipToEditor')}
        onActivate={() => editor.commands.focus()}
      />
      <EditorHeader
        plan={plan}
        // A change of the right to write (e.g. the plan was finalized) refreshes the status.
        canWrite={state.canWrite}
        actions={
          <>
            <SaveStatus session={session} state={state} />
            <ConnectionStatus state={state} />
            <PresenceList awareness={session.provider.awareness} />
          </>
        }
      />
      <Toolbar
        editor={editor}
        actions={{
          requestLink: () => setLinkDialogOpen(true),
          requestComment: comments.startDraft,
          toggleComments: () => comments.setPanelOpen(!comments.panelOpen),
        }}
        context={{
          canComment,
          commentsOpen: comments.panelOpen,
          openThreads: comments.counts.open,
        }}
      />
      <div className="editor-layout" data-comments={comments.panelOpen ? 'open' : 'closed'}>
        <aside className="editor-sidebar">
          <OutlinePanel editor={editor} />
          <WordCount editor={editor} />
        </aside>
        <main className="editor-main">
          <SessionBanner state={state} />
          <div className="paper" data-testid="editor" data-editable={editable}>
            <EditorContent editor={editor} />
            <AddCommentButton
              editor={editor}
              hidden={!canComment || comments.draft !== null}
              onComment={comments.startDraft}
            />
          </div>
        </main>
        {comments.panelOpen && (
          <CommentsPanel
            editor={editor}
            comments={comments}
            me={{ id: userId, role }}
            drawer={narrow}
            onClose={() => {
              comments.setPanelOpen(false)
              document.querySelector<HTMLElement>('.toolbar [data-item="comments"]')?.focus()
            }}
          />
        )}
      </div>
      {linkDialogOpen && <LinkDialog editor={editor} onClose={() => setLinkDialogOpen(false)} />}
    </>
  )
}
