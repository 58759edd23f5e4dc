import { LIVE_EVENT_NAME, parseLiveEvent } from '@coplan/protocol'
import type { LiveEvent } from '@coplan/protocol'

export interface EventStream {
  status: number
  /** Live events received so far, in order. */
  events: LiveEvent[]
  /** Resolves with the event after the `index`-th (0: the first), waiting for it if needed. */
  next(index?: number): Promise<LiveEvent>
  /** Resolves once the server has ended the stream. */
  ended: Promise<void>
  close(): void
}

/**
 * `GET /api/events` as the browser's EventSource would read it, signed in with a bearer token
 * or, given `{ cookie }`, with a session cookie.
 */
export const openEventStream = async (
  url: string,
  credential: string | { cookie: string },
): Promise<EventStream> => {
  const controller = new AbortController()
  const signedIn: Record<string, string> =
    typeof credential === 'string'
      ? { authorization: `Bearer ${credential}` }
      : { cookie: credential.cookie }
  const response = await fetch(`${url}/api/events`, {
    headers: { ...signedIn, accept: 'text/event-stream' },
    signal: controller.signal,
  })
  const events: LiveEvent[] = []
  const waiting: (() => void)[] = []
  const ended = (async () => {
    if (!response.body) return
    const decoder = new TextDecoder()
    let buffer = ''
    try {
      for await (const chunk of response.body) {
        buffer += decoder.decode(chunk as Uint8Array, { stream: true })
        let end = buffer.indexOf('\n\n')
        while (end >= 0) {
          const block = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const lines = block.split('\n')
          const name = lines
            .find((line) => line.startsWith('event:'))
            ?.slice(6)
            .trim()
          const data = lines
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trimStart())
            .join('\n')
          const event = name === LIVE_EVENT_NAME ? parseLiveEvent(data) : null
          if (event) {
            events.push(event)
            for (const wake of waiting.splice(0)) wake()
          }
          end = buffer.indexOf('\n\n')
        }
      }
    } catch {
      // Aborted by `close()`.
    }
  })()
  const next = async (index = 0): Promise<LiveEvent> => {
    while (events.length <= index) await new Promise<void>((resolve) => waiting.push(resolve))
    return events[index] as LiveEvent
  }
  return { status: response.status, events, next, ended, close: () => controller.abort() }
}
