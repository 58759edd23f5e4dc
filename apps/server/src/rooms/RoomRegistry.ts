import { CloseCode, closeReasons } from '@coplan/protocol'
import { PLAN_BODY_FIELD, PLAN_LIMITS, createPlanSchema } from '@coplan/schema'
import type * as Y from 'yjs'
import type { Clock } from '../clock'
import type { Logger } from '../logger'
import type { DocumentStore } from '../persistence/DocumentStore'
import { BodyShape } from './BodyShape'
import { ClientOwners } from './ClientOwners'
import { encodeIntegrated } from './encodeIntegrated'
import { loadPlanDoc } from './loadPlanDoc'
import { repairBeyondLimits } from './repairBeyondLimits'
import { Room } from './Room'
import { TurnFlusher } from './TurnFlusher'

export interface RoomRegistryOptions {
  store: DocumentStore
  logger: Logger
  idleUnloadMs: number
  compactEveryUpdates: number
  /** Most bytes a plan may take in storage; `PLAN_LIMITS.maxPlanBytes` by default. */
  maxPlanBytes?: number
  /** Least time between two acknowledgements to one connection. */
  ackIntervalMs: number
  /** Time for the rooms' acknowledgements and keep-alives. */
  clock: Clock
  storageRetryMs: number
  now?: () => number
  /** After a plan's updates were stored, with who made them. */
  onStored?: (planId: string, editorIds: string[]) => void
}

/** The plan's stored document could not be turned into a Y.Doc; it must not be served. */
export class PlanLoadError extends Error {
  constructor(
    readonly planId: string,
    options: { cause: unknown },
  ) {
    super(`Plan ${planId} could not be loaded`, options)
  }
}

const STORAGE_FAILED_NOTICE =
  'The server could not save changes, so this plan is read-only for now. Your recent edits are kept in this tab.'

/**
 * Loaded rooms by plan id. A plan is loaded once however many clients ask at the same moment,
 * and unloaded (compacted first) when its last client has been gone for `idleUnloadMs`.
 */
export class RoomRegistry {
  readonly #options: RoomRegistryOptions
  readonly #flusher: TurnFlusher
  /** Made once: building the schema is far slower than loading a plan. */
  readonly #shape = new BodyShape(createPlanSchema(), PLAN_BODY_FIELD)
  readonly #rooms = new Map<string, Promise<Room>>()
  readonly #loaded = new Map<string, Room>()
  readonly #idleTimers = new Map<Room, NodeJS.Timeout>()
  /** When each plan's storage last failed: such a plan loads read-only for a while. */
  readonly #storageFailures = new Map<string, number>()

  constructor(options: RoomRegistryOptions) {
    this.#options = options
    this.#flusher = new TurnFlusher(options.store)
  }

  get loadedCount(): number {
    return this.#rooms.size
  }

