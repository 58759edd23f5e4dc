import {
  CloseCode,
  COPLAN_MESSAGES_PARAM,
  MessageType,
  readCommentEvent,
  readPersistedAck,
  readSessionNotice,
} from '@coplan/protocol'
import type { ReadOnlyCode } from '@coplan/protocol'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { fetchThreads } from '../api/commentApi'
import { ThreadStore } from './ThreadStore'
import { DeviceCopy } from './DeviceCopy'
import { ReconnectScheduler } from './ReconnectScheduler'
import { SaveTracker } from './SaveTracker'
import { sendOwnAwarenessOnly } from './sendOwnAwarenessOnly'

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
  /** Why the session is read-only, for the banner to say in the UI language. */
  readOnlyCode: ReadOnlyCode | null
  /**
   * The copy of the plan kept on this device: still being read, read and holding the plan
   * (it was synced here before), read and empty (first visit on this device), or none at all
   * (no IndexedDB, or the session was opened without one).
   */
  deviceCopy: 'loading' | 'holdsPlan' | 'empty' | 'unavailable'
}

export const INITIAL_SESSION_STATE: SessionState = {
  socket: 'connecting',
  synced: false,
  hasSynced: false,
  failedConnections: 0,
  browserOffline: false,
  closed: null,
  canWrite: true,
  readOnlyReason: null,
  readOnlyCode: null,
  deviceCopy: 'unavailable',
}

/** `ws://host/collab` or `wss://host/collab`: the server lives on the page's own origin. */
export const collabServerUrl = (): string =>
  `${window.location.protocol === 'https:' ? 'wss:' : 'ws:'}//${window.location.host}/collab`

export interface CollabSessionOptions {
  serverUrl?: string
  /**
   * Whether the person may write, as the API said when the plan was opened (or, offline, as it
   * was when they were last online). The server's SessionNotice has the last word; starting
   * from this keeps a mentor's editor from being editable for the moment before the notice.
   */
  canWrite?: boolean
  /** The IndexedDB database of this person's copy of the plan (`deviceCopyName`); none if null. */
  deviceCopyName?: string | null
}

/**
 * One plan's Y.Doc and its websocket, plus the connection state as an external store for
 * `useSyncExternalStore`. `destroy()` closes the socket and frees the document.
 *
 * Lifecycle: the document is kept on the device (`DeviceCopy`), so it opens from there even
 * offline and nothing typed is lost when the tab closes before the server has it. The provider
 * connects at once unless the browser says it is offline, authenticated by the session cookie
 * the browser sends with the upgrade; lost connections are retried with jittered backoff
 * (`ReconnectScheduler`); the browser's offline and online events close and reopen the socket.
 * Each sync merges both ways: the server sends what others wrote meanwhile, y-websocket sends
 * what was written here. `saves` counts local changes until the server's PersistedAck covers
 * them. The plan's comment threads live here too: their events arrive on this socket, and each
 * (re)connection reloads them, since events sent while offline are lost.
 */
export class CollabSession {
  readonly doc = new Y.Doc()
  readonly provider: WebsocketProvider
  readonly threads: ThreadStore
  /** Local changes the server has not confirmed storing yet. */
  readonly saves: SaveTracker
  readonly #reconnects: ReconnectScheduler
  readonly #deviceCopy: DeviceCopy | null
  readonly #stopAwareness: () => void
  #state: SessionState
  #destroyed = false
  readonly #listeners = new Set<() => void>()

