import type { Editor } from '@tiptap/core'
import { useCallback, useEffect, useState } from 'react'
import { commentHighlightsOf } from './commentHighlights'
import { scrollPassageIntoView } from './scrollPassageIntoView'

/**
 * Brings a thread's card, and its passage if asked, into view once both are rendered (the next
 * frame after the focus changed: the highlights and the card layout catch up first).
 */
export const useScrollToThread = (editor: Editor): ((id: string, passage: boolean) => void) => {
  const [request, setRequest] = useState<{ id: string; passage: boolean } | null>(null)
  useEffect(() => {
    if (!request) return
    const frame = window.requestAnimationFrame(() => {
      if (editor.isDestroyed) return
      const range = commentHighlightsOf(editor.state)?.ranges.get(request.id)
      if (request.passage && range) scrollPassageIntoView(editor.view, range)
      document
        .querySelector(`[data-card-id="${CSS.escape(request.id)}"]`)
        ?.scrollIntoView({ block: 'nearest' })
    })
    return () => window.cancelAnimationFrame(frame)
  }, [editor, request])
  return useCallback((id: string, passage: boolean) => setRequest({ id, passage }), [])
}
