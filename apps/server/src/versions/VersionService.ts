import { englishVersionName, versionKindOf } from '@coplan/protocol'
import type { VersionLabel, VersionView } from '@coplan/protocol'
import type { PlanStats } from '@coplan/schema'
import * as Y from 'yjs'
import type { ActivityStore } from '../activity/ActivityStore'
import { personRef } from '../course/personRef'
import type { User, UserStore } from '../accounts/UserStore'
import { authorizePlan } from '../auth/planPolicy'
import type { CourseStore } from '../course/CourseStore'
import { InvalidInput, NotFound, Unavailable } from '../errors'
import type { Logger } from '../logger'
import type { RoomRegistry } from '../rooms/RoomRegistry'
import { versionLabelOf } from './VersionStore'
import type { VersionRow, VersionStore } from './VersionStore'

export const MAX_VERSION_NAME = 100

/**
 * The walks over a whole plan that versions need, done off the event loop that serves editors
 * by worker processes, which read the plan as stored and its versions from the database (see
 * export/planJobs.ts).
 */
export interface PlanWalks {
  /** The plan's dashboard figures. */
  stats(planId: string): Promise<PlanStats>
  /** The plan's state as one update, to keep as a version, and its dashboard figures. */
  versionState(planId: string): Promise<{ state: Uint8Array; stats: PlanStats }>
  /** A version's body as ProseMirror JSON, serialised (so the main thread never walks it). */
  contentJson(planId: string, versionId: string): Promise<string>
  /** The update that makes the plan's body the body of the version, as one change. */
  restoreUpdate(planId: string, versionId: string): Promise<Uint8Array>
}

export interface VersionServiceOptions {
  versions: VersionStore
  registry: RoomRegistry
  course: CourseStore
  users: UserStore
  activity: ActivityStore
  /**
   * Stores an open room's pending turn, so that the plan as stored, which the walks read, is
   * its current state: no plan is loaded, nor its Y.Doc encoded, to take a version.
   */
  flush: (planId: string) => void
  /** The plan as stored, as updates: read here only when no worker can take a version. */
  storedState: (planId: string) => Uint8Array[]
  walks: PlanWalks
  logger: Logger
  now?: () => Date
}

/**
 * Versions of plans: taken automatically, at status changes and on request; opened, and
 * restored as a new change on top of the current text (never by rewriting history), so
 * everyone connected sees the restore live and it can itself be undone by restoring again.
 */
export class VersionService {
  readonly #options: VersionServiceOptions

  constructor(options: VersionServiceOptions) {
    this.#options = options
  }

  list(user: User, planId: string): VersionView[] {
    this.#requireRights(user, planId, 'read')
    return this.#options.versions.listFor(planId).map((row) => this.#view(row))
  }

  /**
   * A version and its content as ProseMirror JSON, read-only: `{ version, content }` as a JSON
   * text, the content serialised by a worker and put in as it is.
   */
  async contentJson(user: User, planId: string, versionId: string): Promise<string> {
    this.#requireRights(user, planId, 'read')
    const row = this.#version(planId, versionId)
    const content = await this.#options.walks.contentJson(planId, row.id)
    return `{"version":${JSON.stringify(this.#view(row))},"content":${content}}`
  }

  async save(user: User, planId: string, name: string): Promise<VersionView> {
    this.#requireRights(user, planId, 'edit')
    const trimmed = name.trim()
    if (!trimmed) throw new InvalidInput('empty_name', 'A version needs a name')
    if (trimmed.length > MAX_VERSION_NAME) {
      throw new InvalidInput(
        'name_too_long',
        `A version name may have at most ${MAX_VERSION_NAME} characters`,
      )
    }
    return this.snapshot(planId, { label: { code: 'named', name: trimmed }, createdBy: user.id })
  }

