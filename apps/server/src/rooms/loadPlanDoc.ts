import * as Y from 'yjs'
import type { SetAsidePart, StoredDocument } from '../persistence/DocumentStore'
import { takeHeldAside } from './encodeIntegrated'

/**
 * A plan's stored rows as a Y.Doc holding all that integrates, and the parts to set aside:
 * those that build on changes never stored (Yjs would hold them aside for ever; an update with a
 * gap from one writer must not lock everyone out of the plan). A row Yjs cannot read at all is
 * damage to the database, not anything a writer can send (the server stores only what it
 * could apply): it throws, so that nobody is served part of a plan as if it were all, unless
 * `setAsideUnreadable` (a repair, `npm run admin -- repair-plan`) asks to keep it aside too.
 */
export const loadPlanDoc = (
  stored: Pick<StoredDocument, 'snapshot' | 'updates'>,
  { setAsideUnreadable = false }: { setAsideUnreadable?: boolean } = {},
): { doc: Y.Doc; setAside: SetAsidePart[] } => {
  const rows = stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates
  let doc = new Y.Doc()
  const setAside: SetAsidePart[] = []
  try {
    // One transaction for the whole log: loading a long plan is most of a cold join.
    doc.transact(() => {
      for (const row of rows) Y.applyUpdate(doc, row)
    })
  } catch (error) {
    doc.destroy()
    if (!setAsideUnreadable) throw error
    // Again, one row at a time, keeping each that fails aside whole.
    doc = new Y.Doc()
    for (const row of rows) {
      try {
        Y.applyUpdate(doc, row)
      } catch {
        setAside.push({ data: row, reason: 'unreadable' })
      }
    }
  }
  for (const data of takeHeldAside(doc)) setAside.push({ data, reason: 'missing-dependency' })
  return { doc, setAside }
}
