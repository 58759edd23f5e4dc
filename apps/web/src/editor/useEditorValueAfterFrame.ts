import type { Editor } from '@tiptap/core'
import { useCallback } from 'react'
import { useSubscribedValue } from '../lib/useSubscribedValue'

/**
 * `compute(editor)`, recomputed in the frame after the one that follows a transaction: for what
 * may show a frame late (the toolbar's pressed and disabled buttons), so that computing it never
 * delays the frame that shows a typed character. Several transactions in one frame are one
 * recomputation. Only the calling component re-renders, and only when the value differs by
 * `isEqual`; `compute` and `isEqual` must be stable.
 */
export const useEditorValueAfterFrame = <T>(
  editor: Editor,
  compute: (editor: Editor) => T,
  isEqual?: (a: T, b: T) => boolean,
): T => {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let frame = 0
      const schedule = () => {
        if (frame) return
        frame = requestAnimationFrame(() => {
          frame = requestAnimationFrame(() => {
            frame = 0
            onChange()
          })
        })
      }
      // 'update' also comes from `setEditable`, which makes no transaction.
      editor.on('transaction', schedule)
      editor.on('update', schedule)
      return () => {
        editor.off('transaction', schedule)
        editor.off('update', schedule)
        cancelAnimationFrame(frame)
      }
    },
    [editor],
  )
  const read = useCallback(() => compute(editor), [editor, compute])
  return useSubscribedValue(subscribe, read, isEqual)
}
