/**
 * Websocket close codes the server uses, with the reason sent alongside. y-websocket's provider
 * stops reconnecting on 4400–4499 (a decision reconnecting cannot fix) and retries on anything
 * else, so permanent refusals live in 44xx and transient failures in 45xx.
 */
export const CloseCode = {
  /** Normal close: the server is shutting down; the client reconnects to the next one. */
  GoingAway: 1001,
  /** A message could not be decoded or broke the protocol. */
  MalformedMessage: 4400,
  /** No valid credentials (or they expired while connected). */
  Unauthenticated: 4401,
  /** Credentials are valid but do not allow reading this plan. */
  Forbidden: 4403,
  /** The plan does not exist. */
  PlanNotFound: 4404,
  /** An edit was written under a Yjs client id that belongs to someone else in this plan. */
  ClientIdTaken: 4409,
  /** Edits build on changes the server never received, and the client could not send them. */
  MissingDependency: 4412,
  /** A message was larger than the server accepts. */
  MessageTooLarge: 4413,
  /**
   * An edit goes beyond a limit of what a plan may hold; the reason names it (`limit:depth`,
   * `limit:size`…, see `planLimitReason`) for the editor to say which.
   */
  ContentRefused: 4422,
  /** The connection sent more messages than the server accepts per second. */
  RateLimited: 4429,
  /** The person or address has more connections open than the server allows. */
  TooManyConnections: 4430,
  /** The plan could not be loaded from storage; retrying may succeed. */
  LoadFailed: 4500,
  /** The plan's storage failed; the plan was reloaded from the last stored state. */
  StorageFailed: 4503,
} as const

export type CloseCode = (typeof CloseCode)[keyof typeof CloseCode]

/** Human-readable reasons; a close reason must stay under 123 bytes. */
export const closeReasons: Record<CloseCode, string> = {
  [CloseCode.GoingAway]: 'Server is restarting',
  [CloseCode.MalformedMessage]: 'Malformed message',
  [CloseCode.Unauthenticated]: 'Not signed in',
  [CloseCode.Forbidden]: 'You may not open this plan',
  [CloseCode.PlanNotFound]: 'Plan not found',
  [CloseCode.ClientIdTaken]: "Edit under another person's client id",
  [CloseCode.MissingDependency]: 'Edits build on changes the server never received',
  [CloseCode.MessageTooLarge]: 'Message too large',
  [CloseCode.ContentRefused]: 'Edit goes beyond what a plan may hold',
  [CloseCode.RateLimited]: 'Too many messages',
  [CloseCode.TooManyConnections]: 'Too many open connections',
  [CloseCode.LoadFailed]: 'The plan could not be loaded',
  [CloseCode.StorageFailed]: 'The server could not save changes',
}
