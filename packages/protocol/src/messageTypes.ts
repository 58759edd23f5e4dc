/**
 * The first varint of every websocket message. 0–3 are the y-websocket protocol's, so the stock
 * `WebsocketProvider` talks to Coplan unchanged. Coplan's own messages start at 100 and go only
 * to clients that ask for them (`COPLAN_MESSAGES_PARAM`): a stock provider logs "Unable to
 * compute message" for each message type it does not know.
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

/**
 * The query parameter (`?coplan=1` on the websocket address) by which a client asks for
 * Coplan's own messages (session notices, comment events, save acknowledgements).
 */
export const COPLAN_MESSAGES_PARAM = 'coplan'

/** Whether a message is one of Coplan's own: its type, a varint, is 100 or more. */
export const isCoplanMessage = (message: Uint8Array): boolean =>
  (message[0] ?? 0) >= MessageType.SessionNotice
