/**
 * What `GET /api/events` (server-sent events) tells a signed-in tab, as the `data` of each
 * event. Only that something changed, never what: the tab reads it through the API, which
 * checks the person's rights as on any other read.
 */
export type LiveEvent =
  /** The person has new notifications (or some were read in another tab). */
  | { type: 'notifications' }
  /** A plan the person may read changed its status or summary. */
  | { type: 'plan'; planId: string }

/** The SSE event name every live event is sent under. */
export const LIVE_EVENT_NAME = 'coplan'

/** Parses an event's data; null for anything that is not a live event. */
export const parseLiveEvent = (data: string): LiveEvent | null => {
  let value: unknown
  try {
    value = JSON.parse(data)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const event = value as { type?: unknown; planId?: unknown }
  if (event.type === 'notifications') return { type: 'notifications' }
  if (event.type === 'plan' && typeof event.planId === 'string') {
    return { type: 'plan', planId: event.planId }
  }
  return null
}
