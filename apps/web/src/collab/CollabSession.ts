import { MessageType, readSessionNotice } from '@coplan/protocol'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'

/** What the UI needs to know about the connection of one plan. */
export interface SessionState {
  /** The socket's own state, as y-websocket reports it. */
  socket: 'connecting' | 'connected' | 'disconnected'
  /** The document matches the server's (sync step 2 received on this socket). */
  synced: boolean
  /** The document was synced at least once, so it holds the real plan, not an empty one. */
  hasSynced: boolean
  /** Sockets that closed so far; a first connection that keeps failing counts as offline. */
  failedConnections: number
  /** The browser reports no network (`navigator.onLine`); sockets may not have noticed yet. */
  browserOffline: boolean
  /** The server refused this session for good (close code 4400–4499); no reconnects follow. */
  closed: { code: number; reason: string } | null
  /** From the server's SessionNotice: false means the server drops this client's edits. */
  canWrite: boolean
  readOnlyReason: string | null
}

const INITIAL_STATE: SessionState = {
  socket: 'connecting',
  synced: false,
  hasSynced: false,
  failedConnections: 0,
  browserOffline: false,
  closed: null,
  canWrite: true,
  readOnlyReason: null,
}

/** `ws://host/collab` or `wss://host/collab`: the server lives on the page's own origin. */
export const collabServerUrl = (): string =>
  `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/collab`

export interface CollabSessionOptions {
  serverUrl?: string
  /**
   * Whether the person may write, as the API said when the plan was opened. The server's
   * SessionNotice has the last word; starting from the API's answer keeps a mentor's editor
   * from being editable for the moment between the sync and the notice.
   */
  canWrite?: boolean
}

/**
 * One plan's Y.Doc and its websocket, plus the connection state as an external store for
 * `useSyncExternalStore`. The provider connects as soon as the session exists, authenticated by
 * the session cookie the browser sends with the upgrade; `destroy()` closes the socket and frees
 * the document.
 */
export class CollabSession {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  #state: SessionState = INITIAL_STATE
  readonly #listeners = new Set<() => void>()

  constructor(
    planId: string,
    { serverUrl = collabServerUrl(), canWrite = true }: CollabSessionOptions = {},
  ) {
    this.#state = { ...INITIAL_STATE, canWrite }
    // The server is the only authority: a tab the server made read-only must not pass its
    // edits to another tab through BroadcastChannel.
    this.provider = new WebsocketProvider(serverUrl, planId, this.doc, { disableBc: true })
    this.provider.messageHandlers[MessageType.SessionNotice] = (_encoder, decoder) => {
      try {
        const notice = readSessionNotice(decoder)
        this.#update({ canWrite: notice.canWrite, readOnlyReason: notice.reason ?? null })
      } catch (error) {
        console.error(`Malformed session notice for plan ${planId}`, error)
      }
    }
    this.provider.on('status', ({ status }) => this.#update({ socket: status }))
    this.provider.on('sync', (synced) =>
      this.#update(synced ? { synced, hasSynced: true } : { synced }),
    )
    this.provider.on('connection-close', () =>
      this.#update({ synced: false, failedConnections: this.#state.failedConnections + 1 }),
    )
    this.provider.on('closed', ({ code, reason }) => this.#update({ closed: { code, reason } }))
    this.#update({ browserOffline: !navigator.onLine })
    window.addEventListener('offline', this.#onOffline)
    window.addEventListener('online', this.#onOnline)
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  getState = (): SessionState => this.#state

  destroy(): void {
    window.removeEventListener('offline', this.#onOffline)
    window.removeEventListener('online', this.#onOnline)
    this.#listeners.clear()
    this.provider.destroy()
    this.doc.destroy()
  }

  #onOffline = (): void => this.#update({ browserOffline: true })

  /**
   * A socket that lived through a network change may be dead without knowing it (y-websocket
   * only notices after 30 s of silence), so back online means a fresh socket and a resync.
   */
  #onOnline = (): void => {
    this.#update({ browserOffline: false })
    if (this.#state.closed) return
    this.provider.disconnect()
    this.provider.connect()
  }

  #update(patch: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...patch }
    for (const listener of this.#listeners) listener()
  }
}
