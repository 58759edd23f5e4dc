import * as Y from 'yjs'
import { removeStoredWithPrefix } from '../lib/browserStorage'
import { DeviceCopy } from './DeviceCopy'
import { deviceCopyOwnerPrefix } from './deviceCopyName'
import { unsentClients } from './unsentClients'

/** One of a person's plan copies kept on this device. */
export interface KeptCopy {
  name: string
  planId: string
}

/** The plan copies this person keeps on this device (none where the browser cannot list them). */
export const listDeviceCopies = async (userId: string): Promise<KeptCopy[]> => {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return []
  const prefix = deviceCopyOwnerPrefix(userId)
  const databases = await indexedDB.databases()
  return databases.flatMap(({ name }) =>
    name?.startsWith(prefix) ? [{ name, planId: name.slice(prefix.length) }] : [],
  )
}

/** Whether a kept copy holds changes the server has not confirmed storing. */
const holdsUnsent = async ({ name }: KeptCopy): Promise<boolean> => {
  const doc = new Y.Doc()
  const copy = new DeviceCopy(name, doc)
  try {
    const { confirmed } = await copy.load()
    return unsentClients(Y.decodeStateVector(Y.encodeStateVector(doc)), confirmed).length > 0
  } finally {
    copy.destroy()
    doc.destroy()
  }
}

/**
 * The ids of this person's plans whose copy on this device holds changes the server lacks,
 * e.g. text written offline in a plan not opened online since. A copy that cannot be read
 * counts as holding some: better to ask than to delete unread.
 */
export const plansWithUnsentChanges = async (userId: string): Promise<string[]> => {
  const copies = await listDeviceCopies(userId)
  const unsent = await Promise.all(copies.map((copy) => holdsUnsent(copy).catch(() => true)))
  return copies.filter((_, index) => unsent[index]).map((copy) => copy.planId)
}

/**
 * Deletes what this device keeps for the person: plan copies (IndexedDB) and the plans' summaries
 * (localStorage), so that the next person at a shared computer finds none of it. A copy still
 * open in this tab is deleted once its editor has closed it.
 */
export const forgetDeviceCopies = async (userId: string): Promise<void> => {
  removeStoredWithPrefix(deviceCopyOwnerPrefix(userId))
  const copies = await listDeviceCopies(userId)
  await Promise.all(
    copies.map(
      ({ name }) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.deleteDatabase(name)
          request.onsuccess = () => resolve()
          request.onerror = () => {
            console.warn(`Could not delete the device copy ${name}`, request.error)
            resolve()
          }
        }),
    ),
  )
}
