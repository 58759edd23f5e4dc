import { describe, expect, it } from 'vitest'
import { seedStores, storeBackends } from '../testing/storeBackends'

const T1 = '2026-05-01T10:00:00.000Z'
const T2 = '2026-05-01T11:00:00.000Z'

describe.each(storeBackends)('the notification store (%s)', (_name, open) => {
  it('lists a person’s notifications, the newest first, up to a limit', () => {
    const { notifications, plan, ama, kofi } = seedStores(open())
    notifications.insert({
      userId: ama.id,
      kind: 'status',
      planId: plan.id,
      actorId: kofi.id,
      detail: { n: 1 },
      now: T1,
    })
    notifications.insert({
      userId: ama.id,
      kind: 'status',
      planId: plan.id,
      actorId: kofi.id,
      detail: { n: 2 },
      now: T2,
    })
    notifications.insert({
      userId: ama.id,
      kind: 'status',
      planId: plan.id,
      actorId: kofi.id,
      detail: { n: 3 },
      now: T2,
    })
    notifications.insert({
      userId: kofi.id,
      kind: 'status',
      planId: plan.id,
      actorId: ama.id,
      now: T2,
    })
    const listed = notifications.listFor(ama.id, 10)
    expect(listed.map((row) => row.detail)).toEqual(['{"n":3}', '{"n":2}', '{"n":1}'])
    expect(listed[0]).toEqual({
      id: expect.any(String),
      kind: 'status',
      plan_id: plan.id,
      actor_id: kofi.id,
      comment_id: null,
      detail: '{"n":3}',
      created_at: T2,
      read_at: null,
    })
    expect(notifications.listFor(ama.id, 2)).toEqual(listed.slice(0, 2))
    expect(notifications.listFor(kofi.id, 10)[0]?.detail).toBeNull()
  })

  it('leaves out notifications about deleted comments and threads', () => {
    const { notifications, comments, plan, ama, kofi } = seedStores(open())
    const newThread = () =>
      comments.insertThread({
        planId: plan.id,
        anchorStart: new Uint8Array([1]),
        anchorEnd: new Uint8Array([1]),
        quote: { exact: 'q', prefix: '', suffix: '' },
        createdBy: kofi.id,
        now: T1,
      })
    const [kept, deleted, inDeletedThread] = [newThread(), newThread(), newThread()].map(
      (threadId) =>
        comments.insertComment({
          threadId,
          authorId: kofi.id,
          body: '@Ama',
          mentions: [ama.id],
          now: T1,
        }),
    )
    for (const commentId of [kept, deleted, inDeletedThread]) {
      notifications.insert({
        userId: ama.id,
        kind: 'mention',
        planId: plan.id,
        actorId: kofi.id,
        commentId,
        now: T1,
      })
    }
    comments.deleteComment(deleted ?? '', T2)
    comments.deleteThread(comments.comment(inDeletedThread ?? '')?.thread_id ?? '', T2)
    expect(notifications.listFor(ama.id, 10).map((row) => row.comment_id)).toEqual([kept])
  })

  it('marks some or all of a person’s notifications read, once', () => {
    const { notifications, plan, ama, kofi } = seedStores(open())
    for (const userId of [ama.id, ama.id, ama.id, kofi.id]) {
      notifications.insert({ userId, kind: 'status', planId: plan.id, actorId: kofi.id, now: T1 })
    }
    const [first, second] = notifications.listFor(ama.id, 10).map((row) => row.id)
    const kofis = notifications.listFor(kofi.id, 10).map((row) => row.id)
    notifications.markRead(ama.id, [first ?? '', ...kofis], T1)
    notifications.markRead(ama.id, [first ?? ''], T2)
    const readAt = () =>
      new Map(notifications.listFor(ama.id, 10).map((row) => [row.id, row.read_at]))
    expect(readAt().get(first ?? '')).toBe(T1)
    expect(readAt().get(second ?? '')).toBeNull()
    expect(notifications.listFor(kofi.id, 10)[0]?.read_at).toBeNull()
    notifications.markRead(ama.id, null, T2)
    expect([...readAt().values()].sort()).toEqual([T1, T2, T2])
    expect(notifications.listFor(kofi.id, 10)[0]?.read_at).toBeNull()
  })
})
