import type { Editor } from '@tiptap/core'
import { useCallback } from 'react'
import { useSubscribedValue } from '../lib/useSubscribedValue'

/** Long enough to skip the keystrokes of a burst of typing, short enough to feel live. */
export const EDITOR_VALUE_DEBOUNCE_MS = 200

/**
 * `compute(editor)`, recomputed `delayMs` after the document stops changing. Only the calling
 * component re-renders, and only when the value differs by `isEqual`; `compute` and `isEqual`
 * must be stable.
 */
export const useDebouncedEditorValue = <T>(
  editor: Editor,
  compute: (editor: Editor) => T,
  isEqual?: (a: T, b: T) => boolean,
  delayMs = EDITOR_VALUE_DEBOUNCE_MS,
): T => {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let timer: number | undefined
      const schedule = () => {
        window.clearTimeout(timer)
        timer = window.setTimeout(onChange, delayMs)
      }
      editor.on('update', schedule)
      return () => {
        editor.off('update', schedule)
        window.clearTimeout(timer)
      }
    },
    [editor, delayMs],
  )
  const read = useCallback(() => compute(editor), [editor, compute])
  return useSubscribedValue(subscribe, read, isEqual)
}
