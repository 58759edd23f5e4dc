import type { Db } from '../database/openDatabase'

/**
 * Rechecks open connections when another process (the admin CLI) commits to the database —
 * SQLite's `data_version` changes exactly then — and every `recheckMs` regardless, so expired
 * sessions are closed too. Changes made by this server call `recheck` directly.
 * Returns the function that stops watching.
 */
export const watchAccessChanges = (
  db: Db,
  recheck: () => void,
  { pollMs, recheckMs }: { pollMs: number; recheckMs: number },
): (() => void) => {
  let version = db.pragma('data_version', { simple: true })
  let lastRecheck = Date.now()
  const timer = setInterval(() => {
    if (!db.open) return
    const current = db.pragma('data_version', { simple: true })
    if (current === version && Date.now() - lastRecheck < recheckMs) return
    version = current
    lastRecheck = Date.now()
    recheck()
  }, pollMs)
  timer.unref()
  return () => clearInterval(timer)
}
