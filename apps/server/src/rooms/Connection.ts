import type { ReadOnlyCode } from '@coplan/protocol'

/** Why a connection or a whole plan may not be written, for the session notice. */
export interface ReadOnly {
  code: ReadOnlyCode
  reason: string
}

/**
 * One client's socket as rooms see it. Rooms never touch the socket library; the transport
 * adapts a `ws` socket to this, and tests can drive a room with plain objects.
 */
export interface Connection {
  /** For log lines only. */
  readonly id: string
  /** Whether the server accepts this client's document updates. */
  canWrite: boolean
  /** Why not, when `canWrite` is false (shown in the editor). */
  readOnly: ReadOnly | null
  /**
   * Who this is, as the server knows them: relayed as the `user` field of the connection's
   * awareness state whatever the client claims. `null` leaves the client's own.
   */
  identity: Readonly<Record<string, unknown>> | null
  /** Sends the messages in order; several are written to the network at once. */
  send(...messages: Uint8Array[]): void
  close(code: number, reason: string): void
}
