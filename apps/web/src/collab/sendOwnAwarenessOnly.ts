import { MessageType } from '@coplan/protocol'
import * as encoding from 'lib0/encoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import type { WebsocketProvider } from 'y-websocket'

/**
 * Makes the provider send only this tab's own awareness state. y-websocket sends every
 * awareness change, other people's included, so each caret the server relays came straight
 * back from every open editor; and the server, which lets a client speak only for itself and
 * refuses updates of more than a few entries, closed the socket of any editor that joined a
 * plan with 9 or more people present, or received 9 carets in one batch, as soon as it echoed
 * them. The states of others are the server's to relay, not ours.
 *
 * Replaces y-websocket's own awareness listener (`_awarenessUpdateHandler`); y-websocket still
 * sends the local state itself when a socket opens.
 */
export const sendOwnAwarenessOnly = (provider: WebsocketProvider): (() => void) => {
  const { awareness } = provider
  const onUpdate = ({
    added,
    updated,
    removed,
  }: {
    added: number[]
    updated: number[]
    removed: number[]
  }) => {
    const own = awareness.clientID
    if (!added.includes(own) && !updated.includes(own) && !removed.includes(own)) return
    if (!provider.wsconnected || !provider.ws) return
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, MessageType.Awareness)
    encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, [own]))
    provider.ws.send(encoding.toUint8Array(encoder))
  }
  awareness.off('update', provider._awarenessUpdateHandler)
  awareness.on('update', onUpdate)
  return () => awareness.off('update', onUpdate)
}
