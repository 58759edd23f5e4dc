import { describe, expect, it } from 'vitest'
import { seedStores, storeBackends } from '../testing/storeBackends'
import type { NewThread } from './CommentStore'

const T1 = '2026-05-01T10:00:00.000Z'
const T2 = '2026-05-01T11:00:00.000Z'
const T3 = '2026-05-01T12:00:00.000Z'

describe.each(storeBackends)('the comment store (%s)', (_name, open) => {
  const openSeeded = () => {
    const stores = seedStores(open())
    const newThread = (now = T1): NewThread => ({
      planId: stores.plan.id,
      anchorStart: new Uint8Array([1, 2]),
      anchorEnd: new Uint8Array([3]),
      quote: { exact: 'water', prefix: 'clean ', suffix: ' for all' },
      createdBy: stores.ama.id,
      now,
    })
    return { ...stores, newThread }
  }

  it('stores an open thread and finds it', () => {
    const { comments, plan, ama, newThread } = openSeeded()
    const id = comments.insertThread(newThread())
    const thread = comments.thread(id)
    expect(thread).toEqual({
      id,
      plan_id: plan.id,
      anchor_start: expect.any(Uint8Array),
      anchor_end: expect.any(Uint8Array),
      quote: 'water',
      quote_prefix: 'clean ',
      quote_suffix: ' for all',
      status: 'open',
      created_by: ama.id,
      created_at: T1,
      resolved_by: null,
      resolved_at: null,
      deleted_at: null,
    })
    expect([...(thread?.anchor_start ?? [])]).toEqual([1, 2])
    expect([...(thread?.anchor_end ?? [])]).toEqual([3])
    expect(comments.thread('nope')).toBeNull()
    expect(comments.threadsOf(plan.id)).toEqual([thread])
    expect(comments.threadsOf('other')).toEqual([])
  })

  it('refuses threads and comments on what does not exist', () => {
    const { comments, ama, newThread } = openSeeded()
    expect(() => comments.insertThread({ ...newThread(), planId: 'nope' })).toThrow()
    const threadId = comments.insertThread(newThread())
    expect(() =>
      comments.insertComment({ threadId: 'nope', authorId: 'x', body: 'b', mentions: [], now: T1 }),
    ).toThrow()
    expect(() =>
      comments.insertComment({
        threadId,
        authorId: ama.id,
        body: 'b',
        mentions: ['nobody'],
        now: T1,
      }),
    ).toThrow()
  })

  it('lists comments in the order written, leaving deleted ones out', () => {
    const { comments, ama, kofi, newThread } = openSeeded()
    const first = comments.insertThread(newThread(T1))
    const second = comments.insertThread(newThread(T2))
    const a = comments.insertComment({
      threadId: first,
      authorId: ama.id,
      body: 'a',
      mentions: [],
      now: T2,
    })
    const b = comments.insertComment({
      threadId: second,
      authorId: kofi.id,
      body: 'b',
      mentions: [],
      now: T1,
    })
    const c = comments.insertComment({
      threadId: first,
      authorId: kofi.id,
      body: 'c',
      mentions: [],
      now: T2,
    })
    expect(comments.commentsOf([first, second]).map((row) => row.id)).toEqual([b, a, c])
    expect(comments.commentsOf([])).toEqual([])
    expect(comments.comment(a)).toEqual({
      id: a,
      thread_id: first,
      author_id: ama.id,
      body: 'a',
      created_at: T2,
      edited_at: null,
      deleted_at: null,
    })
    comments.deleteComment(a, T3)
    expect(comments.commentsOf([first]).map((row) => row.id)).toEqual([c])
    expect(comments.comment(a)?.deleted_at).toBe(T3)
  })

  it('keeps mentions once each, and replaces them with an edit', () => {
    const { comments, ama, kofi, newThread } = openSeeded()
    const threadId = comments.insertThread(newThread())
    const id = comments.insertComment({
      threadId,
      authorId: ama.id,
      body: '@Kofi @Kofi',
      mentions: [kofi.id, kofi.id],
      now: T1,
    })
    expect(comments.mentionsOf([id])).toEqual([{ comment_id: id, user_id: kofi.id }])
    expect(comments.mentionsOf([])).toEqual([])
    comments.updateCommentBody(id, '@Ama', [ama.id], T2)
    expect(comments.comment(id)).toMatchObject({ body: '@Ama', edited_at: T2 })
    expect(comments.mentionsOf([id])).toEqual([{ comment_id: id, user_id: ama.id }])
  })

  it('resolves and reopens a thread, and leaves deleted threads out', () => {
    const { comments, plan, kofi, newThread } = openSeeded()
    const id = comments.insertThread(newThread())
    comments.setStatus(id, 'resolved', kofi.id, T2)
    expect(comments.thread(id)).toMatchObject({
      status: 'resolved',
      resolved_by: kofi.id,
      resolved_at: T2,
    })
    comments.setStatus(id, 'open', kofi.id, T3)
    expect(comments.thread(id)).toMatchObject({
      status: 'open',
      resolved_by: null,
      resolved_at: null,
    })
    comments.deleteThread(id, T3)
    expect(comments.threadsOf(plan.id)).toEqual([])
    expect(comments.thread(id)?.deleted_at).toBe(T3)
  })

  it('undoes a transaction that throws', () => {
    const { comments, ama, newThread } = openSeeded()
    const threadId = comments.insertThread(newThread())
    expect(() =>
      comments.transaction(() => {
        comments.insertComment({ threadId, authorId: ama.id, body: 'a', mentions: [], now: T1 })
        throw new Error('disk full')
      }),
    ).toThrow('disk full')
    expect(comments.commentsOf([threadId])).toEqual([])
    expect(comments.transaction(() => 7)).toBe(7)
  })

  it('counts open threads and others’ comments since the last visit, per plan', () => {
    const { comments, plan, ama, kofi, newThread } = openSeeded()
    expect(comments.activityFor(ama.id)).toEqual(new Map())
    const open = comments.insertThread(newThread())
    const resolved = comments.insertThread(newThread())
    const empty = comments.insertThread(newThread())
    comments.insertComment({ threadId: open, authorId: kofi.id, body: '1', mentions: [], now: T1 })
    comments.insertComment({ threadId: open, authorId: ama.id, body: '2', mentions: [], now: T2 })
    comments.insertComment({
      threadId: resolved,
      authorId: kofi.id,
      body: '3',
      mentions: [],
      now: T3,
    })
    comments.setStatus(resolved, 'resolved', ama.id, T3)
    expect(empty).toBeTruthy()
    expect(comments.activityFor(ama.id)).toEqual(
      new Map([[plan.id, { openThreads: 1, newComments: 2 }]]),
    )
    comments.recordVisit(ama.id, plan.id, T1)
    comments.recordVisit(ama.id, plan.id, T2)
    expect(comments.activityFor(ama.id).get(plan.id)).toEqual({ openThreads: 1, newComments: 1 })
    expect(comments.activityFor(kofi.id).get(plan.id)).toEqual({ openThreads: 1, newComments: 1 })
    comments.deleteThread(open, T3)
    expect(comments.activityFor(ama.id).get(plan.id)).toEqual({ openThreads: 0, newComments: 1 })
  })
})
