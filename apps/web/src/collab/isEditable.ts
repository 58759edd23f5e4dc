import type { SessionState } from './CollabSession'

/**
 * Whether the editor accepts typing: the document holds the real plan (synced with the server on
 * this connection, or kept on this device from an earlier one), the server lets this person
 * write (for a session opened offline: it did when they were last online), and the session was
 * not closed. Before that, typing into the empty document would put text above the plan once
 * the real one arrives.
 */
export const isEditable = (state: SessionState): boolean =>
  (state.hasSynced || state.deviceCopy === 'holdsPlan') && state.canWrite && !state.closed
