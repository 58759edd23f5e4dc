import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WebsocketProvider } from 'y-websocket'
import * as Y from 'yjs'
import { ReconnectScheduler } from './ReconnectScheduler'

/** Sockets that never connect by themselves; the test closes them as a server or network would. */
const fakeSockets = () => {
  const opened: FakeSocket[] = []
  class FakeSocket {
    binaryType = 'blob'
    onclose: ((event: { code: number; reason: string }) => void) | null = null
    onopen: (() => void) | null = null
    onmessage: (() => void) | null = null
    onerror: (() => void) | null = null
    constructor() {
      opened.push(this)
    }
    send(): void {}
    close(): void {}
  }
  return { FakeSocket: FakeSocket as unknown as typeof WebSocket, opened }
}

describe('ReconnectScheduler', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const setUp = () => {
    const { FakeSocket, opened } = fakeSockets()
    const provider = new WebsocketProvider('ws://coplan.test/collab', 'plan', new Y.Doc(), {
      WebSocketPolyfill: FakeSocket,
    })
    const attempts: number[] = []
    const scheduler = new ReconnectScheduler(provider, {
      delayMs: (attempt) => {
        attempts.push(attempt)
        return 1000 * (attempt + 1)
      },
    })
    const closeLatest = (code: number) => opened.at(-1)?.onclose?.({ code, reason: '' })
    return { provider, scheduler, opened, attempts, closeLatest }
  }

  it('retries a lost connection after its own growing delays, not y-websocket’s', () => {
    const { provider, opened, attempts, closeLatest } = setUp()
    expect(opened).toHaveLength(1)
    closeLatest(1006)
    // y-websocket would have retried after 200 ms.
    vi.advanceTimersByTime(999)
    expect(opened).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(opened).toHaveLength(2)
    closeLatest(1006)
    vi.advanceTimersByTime(2000)
    expect(opened).toHaveLength(3)
    expect(attempts).toEqual([0, 1])
    provider.destroy()
  })

  it('starts over once a connection has synced', () => {
    const { provider, attempts, closeLatest } = setUp()
    closeLatest(1006)
    vi.advanceTimersByTime(1000)
    provider.synced = true
    closeLatest(1012)
    expect(attempts).toEqual([0, 0])
    provider.destroy()
  })

  it('leaves permanent closes and the app’s own disconnects alone', () => {
    const { provider, scheduler, opened, closeLatest } = setUp()
    const closed = vi.fn()
    provider.on('closed', closed)
    closeLatest(4403)
    vi.advanceTimersByTime(60_000)
    expect(closed).toHaveBeenCalledWith({ code: 4403, reason: '' }, provider)
    expect(opened).toHaveLength(1)

    provider.connect()
    expect(opened).toHaveLength(2)
    provider.disconnect()
    vi.advanceTimersByTime(60_000)
    expect(opened).toHaveLength(2)
    scheduler.destroy()
    provider.destroy()
  })

  it('drops a pending retry when cancelled', () => {
    const { provider, scheduler, opened, closeLatest } = setUp()
    closeLatest(1006)
    scheduler.cancel()
    vi.advanceTimersByTime(60_000)
    expect(opened).toHaveLength(1)
    provider.destroy()
  })
})