  /** Stores the plan's current state as a version; no rights are checked (callers do). */
  async snapshot(
    planId: string,
    input: { label: VersionLabel; createdBy: string | null },
  ): Promise<VersionView> {
    const { versions, course, activity } = this.#options
    const { state, stats } = await this.#versionState(planId)
    if (stats) course.updateStats(planId, stats)
    const id = versions.insert({
      planId,
      label: input.label,
      state,
      createdBy: input.createdBy,
      contributors: versions.contributorsSince(planId, versions.latest(planId)?.created_at ?? null),
      wordCount: stats?.words ?? course.dashboard().get(planId)?.wordCount ?? 0,
      now: this.#now(),
    })
    activity.record({
      planId,
      kind: 'version',
      actorId: input.createdBy,
      detail: {
        name: englishVersionName(input.label),
        versionKind: versionKindOf(input.label),
        label: input.label,
      },
    })
    return this.#view(versions.find(id) as VersionRow)
  }

  async restore(user: User, planId: string, versionId: string): Promise<VersionView> {
    this.#requireRights(user, planId, 'edit')
    const row = this.#version(planId, versionId)
    const label = versionLabelOf(row)
    const { registry, walks, flush } = this.#options
    // Made first: if it cannot be, nothing is changed and no version is taken.
    flush(planId)
    const update = await walks.restoreUpdate(planId, row.id)
    await this.snapshot(planId, {
      label: { code: 'beforeRestore', of: label },
      createdBy: user.id,
    })
    // One change on the live document: collaborators receive it like any edit, merged with
    // what they typed while it was made. The origin carries who did it, as a connection's would.
    const room = await registry.open(planId)
    Y.applyUpdate(room.doc, update, { identity: { id: user.id } })
    room.flush()
    const restored = await this.snapshot(planId, {
      label: { code: 'restored', of: label },
      createdBy: user.id,
    })
    this.#options.activity.record({
      planId,
      kind: 'restore',
      actorId: user.id,
      detail: { versionId: row.id, name: row.name, label },
    })
    return restored
  }

  /**
   * Brings the dashboard figures of a plan up to date; a failure is logged with the plan id
   * (the figures stay as they were), never thrown.
   */
  async refreshStats(planId: string): Promise<void> {
    const { walks, flush, course } = this.#options
    try {
      flush(planId)
      course.updateStats(planId, await walks.stats(planId))
    } catch (error) {
      this.#statsFailed(planId, error)
    }
  }

  /**
   * The state to keep as a version, and its figures. A version is never lost to its figures:
   * should the worker fail, the state is merged here and the last word count known is kept.
   */
  async #versionState(planId: string): Promise<{ state: Uint8Array; stats: PlanStats | null }> {
    const { flush, walks, storedState } = this.#options
    flush(planId)
    try {
      return await walks.versionState(planId)
    } catch (error) {
      this.#statsFailed(planId, error)
      return { state: Y.mergeUpdates(storedState(planId)), stats: null }
    }
  }

  #statsFailed(planId: string, error: unknown): void {
    // Closing the server stops the workers; the plan's next edit counts its figures again.
    const closing = error instanceof Unavailable && error.code === 'shutting_down'
    this.#options.logger[closing ? 'info' : 'error'](
      'Counting the words and sections of a plan failed',
      { plan: planId, error: error instanceof Error ? error.message : String(error) },
    )
  }

  #requireRights(user: User, planId: string, action: 'read' | 'edit'): void {
    authorizePlan(this.#options.course, user, planId, action)
  }

  #version(planId: string, versionId: string): VersionRow {
    const row = this.#options.versions.find(versionId)
    if (!row || row.plan_id !== planId) {
      throw new NotFound('version_not_found', 'There is no such version of this plan')
    }
    return row
  }

  #view(row: VersionRow): VersionView {
    const { users, course } = this.#options
    const person = (id: string) => {
      const user = users.find(id)
      return user ? personRef(user, course) : null
    }
    return {
      id: row.id,
      planId: row.plan_id,
      name: row.name,
      label: versionLabelOf(row),
      kind: row.kind,
      createdAt: row.created_at,
      createdBy: row.created_by ? person(row.created_by) : null,
      contributors: (JSON.parse(row.contributors) as string[]).flatMap((id) => person(id) ?? []),
      wordCount: row.word_count,
    }
  }

  #now(): string {
    return (this.#options.now?.() ?? new Date()).toISOString()
  }
}
