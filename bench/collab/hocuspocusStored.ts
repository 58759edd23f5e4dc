import Database from 'better-sqlite3'

/**
 * Waits until Hocuspocus's SQLite extension has stored every named document. Its store hook
 * does not await the write (sqlite3 runs it on a worker thread), and a SIGTERM right after
 * would exit before it landed, so a restart after seeding must wait for the rows.
 */
export const waitForHocuspocusDocuments = async (
  file: string,
  names: readonly string[],
  timeoutMs = 30_000,
): Promise<void> => {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    let stored = new Set<string>()
    try {
      const db = new Database(file, { readonly: true, fileMustExist: true })
      try {
        const rows = db.prepare<[], { name: string }>('SELECT name FROM documents').all()
        stored = new Set(rows.map((row) => row.name))
      } finally {
        db.close()
      }
    } catch {
      // Not created yet, or locked by a write: look again.
    }
    const missing = names.filter((name) => !stored.has(name))
    if (missing.length === 0) return
    if (Date.now() > deadline) {
      throw new Error(`Hocuspocus did not store ${missing.length} of ${names.length} documents`)
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
