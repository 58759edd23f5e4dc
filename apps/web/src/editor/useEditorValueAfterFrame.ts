import type { Editor } from '@tiptap/core'
import { useCallback } from 'react'
import { useSubscribedValue } from '../lib/useSubscribedValue'

/** At the latest this long after a transaction, even on a main thread that is never idle. */
const MAX_DELAY_MS = 100

/** Runs `run` once the main thread is idle (after the next frame); returns a cancel function. */
const whenIdle = (run: () => void): (() => void) => {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: MAX_DELAY_MS })
    return () => cancelIdleCallback(handle)
  }
  // Safari has no idle callbacks: a delay past the frame that shows the change.
  const timer = setTimeout(run, 50)
  return () => clearTimeout(timer)
}

/**
 * `compute(editor)`, recomputed when the main thread is idle after a transaction: for what may
 * show a frame late (the toolbar's pressed and disabled buttons), so that computing it never
 * delays the frame that shows a typed character, nor asks for a frame of its own. Several
 * transactions in a row are one recomputation. Only the calling component re-renders, and only
 * when the value differs by `isEqual`; `compute` and `isEqual` must be stable.
 */
export const useEditorValueAfterFrame = <T>(
  editor: Editor,
  compute: (editor: Editor) => T,
  isEqual?: (a: T, b: T) => boolean,
): T => {
  const subscribe = useCallback(
    (onChange: () => void) => {
      let cancel: (() => void) | null = null
      const schedule = () => {
        cancel ??= whenIdle(() => {
          cancel = null
          onChange()
        })
      }
      // 'update' also comes from `setEditable`, which makes no transaction.
      editor.on('transaction', schedule)
      editor.on('update', schedule)
      return () => {
        editor.off('transaction', schedule)
        editor.off('update', schedule)
        cancel?.()
      }
    },
    [editor],
  )
  const read = useCallback(() => compute(editor), [editor, compute])
  return useSubscribedValue(subscribe, read, isEqual)
}
