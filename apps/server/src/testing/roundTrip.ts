import { MessageType } from '@coplan/protocol'
import * as decoding from 'lib0/decoding'
import * as syncProtocol from 'y-protocols/sync'
import type { TestClient } from './connectClient'
import { frame } from './frame'

/**
 * Resolves once the server has answered a sync step 1 that `client` sends now. The server
 * handles a socket's messages in order and stores and relays what it accepts before it answers
 * a sync step 1, so by then it has dealt with everything the client sent before, and its answer
 * (the client's sync step 2, which the client applies) brings whatever the server's copy holds
 * that the client's lacks. The positive signal to wait for where a test would otherwise wait
 * "long enough" for something that must not happen.
 */
export const roundTrip = (client: TestClient): Promise<void> =>
  new Promise((resolve, reject) => {
    const { provider } = client
    const handle = provider.messageHandlers[MessageType.Sync]
    if (!handle || !provider.ws) {
      reject(new Error('The client has no open connection to ask through'))
      return
    }
    provider.messageHandlers[MessageType.Sync] = (encoder, decoder, ...rest) => {
      const isAnswer = decoding.peekVarUint(decoder) === syncProtocol.messageYjsSyncStep2
      handle(encoder, decoder, ...rest)
      if (!isAnswer) return
      provider.messageHandlers[MessageType.Sync] = handle
      resolve()
    }
    const ask = frame(MessageType.Sync, (encoder) =>
      syncProtocol.writeSyncStep1(encoder, client.doc),
    )
    // lib0 encodes into a plain ArrayBuffer; its type only says "ArrayBufferLike".
    provider.ws.send(ask as Uint8Array<ArrayBuffer>)
  })
