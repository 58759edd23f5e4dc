import http from 'node:http'
import * as decoding from 'lib0/decoding'
import { WebSocketServer } from 'ws'
import type WebSocket from 'ws'

/**
 * The floor: a relay that keeps no document. It answers a client's sync step 1 with an empty
 * step 2 (so clients count as synced) and forwards every other frame, unchanged, to the other
 * clients on the same path. No server can deliver with less work.
 */
const EMPTY_STEP2 = new Uint8Array([0, 1, 2, 0, 0])
const rooms = new Map<string, Set<WebSocket>>()
const server = http.createServer()
const wss = new WebSocketServer({ server, perMessageDeflate: false })
wss.on('connection', (socket, request) => {
  const room = request.url ?? '/'
  const peers = rooms.get(room) ?? new Set<WebSocket>()
  rooms.set(room, peers)
  peers.add(socket)
  socket.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(data)
    if (decoding.readVarUint(decoder) === 0 && decoding.readVarUint(decoder) === 0) {
      socket.send(EMPTY_STEP2)
      return
    }
    for (const peer of peers) if (peer !== socket) peer.send(data)
  })
  socket.on('close', () => peers.delete(socket))
})
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address()
  console.log(`listening on ${typeof address === 'object' && address ? address.port : ''}`)
})
