import { useEffect, useRef } from 'react'

/** Add a comment, as in Google Docs; in Tiptap notation, for the toolbar's tooltip. */
export const COMMENT_SHORTCUT = 'Mod-Alt-m'

const isApple = (): boolean => /Mac|iPhone|iPad/.test(navigator.userAgent)

/**
 * Calls `onComment` on Mod-Alt-M anywhere on the page. It listens on the document rather than
 * in the editor because a read-only editor (a mentor's) cannot take focus, so its keymap never
 * sees a key; the selection is in the editor all the same. `event.code` is used because Alt
 * changes the character (µ on a Mac).
 */
export const useCommentShortcut = (onComment: () => void): void => {
  const latest = useRef(onComment)
  useEffect(() => {
    latest.current = onComment
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const mod = isApple() ? event.metaKey : event.ctrlKey
      if (!mod || !event.altKey || event.shiftKey || event.code !== 'KeyM') return
      event.preventDefault()
      latest.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
