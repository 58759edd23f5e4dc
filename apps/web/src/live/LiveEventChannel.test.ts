import { describe, expect, it } from 'vitest'
import { LiveEventChannel } from './LiveEventChannel'
import type { EventSourceLike, LiveSignal } from './LiveEventChannel'

/** Stands in for the browser's EventSource, driven by the test. */
class FakeSource implements EventSourceLike {
  readyState = 0
  onopen: ((event: Event) => void) | null = null
  onerror: ((event: Event) => void) | null = null
  closed = false
  readonly #listeners = new Map<string, (event: MessageEvent<string>) => void>()

  addEventListener(type: string, listener: (event: MessageEvent<string>) => void): void {
    this.#listeners.set(type, listener)
  }

  close(): void {
    this.closed = true
    this.readyState = 2
  }

  opened(): void {
    this.readyState = 1
    this.onopen?.(new Event('open'))
  }

  receive(name: string, data: string): void {
    this.#listeners.get(name)?.({ data } as MessageEvent<string>)
  }

  failed(readyState: number): void {
    this.readyState = readyState
    this.onerror?.(new Event('error'))
  }
}

const channelWithFakes = () => {
  const sources: FakeSource[] = []
  const timers: (() => void)[] = []
  const channel = new LiveEventChannel({
    url: '/api/events',
    open: () => {
      const source = new FakeSource()
      sources.push(source)
      return source
    },
    retryMs: 30_000,
    setTimeout: (callback) => timers.push(callback),
    clearTimeout: () => {},
  })
  const heard: LiveSignal[] = []
  channel.subscribe((signal) => heard.push(signal))
  return { channel, sources, timers, heard }
}

describe('the live event channel of a tab', () => {
  it('passes on the server events it understands', () => {
    const { sources, heard } = channelWithFakes()
    const source = sources[0] as FakeSource
    source.opened()
    source.receive('coplan', '{"type":"notifications"}')
    source.receive('coplan', '{"type":"plan","planId":"p1"}')
    source.receive('coplan', 'not json')
    source.receive('other', '{"type":"notifications"}')
    expect(heard).toEqual([{ type: 'notifications' }, { type: 'plan', planId: 'p1' }])
  })

  it('asks for a resync when the browser reconnected after a drop', () => {
    const { sources, heard } = channelWithFakes()
    const source = sources[0] as FakeSource
    source.opened()
    source.failed(0)
    source.opened()
    expect(heard).toEqual([{ type: 'resync' }])
    expect(sources).toHaveLength(1)
  })

  it('opens a new stream later once the browser gave up, and resyncs then', () => {
    const { sources, timers, heard } = channelWithFakes()
    const first = sources[0] as FakeSource
    first.opened()
    first.failed(2)
    expect(first.closed).toBe(true)
    expect(sources).toHaveLength(1)
    timers.shift()?.()
    expect(sources).toHaveLength(2)
    ;(sources[1] as FakeSource).opened()
    expect(heard).toEqual([{ type: 'resync' }])
  })

  it('stays closed once stopped', () => {
    const { channel, sources, timers, heard } = channelWithFakes()
    const source = sources[0] as FakeSource
    source.failed(2)
    channel.stop()
    for (const timer of timers) timer()
    expect(sources).toHaveLength(1)
    source.receive('coplan', '{"type":"notifications"}')
    expect(heard).toEqual([])
  })
})
