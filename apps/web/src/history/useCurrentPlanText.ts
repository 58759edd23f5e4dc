import { planDocToJSON } from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import { useEffect, useState } from 'react'
import { connectionView } from '../collab/connectionView'
import type { ConnectionView } from '../collab/connectionView'
import { useCollabSession } from '../collab/useCollabSession'

/** How long the text must rest before it is read again for a live comparison. */
const REREAD_DELAY_MS = 400

export interface CurrentPlanText {
  /** `null` until the first sync. */
  content: JSONContent | null
  connection: ConnectionView
}

const INITIAL: CurrentPlanText = { content: null, connection: 'connecting' }

/**
 * The plan's current text as ProseMirror JSON, from a session of its own that never writes,
 * re-read as people type so that a comparison with the current text stays true. The session
 * leaves the plan's list of people here alone: a reader of the history is not in the editor.
 */
export const useCurrentPlanText = (planId: string): CurrentPlanText => {
  // Nothing to keep on the device: the reader never writes, and the history needs the server.
  const session = useCollabSession(planId, { canWrite: false, deviceCopyName: null })
  const [current, setCurrent] = useState(INITIAL)

  useEffect(() => {
    if (!session) return
    session.provider.awareness.setLocalState(null)
    let timer: number | undefined
    const read = () => {
      const state = session.getState()
      const content = state.hasSynced ? planDocToJSON(session.doc) : null
      setCurrent((previous) => ({
        content: content ?? previous.content,
        connection: connectionView(state),
      }))
    }
    const readLater = () => {
      window.clearTimeout(timer)
      timer = window.setTimeout(read, REREAD_DELAY_MS)
    }
    read()
    const unsubscribe = session.subscribe(read)
    session.doc.on('update', readLater)
    return () => {
      window.clearTimeout(timer)
      unsubscribe()
      session.doc.off('update', readLater)
      setCurrent(INITIAL)
    }
  }, [session])

  return current
}
