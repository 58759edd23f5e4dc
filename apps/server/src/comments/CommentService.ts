import type { CommentEvent, CommentView, PersonRef, ThreadView } from '@coplan/protocol'
import { anchorRange, createPlanSchema, planBodyNode, quoteOf } from '@coplan/schema'
import type { Schema } from '@tiptap/pm/model'
import type * as Y from 'yjs'
import { personRef } from '../course/personRef'
import type { User, UserStore } from '../accounts/UserStore'
import { authorizePlan, can } from '../auth/planPolicy'
import type { CourseStore } from '../course/CourseStore'
import type { LiveEventSink } from '../events/LiveEvents'
import { Forbidden, Gone, InvalidInput, NotFound } from '../errors'
import type { NotificationStore } from '../notifications/NotificationStore'
import type { CommentRow, CommentStore, ThreadRow } from './CommentStore'

export const MAX_COMMENT_CHARS = 10_000

export interface CommentServiceOptions {
  store: CommentStore
  notifications: NotificationStore
  users: UserStore
  course: CourseStore
  /**
   * The plan's current document, in which a new thread's anchor is found and its quote read:
   * the live room's on the server. Nothing else reads it, so listing threads loads no plan.
   */
  planDoc: (planId: string) => Promise<Y.Doc>
  /** Delivers an event to everyone connected to the plan. */
  publish: (planId: string, event: CommentEvent) => void
  /** Told whom a comment notified. */
  live?: LiveEventSink
  now?: () => Date
}

/**
 * Every change to comments goes through here: the server checks rights and authorship, stamps
 * author and time, stores, notifies, and pushes the change to everyone on the plan. Methods
 * throw a domain error (`errors.ts`) with a clear message for anything refused; nothing partial
 * is stored.
 */
export class CommentService {
  readonly #options: CommentServiceOptions
  readonly #schema: Schema = createPlanSchema()

  constructor(options: CommentServiceOptions) {
    this.#options = options
  }

  listThreads(user: User, planId: string): ThreadView[] {
    this.#requireRight(user, planId, 'read')
    return this.#views(this.#options.store.threadsOf(planId))
  }

  /** People who can see the plan: who may be mentioned in its comments. */
  mentionable(user: User, planId: string): PersonRef[] {
    const plan = this.#requireRight(user, planId, 'read')
    return this.#options.users
      .list()
      .filter((person) => can(person, 'read', plan))
      .map((person) => this.#person(person))
  }

  async createThread(
    user: User,
    planId: string,
    input: { anchor: { start: Uint8Array; end: Uint8Array }; body: string; mentions: string[] },
  ): Promise<ThreadView> {
    const plan = this.#requireRight(user, planId, 'comment')
    const body = this.#checkBody(input.body)
    const mentions = this.#checkMentions(plan, input.mentions)
    const doc = await this.#options.planDoc(planId)
    // The server, not the client, says what text the thread quotes.
    let range: { from: number; to: number } | null = null
    try {
      range = anchorRange(doc, this.#schema, input.anchor)
    } catch {
      range = null
    }
    if (!range) {
      throw new InvalidInput(
        'invalid_anchor',
        'The selected passage is not in the plan (any more); select it again',
      )
    }
    const quote = quoteOf(planBodyNode(doc, this.#schema), range.from, range.to)
    const { store } = this.#options
    const now = this.#now()
    const threadId = store.transaction(() => {
      const id = store.insertThread({
        planId,
        anchorStart: input.anchor.start,
        anchorEnd: input.anchor.end,
        quote,
        createdBy: user.id,
        now,
      })
      const commentId = store.insertComment({
        threadId: id,
        authorId: user.id,
        body,
        mentions,
        now,
      })
      this.#notify(user, planId, commentId, mentions, [], now)
      return id
    })
    return this.#publishThread(threadId)
  }

  reply(
    user: User,
    planId: string,
    threadId: string,
    input: { body: string; mentions: string[] },
  ): ThreadView {
    const plan = this.#requireRight(user, planId, 'comment')
    const thread = this.#liveThread(planId, threadId)
    const body = this.#checkBody(input.body)
    const mentions = this.#checkMentions(plan, input.mentions)
    const { store } = this.#options
    const now = this.#now()
    store.transaction(() => {
      const commentId = store.insertComment({
        threadId: thread.id,
        authorId: user.id,
        body,
        mentions,
        now,
      })
      const participants = store.commentsOf([thread.id]).map((c) => c.author_id)
      this.#notify(user, planId, commentId, mentions, [thread.created_by, ...participants], now)
    })
    return this.#publishThread(thread.id)
  }

  editComment(
    user: User,
    planId: string,
    commentId: string,
    input: { body: string; mentions: string[] },
  ): ThreadView {
    const plan = this.#requireRight(user, planId, 'comment')
    const comment = this.#liveComment(planId, commentId)
    if (comment.author_id !== user.id) {
      throw new Forbidden('not_author', 'Only the author may edit a comment')
    }
    const body = this.#checkBody(input.body)
    const mentions = this.#checkMentions(plan, input.mentions)
    const { store } = this.#options
    const now = this.#now()
    store.transaction(() => {
      const before = new Set(store.mentionsOf([comment.id]).map((m) => m.user_id))
      store.updateCommentBody(comment.id, body, mentions, now)
      // Only people newly mentioned by the edit hear about it.
      this.#notify(
        user,
        planId,
        comment.id,
        mentions.filter((id) => !before.has(id)),
        [],
        now,
      )
    })
    return this.#publishThread(comment.thread_id)
  }

  /** Deleting a thread's first comment deletes the thread. */
  deleteComment(user: User, planId: string, commentId: string): void {
    const plan = this.#requireRight(user, planId, 'comment')
    const comment = this.#liveComment(planId, commentId)
    if (comment.author_id !== user.id && !can(user, 'moderate', plan)) {
      throw new Forbidden('not_author', 'Only the author or an admin may delete a comment')
    }
    const { store } = this.#options
    const now = this.#now()
    const [first] = store.commentsOf([comment.thread_id])
    if (first?.id === comment.id) {
      store.transaction(() => {
        store.deleteComment(comment.id, now)
        store.deleteThread(comment.thread_id, now)
      })
      this.#options.publish(planId, { type: 'thread-deleted', threadId: comment.thread_id })
      return
    }
    store.deleteComment(comment.id, now)
    this.#publishThread(comment.thread_id)
  }

  setStatus(user: User, planId: string, threadId: string, status: 'open' | 'resolved'): ThreadView {
    this.#requireRight(user, planId, 'comment')
    const thread = this.#liveThread(planId, threadId)
    if (thread.status !== status)
      this.#options.store.setStatus(thread.id, status, user.id, this.#now())
    return this.#publishThread(thread.id)
  }

  recordVisit(user: User, planId: string): void {
    this.#requireRight(user, planId, 'read')
    this.#options.store.recordVisit(user.id, planId, this.#now())
  }

  #notify(
    author: User,
    planId: string,
    commentId: string,
    mentions: string[],
    participants: string[],
    now: string,
  ): void {
    const { notifications } = this.#options
    const base = { planId, actorId: author.id, commentId, now }
    const mentioned = new Set(mentions.filter((id) => id !== author.id))
    for (const userId of mentioned) notifications.insert({ ...base, userId, kind: 'mention' })
    const replied = new Set<string>()
    for (const userId of new Set(participants)) {
      if (userId !== author.id && !mentioned.has(userId)) {
        notifications.insert({ ...base, userId, kind: 'reply' })
        replied.add(userId)
      }
    }
    this.#options.live?.notifications([...mentioned, ...replied])
  }

  #requireRight(user: User, planId: string, action: 'read' | 'comment') {
    return authorizePlan(this.#options.course, user, planId, action)
  }

  #liveThread(planId: string, threadId: string): ThreadRow {
    const thread = this.#options.store.thread(threadId)
    if (!thread || thread.plan_id !== planId) {
      throw new NotFound('thread_not_found', 'There is no such comment thread on this plan')
    }
    if (thread.deleted_at !== null) {
      throw new Gone('thread_deleted', 'This comment thread was deleted')
    }
    return thread
  }

  #liveComment(planId: string, commentId: string): CommentRow {
    const comment = this.#options.store.comment(commentId)
    if (!comment || comment.deleted_at !== null) {
      throw new NotFound('comment_not_found', 'There is no such comment')
    }
    this.#liveThread(planId, comment.thread_id)
    return comment
  }