  constructor(
    planId: string,
    {
      serverUrl = collabServerUrl(),
      canWrite = true,
      deviceCopyName = null,
    }: CollabSessionOptions = {},
  ) {
    this.#state = { ...INITIAL_SESSION_STATE, canWrite, browserOffline: !navigator.onLine }
    this.threads = new ThreadStore((signal) => fetchThreads(planId, signal))
    // The server is the only authority: a tab the server made read-only must not pass its
    // edits to another tab through BroadcastChannel.
    this.provider = new WebsocketProvider(serverUrl, planId, this.doc, {
      disableBc: true,
      connect: false,
      // Session notices, comment events and save acknowledgements come only when asked for.
      params: { [COPLAN_MESSAGES_PARAM]: '1' },
    })
    this.#stopAwareness = sendOwnAwarenessOnly(this.provider)
    // y-websocket applies what the server sends with itself as the transaction origin.
    this.saves = new SaveTracker(this.doc, (origin) => origin === this.provider)
    this.#reconnects = new ReconnectScheduler(this.provider)
    this.provider.messageHandlers[MessageType.SessionNotice] = (_encoder, decoder) => {
      try {
        const notice = readSessionNotice(decoder)
        this.#update({
          canWrite: notice.canWrite,
          readOnlyReason: notice.reason ?? null,
          readOnlyCode: notice.code ?? null,
        })
      } catch (error) {
        console.error(`Malformed session notice for plan ${planId}`, error)
      }
    }
    this.provider.messageHandlers[MessageType.CommentEvent] = (_encoder, decoder) => {
      try {
        this.threads.apply(readCommentEvent(decoder))
      } catch (error) {
        console.error(`Malformed comment event for plan ${planId}`, error)
      }
    }
    this.provider.messageHandlers[MessageType.PersistedAck] = (_encoder, decoder) => {
      try {
        const stateVector = Y.decodeStateVector(readPersistedAck(decoder))
        this.saves.acknowledge(stateVector)
        this.#deviceCopy?.confirm(stateVector)
      } catch (error) {
        console.error(`Malformed persisted acknowledgement for plan ${planId}`, error)
      }
    }
    this.provider.on('status', ({ status }) => this.#update({ socket: status }))
    this.provider.on('sync', (synced) => {
      if (synced) this.threads.refresh()
      this.#update(synced ? { synced, hasSynced: true } : { synced })
    })
    this.provider.on('connection-close', () => {
      if (!this.#state.hasSynced && this.#state.failedConnections === 0) this.#loadThreadsUnsynced()
      this.#update({ synced: false, failedConnections: this.#state.failedConnections + 1 })
    })
    this.provider.on('closed', ({ code, reason }) => {
      // The refused change is in the device's copy: kept, it would be refused on every reload.
      if (code === CloseCode.ContentRefused) this.#deviceCopy?.discard()
      this.#update({ closed: { code, reason } })
    })
    this.#deviceCopy = this.#openDeviceCopy(deviceCopyName)
    // What the server sent, it has stored (it stores before it relays).
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === this.provider) this.#deviceCopy?.confirm(Y.parseUpdateMeta(update).to)
    })
    window.addEventListener('offline', this.#onOffline)
    window.addEventListener('online', this.#onOnline)
    if (this.#state.browserOffline) this.#loadThreadsUnsynced()
    else this.provider.connect()
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  getState = (): SessionState => this.#state

  destroy(): void {
    this.#destroyed = true
    window.removeEventListener('offline', this.#onOffline)
    window.removeEventListener('online', this.#onOnline)
    this.#listeners.clear()
    this.#reconnects.destroy()
    this.saves.destroy()
    this.threads.destroy()
    this.#stopAwareness()
    this.provider.destroy()
    this.#deviceCopy?.destroy()
    this.doc.destroy()
  }

  #openDeviceCopy(name: string | null): DeviceCopy | null {
    if (name === null) return null
    let copy: DeviceCopy
    try {
      copy = new DeviceCopy(name, this.doc)
    } catch (error) {
      console.warn(`No copy of the plan can be kept on this device`, error)
      return null
    }
    this.#state = { ...this.#state, deviceCopy: 'loading' }
    copy.load().then(
      ({ holdsPlan, confirmed }) => {
        if (this.#destroyed) return
        // What the server had confirmed before the reload is not counted as unsaved again.
        this.saves.acknowledge(confirmed)
        this.#update({ deviceCopy: holdsPlan ? 'holdsPlan' : 'empty' })
      },
      (error: unknown) => {
        if (this.#destroyed) return
        console.warn(`The copy of the plan on this device could not be read`, error)
        this.#update({ deviceCopy: 'unavailable' })
      },
    )
    return copy
  }

  /**
   * Threads load on each sync; a session that cannot sync asks the API anyway, so that the
   * comments panel says they could not be loaded instead of loading for ever.
   */
  #loadThreadsUnsynced(): void {
    if (this.threads.getSnapshot().status === 'loading') this.threads.refresh()
  }

  /**
   * Chrome keeps a socket open for a while after the network is gone (until y-websocket's 30 s
   * watchdog), and retrying while the browser knows it is offline is wasted: close now, so the
   * status is honest, and wait for the online event.
   */
  #onOffline = (): void => {
    this.#update({ browserOffline: true })
    this.#reconnects.cancel()
    this.provider.disconnect()
  }

  /**
   * A socket that lived through a network change may be dead without knowing it, so back online
   * means a fresh socket and a resync, at once: no server restart to spread out.
   */
  #onOnline = (): void => {
    this.#update({ browserOffline: false })
    if (this.#state.closed) return
    this.#reconnects.cancel()
    this.provider.disconnect()
    this.provider.connect()
  }

  #update(patch: Partial<SessionState>): void {
    this.#state = { ...this.#state, ...patch }
    for (const listener of this.#listeners) listener()
  }
}
