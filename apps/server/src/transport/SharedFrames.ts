/**
 * Websocket frames for messages that go to many connections, framed once.
 *
 * A room hands the same message objects (a turn's merged update, its carets) to every
 * connection of a plan; framing each for each socket, and writing the frames as separate
 * chunks, was a good part of a relay's work. Here a small message is framed the first time it
 * is sent and the frame is reused until the message is garbage (a `WeakMap`), and everything a
 * connection gets in a turn becomes one buffer for one write. A large message (a whole plan
 * for a joiner) is not copied: its header is written before the message itself.
 *
 * The frames are what `ws` itself writes for a server's unfragmented binary message: no mask,
 * no compression (the server never negotiates permessage-deflate) and no extensions.
 */
export class SharedFrames {
  readonly #frames = new WeakMap<Uint8Array, Buffer>()
  /**
   * The last several-message buffer built: a room sends the same messages (the update and the
   * carets) to one connection after another, which then share one buffer, not a copy each.
   */
  #lastJoined: { messages: readonly Uint8Array[]; bytes: Buffer } | null = null

  /** The chunks to write, in order, for `messages`, each as one binary frame. */
  chunksFor(messages: readonly Uint8Array[]): Uint8Array[] {
    if (messages.every((message) => message.byteLength < LARGE_MESSAGE_BYTES)) {
      if (messages.length === 1) return [this.#frame(messages[0] as Uint8Array)]
      const last = this.#lastJoined
      if (last && sameMessages(last.messages, messages)) return [last.bytes]
      const bytes = Buffer.concat(messages.map((message) => this.#frame(message)))
      this.#lastJoined = { messages: [...messages], bytes }
      return [bytes]
    }
    return messages.flatMap((message) =>
      message.byteLength < LARGE_MESSAGE_BYTES
        ? [this.#frame(message)]
        : [frameHeader(message.byteLength), message],
    )
  }

  #frame(message: Uint8Array): Buffer {
    const cached = this.#frames.get(message)
    if (cached) return cached
    const header = frameHeader(message.byteLength)
    const frame = Buffer.allocUnsafe(header.byteLength + message.byteLength)
    frame.set(header, 0)
    frame.set(message, header.byteLength)
    this.#frames.set(message, frame)
    return frame
  }
}

const sameMessages = (a: readonly Uint8Array[], b: readonly Uint8Array[]): boolean =>
  a.length === b.length && a.every((message, i) => message === b[i])

/** Messages from this size on are written after their header instead of copied into a frame. */
const LARGE_MESSAGE_BYTES = 64 * 1024

/** The header of one final, unmasked binary frame (RFC 6455 §5.2) of `length` bytes. */
export const frameHeader = (length: number): Buffer => {
  if (length < 126) return Buffer.from([0x82, length]) // FIN, opcode 2 (binary)
  if (length < 0x10000) {
    const header = Buffer.from([0x82, 126, 0, 0])
    header.writeUInt16BE(length, 2)
    return header
  }
  const header = Buffer.from([0x82, 127, 0, 0, 0, 0, 0, 0, 0, 0])
  header.writeBigUInt64BE(BigInt(length), 2)
  return header
}
