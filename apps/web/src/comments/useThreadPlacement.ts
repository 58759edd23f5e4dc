import type { Editor } from '@tiptap/core'
import { useEditorState } from '@tiptap/react'
import { useMemo } from 'react'
import { commentHighlightsOf, DRAFT_ID } from './commentHighlights'

export interface ThreadPlacement {
  /** Thread ids (and `DRAFT_ID`) whose passage is in the text, in the order of the text. */
  attached: readonly string[]
  detached: ReadonlySet<string>
}

/** One string per placement, so the panel re-renders when the order changes, not per keystroke. */
const placementKey = (editor: Editor): string => {
  const state = commentHighlightsOf(editor.state)
  if (!state) return '|'
  const entries = [...state.ranges]
  if (state.draft?.range) entries.push([DRAFT_ID, state.draft.range])
  const attached = entries.flatMap(([id, range]) => (range ? [{ id, ...range }] : []))
  attached.sort((a, b) => a.from - b.from || a.to - b.to)
  const detached = entries.flatMap(([id, range]) => (range ? [] : [id]))
  return `${attached.map((entry) => entry.id).join(' ')}|${detached.join(' ')}`
}

/** Where the threads' passages are relative to each other, as the highlights have them. */
export const useThreadPlacement = (editor: Editor): ThreadPlacement => {
  const key = useEditorState({ editor, selector: ({ editor: current }) => placementKey(current) })
  return useMemo(() => {
    const [attached = '', detached = ''] = key.split('|')
    return {
      attached: attached.split(' ').filter(Boolean),
      detached: new Set(detached.split(' ').filter(Boolean)),
    }
  }, [key])
}
