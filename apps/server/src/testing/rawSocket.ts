import { WebSocket } from 'ws'

export interface RawSocketResult {
  /** The HTTP status when the upgrade was refused; 101 when it was accepted. */
  status: number
  socket: WebSocket | null
  /** Every message received, in order. */
  messages: Uint8Array[]
  /** Resolves with the close code once the socket closes. */
  closed: Promise<number>
  /** Resolves with the close code and reason once the socket closes. */
  closedWith: Promise<{ code: number; reason: string }>
}

/**
 * Opens a websocket without any Yjs client behind it, to send exactly the bytes a test wants
 * and to see exactly how the server answers the upgrade.
 */
export const openRawSocket = (
  url: string,
  headers: Record<string, string> = {},
): Promise<RawSocketResult> =>
  new Promise((resolve, reject) => {
    const socket = new WebSocket(url, { headers })
    const messages: Uint8Array[] = []
    const closedWith = new Promise<{ code: number; reason: string }>((done) =>
      socket.once('close', (code, reason) => done({ code, reason: reason.toString() })),
    )
    const closed = closedWith.then(({ code }) => code)
    socket.on('message', (data: Buffer) => messages.push(new Uint8Array(data)))
    socket.once('open', () => resolve({ status: 101, socket, messages, closed, closedWith }))
    socket.once('unexpected-response', (_request, response) => {
      resolve({ status: response.statusCode ?? 0, socket: null, messages, closed, closedWith })
      socket.terminate()
    })
    socket.once('error', (error) => {
      if (socket.readyState === socket.CLOSED) return
      reject(error)
    })
  })
