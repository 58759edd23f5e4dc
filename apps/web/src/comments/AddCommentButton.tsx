import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useLayoutEffect, useRef } from 'react'
import { ToolbarIcon } from '../ui/ToolbarIcon'
import { shortcutLabel } from '../lib/shortcutLabel'
import { useT } from '../i18n/useT'
import { COMMENT_SHORTCUT } from './useCommentShortcut'

/**
 * The context action: a button in the margin beside selected text, as in Google Docs, for
 * those who reach for the mouse. It sits in the paper (`position: relative`) at the height of
 * the selection's start.
 */
export const AddCommentButton = ({
  editor,
  hidden,
  onComment,
}: {
  editor: Editor
  /** No right to comment, or a comment is already being written. */
  hidden: boolean
  onComment: () => void
}) => {
  const t = useT()
  const ref = useRef<HTMLButtonElement>(null)
  const from = useEditorState({
    editor,
    selector: ({ editor: current }) =>
      current.state.selection.empty ? null : current.state.selection.from,
  })

  useLayoutEffect(() => {
    const button = ref.current
    const paper = button?.offsetParent
    if (!button || !paper || from === null) return
    try {
      const top = editor.view.coordsAtPos(from).top - paper.getBoundingClientRect().top
      button.style.top = `${Math.max(0, top - 4)}px`
    } catch {
      // The selection is out of date while a change is applied; the next render places it.
    }
  })

  if (hidden || from === null) return null
  const label = t('comments.add')
  return (
    <button
      ref={ref}
      type="button"
      className="add-comment-button"
      data-testid="add-comment-button"
      aria-label={label}
      title={t('toolbar.withShortcut', { label, shortcut: shortcutLabel(COMMENT_SHORTCUT) })}
      // Keep the selection in the editor while clicking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onComment}
    >
      <ToolbarIcon name="comment" />
    </button>
  )
}
