import { CloseCode, closeReasons } from '@coplan/protocol'
import { onTestFinished } from 'vitest'
import { systemClock } from '../clock'
import { seedDemoCourse } from '../course/seedDemoCourse'
import { createQuietLogger } from '../logger'
import { RoomRegistry } from '../rooms/RoomRegistry'
import type { RoomRegistryOptions } from '../rooms/RoomRegistry'
import { openMemoryStores } from './storeBackends'

/**
 * A room registry over in-memory stores holding the demo course, with the server's default
 * options unless given: for tests of room logic that need neither a network nor a database
 * (the stores' contract suites check the in-memory ones behave like SQLite's). Its rooms are
 * closed when the test ends.
 */
export const openMemoryRooms = (options: Partial<Omit<RoomRegistryOptions, 'store'>> = {}) => {
  const stores = openMemoryStores()
  seedDemoCourse(stores.course, stores.users)
  const registry = new RoomRegistry({
    store: stores.documents,
    logger: createQuietLogger(),
    idleUnloadMs: 30_000,
    compactEveryUpdates: 500,
    ackIntervalMs: 500,
    clock: systemClock,
    storageRetryMs: 30_000,
    ...options,
  })
  onTestFinished(() => registry.closeAll(CloseCode.GoingAway, closeReasons[CloseCode.GoingAway]))
  return { ...stores, registry }
}
