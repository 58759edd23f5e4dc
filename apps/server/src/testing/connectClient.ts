import { COPLAN_MESSAGES_PARAM, MessageType } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import { onTestFinished } from 'vitest'
import { WebSocket } from 'ws'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

export interface TestClient {
  doc: Y.Doc
  provider: WebsocketProvider
  /** The plan body, as the editor binds it. */
  body: Y.XmlFragment
  /** Resolves once the provider has synced with the server. */
  synced: Promise<void>
  /** Appends a paragraph with `text` to the body, as typing would. */
  appendParagraph(text: string): void
  /** All text of the body's paragraphs and headings, one per line. */
  text(): string
}

/**
 * A real Yjs client through the stock y-websocket `WebsocketProvider`, authenticated with an
 * access token (as scripts are), destroyed when the current test finishes. It asks for
 * Coplan's own messages as the web app does (tests that read them set their own handler);
 * `{ stock: true }` connects as an unmodified provider would, which gets the standard protocol only.
 */
export const connectClient = (
  collabUrl: string,
  planId: string,
  token: string,
  { stock = false }: { stock?: boolean } = {},
): TestClient => {
  const doc = new Y.Doc()
  const provider = new WebsocketProvider(collabUrl, planId, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    params: stock ? { token } : { token, [COPLAN_MESSAGES_PARAM]: '1' },
  })
  if (!stock) {
    for (const type of [
      MessageType.SessionNotice,
      MessageType.CommentEvent,
      MessageType.PersistedAck,
    ]) {
      provider.messageHandlers[type] = () => {}
    }
  }
  onTestFinished(() => {
    provider.destroy()
    doc.destroy()
  })
  const body = doc.getXmlFragment(PLAN_BODY_FIELD)
  const synced = new Promise<void>((resolve) => {
    if (provider.synced) resolve()
    else provider.once('sync', () => resolve())
  })
  return {
    doc,
    provider,
    body,
    synced,
    appendParagraph: (text) => {
      const paragraph = new Y.XmlElement('paragraph')
      paragraph.insert(0, [new Y.XmlText(text)])
      body.push([paragraph])
    },
    text: () =>
      body
        .toArray()
        .map((node) => (node instanceof Y.XmlElement ? textOf(node) : ''))
        .join('\n'),
  }
}

const textOf = (element: Y.XmlElement): string =>
  element
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toString() : textOf(child as Y.XmlElement)))
    .join('')
