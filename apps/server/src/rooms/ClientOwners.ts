import type { ClientBinding } from '../persistence/DocumentStore'
import type { ClockRange } from './BodyShape'

/**
 * Who writes under each Yjs client id of one plan. Yjs trusts whoever sends an update under a
 * client id; a teammate who took someone's id and wrote at their next clocks made the server
 * ignore that person's next real edit while still telling them it was saved. So an id belongs
 * to the first person who announced it (their presence, which every editor sends on connecting,
 * before typing) or wrote with it, for good: a reconnect, another tab of the same person or a
 * restart of the server keeps the binding (it is stored with the plan).
 */
export class ClientOwners {
  readonly #owners: Map<number, string>
  /** Bindings made since the last `takeUnsaved`, for the room to store with its turn. */
  #unsaved: ClientBinding[] = []

  constructor(stored: ReadonlyMap<number, string>) {
    this.#owners = new Map(stored)
  }

  ownerOf(clientId: number): string | undefined {
    return this.#owners.get(clientId)
  }

  /** Whether `personId` may write or announce presence under `clientId`: it is theirs or nobody's. */
  mayUse(clientId: number, personId: string): boolean {
    const owner = this.#owners.get(clientId)
    return owner === undefined || owner === personId
  }

  /**
   * Binds `clientId` to `personId` if it has no owner yet. Returns whether it is theirs now
   * (false: it belongs to someone else).
   */
  claim(clientId: number, personId: string): boolean {
    const owner = this.#owners.get(clientId)
    if (owner !== undefined) return owner === personId
    this.#owners.set(clientId, personId)
    this.#unsaved.push({ clientId, personId })
    return true
  }

  /**
   * The client ids among `ranges` under which an update writes something new (beyond `stateOf`
   * the client, what the plan has of it) although they belong to someone other than `personId`.
   * An edit claims the ids it writes new content under, as announcing presence does; a
   * handshake's answer claims nothing (it may carry old work).
   */
  foreignAmong(
    ranges: readonly ClockRange[],
    personId: string,
    edit: boolean,
    stateOf: (clientId: number) => number,
  ): number[] {
    const foreign: number[] = []
    for (const { client, to } of ranges) {
      if (to <= stateOf(client)) continue
      const mine = edit ? this.claim(client, personId) : this.mayUse(client, personId)
      if (!mine) foreign.push(client)
    }
    return foreign
  }

  takeUnsaved(): ClientBinding[] {
    const unsaved = this.#unsaved
    this.#unsaved = []
    return unsaved
  }
}
