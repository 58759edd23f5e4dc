/** One collaborator's caret as their awareness state gives it (Yjs relative positions). */
export interface RemoteCaret {
  clientId: number
  name: string
  color: string
  /** `Y.RelativePosition` as JSON, as y-prosemirror writes it. */
  anchor: unknown
  head: unknown
}

/** The colour of a collaborator whose state has none, or one that is not `#rrggbb`. */
export const FALLBACK_CARET_COLOR = '#ffa500'

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null

/** The caret of collaborator `clientId` from their awareness `state`, or null if none. */
export const remoteCaretOf = (clientId: number, state: unknown): RemoteCaret | null => {
  if (!isRecord(state) || !isRecord(state.cursor)) return null
  const { anchor, head } = state.cursor
  if (anchor == null || head == null) return null
  const user = isRecord(state.user) ? state.user : {}
  const color =
    typeof user.color === 'string' && HEX_COLOR.test(user.color) ? user.color : FALLBACK_CARET_COLOR
  const name = typeof user.name === 'string' && user.name ? user.name : `User ${clientId}`
  return { clientId, name, color, anchor, head }
}

/**
 * The carets to draw from awareness `states`: everyone's but `ownId`'s, who has a `cursor`
 * (a collaborator whose editor lost focus sets it to null; one who left has no state at all).
 * Colours go into inline styles, so only `#rrggbb` passes; the server stamps `user`, but a
 * state that arrived before its stamp still gets a name.
 */
export const remoteCaretsOf = (states: ReadonlyMap<number, unknown>, ownId: number) => {
  const carets: RemoteCaret[] = []
  for (const [clientId, state] of states) {
    const caret = clientId === ownId ? null : remoteCaretOf(clientId, state)
    if (caret) carets.push(caret)
  }
  return carets
}
