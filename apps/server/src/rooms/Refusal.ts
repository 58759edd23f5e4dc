import type { CloseCode } from '@coplan/protocol'
import { closeReasons } from '@coplan/protocol'

/**
 * Why a room closes a connection for what it sent: the close code and the reason its client
 * reads (a short code for the web app to translate, or `closeReasons`' text). Anything else
 * thrown while handling a message closes with `MalformedMessage`.
 */
export class Refusal extends Error {
  constructor(
    readonly code: CloseCode,
    readonly reason: string = closeReasons[code],
    message: string = reason,
  ) {
    super(message)
  }
}
