/**
 * One client's socket as rooms see it. Rooms never touch the socket library; the transport
 * adapts a `ws` socket to this, and tests can drive a room with plain objects.
 */
export interface Connection {
  /** For log lines only. */
  readonly id: string
  /** Whether the server accepts this client's document updates. */
  canWrite: boolean
  send(message: Uint8Array): void
  close(code: number, reason: string): void
}
