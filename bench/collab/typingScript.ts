import * as encoding from 'lib0/encoding'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'

/** Everything one simulated typist will send, prepared before the clock starts. */
export interface TypingScript {
  clientId: number
  /** Sync update messages, one per keystroke. */
  keystrokes: Uint8Array[]
  /** The client's clock after each keystroke: how receivers recognise it. */
  clocks: number[]
  /** Awareness messages (the caret after each keystroke), sent right after it. */
  carets: Uint8Array[]
}

const message = (type: number, write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, type)
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/**
 * A typist who adds a paragraph at the end of the plan body and types into it, one character per
 * keystroke, as TipTap would produce it: each keystroke is the real Yjs update of that edit,
 * made on a fork of `baseState` so it integrates on any server holding that state.
 */
export const makeTypingScript = (
  baseState: Uint8Array,
  keystrokes: number,
  field = 'body',
): TypingScript => {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, baseState)
  const body = doc.getXmlFragment(field)
  const updates: Uint8Array[] = []
  doc.on('update', (update: Uint8Array) => updates.push(update))
  const paragraph = new Y.XmlElement('paragraph')
  const text = new Y.XmlText()
  paragraph.insert(0, [text])
  const clocks: number[] = []
  const carets: Uint8Array[] = []
  const words = 'digital government services for every citizen '
  for (let k = 0; k < keystrokes; k++) {
    const char = words[k % words.length] as string
    if (k === 0) {
      text.insert(0, char)
      body.push([paragraph])
    } else {
      text.insert(k, char)
    }
    clocks.push(Y.getState(doc.store, doc.clientID))
    carets.push(
      message(1, (encoder) => {
        const inner = encoding.createEncoder()
        encoding.writeVarUint(inner, 1)
        encoding.writeVarUint(inner, doc.clientID)
        encoding.writeVarUint(inner, k + 1)
        encoding.writeVarString(inner, JSON.stringify({ cursor: { anchor: k + 1, head: k + 1 } }))
        encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner))
      }),
    )
  }
  const script = {
    clientId: doc.clientID,
    keystrokes: updates.map((update) =>
      message(0, (encoder) => syncProtocol.writeUpdate(encoder, update)),
    ),
    clocks,
    carets,
  }
  doc.destroy()
  return script
}