  /** The room of `planId`, loading it if needed. Rejects with `PlanLoadError`. */
  open(planId: string): Promise<Room> {
    let room = this.#rooms.get(planId)
    if (!room) {
      room = this.#load(planId)
      this.#rooms.set(planId, room)
      room.catch(() => this.#rooms.delete(planId))
    }
    return room.then((loaded) => {
      this.#cancelIdle(loaded)
      return loaded
    })
  }

  /** The room of `planId` if it is loaded; never loads it. */
  peek(planId: string): Room | undefined {
    return this.#loaded.get(planId)
  }

  /** Sends `message` to everyone connected to `planId`, if it is loaded (else nobody is). */
  publish(planId: string, message: Uint8Array): void {
    this.#loaded.get(planId)?.broadcast(message)
  }

  /** Flushes, compacts and closes every room, e.g. on shutdown. */
  async closeAll(code: number, reason: string): Promise<void> {
    const rooms = await Promise.allSettled([...this.#rooms.values()])
    for (const result of rooms) {
      if (result.status === 'fulfilled') this.#unload(result.value, code, reason)
    }
  }

  async #load(planId: string): Promise<Room> {
    const { store, logger } = this.#options
    let doc: Y.Doc | null = null
    let updateCount: number
    let storedBytes: number
    let wholeState: Uint8Array | null = null
    let owners: ClientOwners
    try {
      const stored = store.load(planId)
      owners = new ClientOwners(stored.clientOwners)
      updateCount = stored.updateCount
      storedBytes = [stored.snapshot, ...stored.updates].reduce(
        (sum, row) => sum + (row?.byteLength ?? 0),
        0,
      )
      if (stored.updates.length === 0) wholeState = stored.snapshot
      const loaded = loadPlanDoc(stored)
      doc = loaded.doc
      // Stored before today's checks, or behind the room's back: what a plan may not hold goes.
      const repaired = repairBeyondLimits(doc, this.#shape)
      const takenOut = repaired.shape + repaired.depth + repaired.attribute
      if (takenOut > 0) {
        logger.warn('Took out of a stored plan what it may not hold', { plan: planId, ...repaired })
      }
      if (loaded.setAside.length > 0) {
        logger.warn('Set aside stored content the plan cannot integrate', {
          plan: planId,
          parts: loaded.setAside.map((part) => `${part.reason}:${part.data.byteLength}`).join(','),
        })
      }
      if (loaded.setAside.length > 0 || takenOut > 0) {
        // What was set aside is kept, not deleted, for `npm run admin -- repair-plan`; the plan
        // goes on from what integrates, repaired, stored as its one snapshot.
        const state = encodeIntegrated(doc)
        store.transaction(() => {
          store.setAside(planId, loaded.setAside)
          store.compact(planId, state)
        })
        wholeState = state
        updateCount = 0
        storedBytes = state.byteLength
      }
    } catch (error) {
      doc?.destroy()
      logger.error('Failed to load plan', { plan: planId, error: String(error) })
      throw new PlanLoadError(planId, { cause: error })
    }
    const failedAt = this.#storageFailures.get(planId)
    const now = this.#now()
    const storageSuspect = failedAt !== undefined && now - failedAt < this.#options.storageRetryMs
    if (!storageSuspect) this.#storageFailures.delete(planId)
    const room = new Room({
      planId,
      doc,
      store,
      logger,
      compactEveryUpdates: this.#options.compactEveryUpdates,
      ackIntervalMs: this.#options.ackIntervalMs,
      clock: this.#options.clock,
      storedUpdateCount: updateCount,
      storedBytes,
      maxPlanBytes: this.#options.maxPlanBytes ?? PLAN_LIMITS.maxPlanBytes,
      owners,
      shape: this.#shape,
      ...(wholeState ? { wholeState } : {}),
      readOnly: storageSuspect ? { code: 'storage', reason: STORAGE_FAILED_NOTICE } : null,
      onStorageFailure: (failed, error) => this.#onStorageFailure(failed, error),
      onFailure: (failed, error) => this.#onFailure(failed, error),
      scheduleFlush: (due) => this.#flusher.schedule(due),
      onEmpty: (empty) => this.#scheduleIdle(empty),
      onStored: (stored, editorIds) => this.#options.onStored?.(stored.planId, editorIds),
    })
    this.#loaded.set(planId, room)
    // A room nobody joins (every waiting socket closed) must still be unloaded.
    this.#scheduleIdle(room)
    if (storageSuspect && failedAt !== undefined) this.#scheduleStorageRetry(room, failedAt)
    return room
  }

  #onStorageFailure(room: Room, error: unknown): void {
    this.#options.logger.error('Storing updates failed; plan turns read-only', {
      plan: room.planId,
      error: error instanceof Error ? error.message : String(error),
    })
    this.#storageFailures.set(room.planId, this.#now())
    // The in-memory doc now holds updates the database lacks: drop it and reload from storage
    // when clients reconnect, rather than serve a state that diverges from what is stored.
    this.#forget(room)
    room.close(CloseCode.StorageFailed, closeReasons[CloseCode.StorageFailed])
  }

  /**
   * Our own code threw while handling a plan's turn: its doc may now differ from what its clients
   * and storage hold, so it is dropped, its clients reconnect (a transient close) and the plan
   * loads again from what was stored. The other plans are not touched.
   */
  #onFailure(room: Room, error: unknown): void {
    this.#options.logger.error('Handling a turn of a plan failed; reloading the plan', {
      plan: room.planId,
      error: error instanceof Error ? (error.stack ?? error.message) : String(error),
    })
    this.#forget(room)
    room.close(CloseCode.LoadFailed, closeReasons[CloseCode.LoadFailed])
  }

  /**
   * A plan that went read-only because storage failed is tried again once `storageRetryMs`
   * has passed: its room is closed with a transient code, clients reconnect, and the plan loads
   * writable. Their edits made meanwhile (kept in their tabs) then sync and are stored; if
   * storage still fails, the plan turns read-only again.
   */
  #scheduleStorageRetry(room: Room, failedAt: number): void {
    const timer = setTimeout(
      () => {
        if (this.#loaded.get(room.planId) !== room) return
        this.#forget(room)
        room.close(CloseCode.StorageFailed, closeReasons[CloseCode.StorageFailed])
      },
      Math.max(0, failedAt + this.#options.storageRetryMs - this.#now()),
    )
    timer.unref()
  }

  #scheduleIdle(room: Room): void {
    this.#cancelIdle(room)
    const timer = setTimeout(() => {
      this.#idleTimers.delete(room)
      if (room.connectionCount === 0) {
        this.#unload(room, CloseCode.GoingAway, closeReasons[CloseCode.GoingAway])
      }
    }, this.#options.idleUnloadMs)
    timer.unref()
    this.#idleTimers.set(room, timer)
  }

  #cancelIdle(room: Room): void {
    const timer = this.#idleTimers.get(room)
    if (timer) clearTimeout(timer)
    this.#idleTimers.delete(room)
  }

  #unload(room: Room, code: number, reason: string): void {
    this.#forget(room)
    room.compact()
    room.close(code, reason)
  }

  #forget(room: Room): void {
    this.#cancelIdle(room)
    if (this.#loaded.get(room.planId) !== room) return
    this.#loaded.delete(room.planId)
    this.#rooms.delete(room.planId)
  }

  #now(): number {
    return (this.#options.now ?? Date.now)()
  }
}
