import { MessageType } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import * as awarenessProtocol from 'y-protocols/awareness'
import { describe, expect, it } from 'vitest'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly'

/** A socket that is open at once and keeps what is sent on it. */
class RecordingSocket {
  static readonly OPEN = 1
  readonly OPEN = 1
  readyState = 1
  binaryType = 'arraybuffer'
  readonly sent: Uint8Array[] = []
  onopen: (() => void) | null = null
  onclose: (() => void) | null = null
  onmessage: (() => void) | null = null
  onerror: (() => void) | null = null
  send(data: Uint8Array): void {
    this.sent.push(data)
  }
  close(): void {}
}

/** The client ids of the awareness messages among `messages`, one list per message. */
const awarenessClientsOf = (messages: Uint8Array[]): number[][] =>
  messages.flatMap((message) => {
    const decoder = decoding.createDecoder(message)
    if (decoding.readVarUint(decoder) !== MessageType.Awareness) return []
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
    const clients: number[] = []
    for (let i = decoding.readVarUint(update); i > 0; i--) {
      clients.push(decoding.readVarUint(update))
      decoding.readVarUint(update)
      decoding.readVarString(update)
    }
    return [clients]
  })

const setUp = () => {
  const sockets: RecordingSocket[] = []
  const Socket = class extends RecordingSocket {
    constructor() {
      super()
      sockets.push(this)
    }
  }
  const provider = new WebsocketProvider('ws://coplan.test/collab', 'plan', new Y.Doc(), {
    WebSocketPolyfill: Socket as unknown as typeof WebSocket,
    disableBc: true,
  })
  const stop = sendOwnAwarenessOnly(provider)
  const [socket] = sockets
  if (!socket) throw new Error('The provider opened no socket')
  socket.onopen?.()
  // What y-websocket sends on opening (its handshake, our own state) is not under test.
  socket.sent.length = 0
  return { provider, socket, stop }
}

/** An awareness update from someone else, as the server relays it. */
const othersUpdate = (count: number): Uint8Array => {
  const others = new awarenessProtocol.Awareness(new Y.Doc())
  const states = Array.from({ length: count }, (_, i) => 1000 + i)
  for (const clientId of states) {
    others.states.set(clientId, { cursor: null, user: { name: `Person ${clientId}` } })
    others.meta.set(clientId, { clock: 1, lastUpdated: Date.now() })
  }
  return awarenessProtocol.encodeAwarenessUpdate(others, states)
}

describe('sendOwnAwarenessOnly', () => {
  it('does not send other people’s carets back to the server', () => {
    const { provider, socket } = setUp()
    awarenessProtocol.applyAwarenessUpdate(provider.awareness, othersUpdate(20), provider)
    expect(provider.awareness.getStates().size).toBe(21)
    expect(awarenessClientsOf(socket.sent)).toEqual([])
    provider.destroy()
  })

  it('sends this tab’s own state, and only it, when it changes', () => {
    const { provider, socket } = setUp()
    awarenessProtocol.applyAwarenessUpdate(provider.awareness, othersUpdate(3), provider)
    provider.awareness.setLocalStateField('cursor', { anchor: 1, head: 1 })
    expect(awarenessClientsOf(socket.sent)).toEqual([[provider.awareness.clientID]])
    provider.destroy()
  })

  it('stops when asked', () => {
    const { provider, socket, stop } = setUp()
    stop()
    provider.awareness.setLocalStateField('cursor', { anchor: 2, head: 2 })
    expect(awarenessClientsOf(socket.sent)).toEqual([])
    provider.destroy()
  })
})
