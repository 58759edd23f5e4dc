import type { ConnectionView } from './connectionView'

/** What the save indicator shows (also its `data-state` for tests). */
export type SaveView = 'saved' | 'saving' | 'unsaved-offline'

/**
 * "Saved" only when the server has confirmed everything. With changes outstanding: "saving"
 * while a connection that accepts them can carry them; otherwise they wait on this device (no
 * connection, or the server takes no writes from this person for now, e.g. a plan made final).
 */
export const saveView = (
  unsaved: number,
  { connection, canWrite }: { connection: ConnectionView; canWrite: boolean },
): SaveView => {
  if (unsaved === 0) return 'saved'
  if (!canWrite || connection === 'offline' || connection === 'closed') return 'unsaved-offline'
  return 'saving'
}
