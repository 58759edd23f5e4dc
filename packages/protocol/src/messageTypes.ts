/**
 * The first varint of every websocket message. 0–3 are the y-websocket protocol's, so the stock
 * `WebsocketProvider` talks to Coplan unchanged; Coplan's own messages start at 100, which a
 * stock client ignores.
 */
export const MessageType = {
  /** y-protocols sync: step 1 (state vector), step 2 (missing updates), update. */
  Sync: 0,
  /** y-protocols awareness update (carets, selections, who is here). */
  Awareness: 1,
  /** y-protocols auth: permission denied. */
  Auth: 2,
  /** Asks the other side to send its full awareness state. */
  QueryAwareness: 3,
  /** Coplan: what this connection may do now (see `sessionNotice.ts`). */
  SessionNotice: 100,
  /** Coplan: a comment thread changed (see `commentEvent.ts`). */
  CommentEvent: 101,
  /** Coplan: what the server has stored, sent after it stored what a client sent. */
  PersistedAck: 102,
} as const

export type MessageType = (typeof MessageType)[keyof typeof MessageType]
