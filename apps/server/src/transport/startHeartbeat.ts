import type { WebSocket, WebSocketServer } from 'ws'

/**
 * Pings every client each interval and terminates those that did not answer the previous
 * ping, so connections dropped without a close (a laptop lid, a dead network) are noticed.
 * Returns a function that stops the heartbeat.
 */
export const startHeartbeat = (wss: WebSocketServer, intervalMs: number): (() => void) => {
  const alive = new WeakSet<WebSocket>()
  wss.on('connection', (socket) => {
    alive.add(socket)
    socket.on('pong', () => alive.add(socket))
  })
  const timer = setInterval(() => {
    for (const socket of wss.clients) {
      if (!alive.has(socket)) {
        socket.terminate()
        continue
      }
      alive.delete(socket)
      socket.ping()
    }
  }, intervalMs)
  timer.unref()
  return () => clearInterval(timer)
}