  #checkBody(body: string): string {
    const trimmed = body.trim()
    if (trimmed.length === 0) throw new InvalidInput('empty_comment', 'A comment cannot be empty')
    if (trimmed.length > MAX_COMMENT_CHARS) {
      throw new InvalidInput(
        'comment_too_long',
        `A comment may have at most ${MAX_COMMENT_CHARS} characters`,
      )
    }
    return trimmed
  }

  #checkMentions(plan: { team: { id: string } }, userIds: string[]): string[] {
    const unique = [...new Set(userIds)]
    for (const id of unique) {
      const person = this.#options.users.find(id)
      if (!person || !can(person, 'read', plan)) {
        throw new InvalidInput(
          'invalid_mention',
          'Only people who can see this plan can be mentioned',
        )
      }
    }
    return unique
  }

  #publishThread(threadId: string): ThreadView {
    const thread = this.#options.store.thread(threadId)
    if (!thread) throw new Error(`Thread ${threadId} vanished`)
    const [view] = this.#views([thread])
    if (!view) throw new Error(`Thread ${threadId} has no comments`)
    this.#options.publish(thread.plan_id, { type: 'thread', thread: view })
    return view
  }

  #views(threads: ThreadRow[]): ThreadView[] {
    const { store, users } = this.#options
    const comments = store.commentsOf(threads.map((t) => t.id))
    const mentions = store.mentionsOf(comments.map((c) => c.id))
    const people = new Map<string, PersonRef>()
    const person = (id: string): PersonRef => {
      let ref = people.get(id)
      if (!ref) {
        const user = users.find(id)
        ref = user ? this.#person(user) : { id, name: 'Unknown', role: 'delegate', team: null }
        people.set(id, ref)
      }
      return ref
    }
    const toView = (c: CommentRow): CommentView => ({
      id: c.id,
      threadId: c.thread_id,
      author: person(c.author_id),
      body: c.body,
      mentions: mentions.filter((m) => m.comment_id === c.id).map((m) => person(m.user_id)),
      createdAt: c.created_at,
      editedAt: c.edited_at,
    })
    return threads.map((t) => ({
      id: t.id,
      planId: t.plan_id,
      anchor: {
        start: Buffer.from(t.anchor_start).toString('base64'),
        end: Buffer.from(t.anchor_end).toString('base64'),
      },
      quote: { exact: t.quote, prefix: t.quote_prefix, suffix: t.quote_suffix },
      status: t.status,
      createdAt: t.created_at,
      createdBy: person(t.created_by),
      resolvedAt: t.resolved_at,
      resolvedBy: t.resolved_by ? person(t.resolved_by) : null,
      comments: comments.filter((c) => c.thread_id === t.id).map(toView),
    }))
  }

  #person(user: User): PersonRef {
    return personRef(user, this.#options.course)
  }

  #now(): string {
    return (this.#options.now?.() ?? new Date()).toISOString()
  }
}
