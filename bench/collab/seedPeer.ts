import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import WebSocket from 'ws'
import type { Dialect } from './dialect'
import { frameFor, hocuspocusAuth } from './dialect'

/**
 * Uploads a document's starting state to a peer that keeps documents, then disconnects. When
 * its last client leaves, Hocuspocus stores the document at once; y-websocket's LevelDB stored
 * the update when it arrived. Whether it was really kept shows only after a restart: see
 * `fetchState`.
 */
export const seed = async (
  url: string,
  dialect: Dialect,
  documentName: string,
  state: Uint8Array,
): Promise<void> => {
  const socket = new WebSocket(url)
  await new Promise((resolve, reject) => {
    socket.once('open', resolve)
    socket.once('error', reject)
  })
  if (dialect === 'hocuspocus') socket.send(hocuspocusAuth(documentName, 'bench'))
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 0)
  syncProtocol.writeUpdate(encoder, state)
  socket.send(frameFor(dialect, documentName, encoding.toUint8Array(encoder)))
  // Give the server a moment to apply (and, for peers that debounce, to start storing) it.
  await new Promise((resolve) => setTimeout(resolve, 300))
  socket.close()
  await new Promise((resolve) => socket.once('close', resolve))
}

/** Seeds many documents, `concurrency` at a time (1: one after the other). */
export const seedAll = async (
  plans: readonly {
    url: (client: number) => string
    documentName: string
    baseState: Uint8Array
  }[],
  dialect: Dialect,
  concurrency: number,
): Promise<void> => {
  let next = 0
  const worker = async (): Promise<void> => {
    while (next < plans.length) {
      const plan = plans[next++]
      if (plan) await seed(plan.url(0), dialect, plan.documentName, plan.baseState)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, concurrency) }, worker))
}
