import type { CommentEvent } from '@coplan/protocol'
import { PLAN_BODY_FIELD, createAnchor, createPlanSchema, planBodyNode } from '@coplan/schema'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { User } from '../accounts/UserStore'
import { DEMO } from '../testing/demoAccounts'
import { domainRefusal } from '../testing/domainRefusal'
import { openMemoryRooms } from '../testing/openMemoryRooms'
import { CommentService } from './CommentService'

const schema = createPlanSchema()

/**
 * The service alone, on the in-memory stores of the demo course, with Ghana's plan holding a
 * sentence to comment on, and recording sinks for what it publishes and whom it tells. Rights
 * over HTTP, live delivery to sockets and the home page's counts are in comments.test.ts.
 */
const setup = async () => {
  const { course, users, notifications, registry, ...stores } = openMemoryRooms()
  const plan = course.listPlans().find((p) => p.team.countryCode === 'GH')
  if (!plan) throw new Error('No Ghana plan')
  const room = await registry.open(plan.id)
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText('We will pilot a one-stop portal in Accra.')])
  room.doc.getXmlFragment(PLAN_BODY_FIELD).push([paragraph])
  const heard = { published: [] as CommentEvent[], notified: [] as string[][] }
  const comments = new CommentService({
    store: stores.comments,
    notifications,
    users,
    course,
    planDoc: async (planId) => (await registry.open(planId)).doc,
    publish: (planId, event) => {
      expect(planId).toBe(plan.id)
      heard.published.push(event)
    },
    live: { notifications: (userIds) => heard.notified.push([...userIds]), planChanged: () => {} },
  })
  const person = (email: string): User => {
    const user = users.findByEmail(email)
    if (!user) throw new Error(`No user ${email}`)
    return user
  }
  const idOf = (email: string) => person(email).id
  const emailOf = (userId: string) => users.find(userId)?.email
  /** The anchor of the first occurrence of `words` in the plan as the room has it. */
  const anchorOf = (words: string) => {
    let from = -1
    planBodyNode(room.doc, schema).descendants((node, pos) => {
      const index = node.isText ? (node.text ?? '').indexOf(words) : -1
      if (from < 0 && index >= 0) from = pos + index
    })
    if (from < 0) throw new Error(`"${words}" not found`)
    return createAnchor(room.doc, schema, from, from + words.length)
  }
  const newThread = (email: string, body = 'Which agency runs it?', mentions: string[] = []) =>
    comments.createThread(person(email), plan.id, {
      anchor: anchorOf('one-stop portal'),
      body,
      mentions,
    })
  /** Everyone's comment notifications, as `kind email`, in no particular order. */
  const inboxes = () =>
    users
      .list()
      .flatMap((user) =>
        notifications
          .listFor(user.id, 100)
          .filter((row) => row.kind === 'mention' || row.kind === 'reply')
          .map((row) => `${row.kind} ${user.email}`),
      )
      .sort()
  const told = () => heard.notified.map((ids) => ids.map(emailOf).sort())
  return {
    comments,
    course,
    users,
    room,
    plan,
    heard,
    person,
    idOf,
    anchorOf,
    newThread,
    inboxes,
    told,
  }
}

describe('CommentService: whom a comment tells', () => {
  it('tells the people mentioned, once each, and never the author', async () => {
    const { newThread, idOf, inboxes, told } = await setup()
    await newThread(DEMO.mentorKim, 'Ama, Kwame: please check.', [
      idOf(DEMO.ghanaDelegate),
      idOf(DEMO.ghanaDelegate),
      idOf(DEMO.ghanaDelegate2),
      idOf(DEMO.mentorKim),
    ])
    expect(inboxes()).toEqual([`mention ${DEMO.ghanaDelegate}`, `mention ${DEMO.ghanaDelegate2}`])
    expect(told()).toEqual([[DEMO.ghanaDelegate, DEMO.ghanaDelegate2]])
  })

  it('tells the thread’s author and earlier repliers of a reply, a mention outranking a reply', async () => {
    const { comments, person, plan, newThread, idOf, inboxes, told } = await setup()
    const thread = await newThread(DEMO.mentorKim)
    await comments.reply(person(DEMO.ghanaDelegate), plan.id, thread.id, {
      body: 'The ministry.',
      mentions: [],
    })
    expect(inboxes()).toEqual([`reply ${DEMO.mentorKim}`])
    await comments.reply(person(DEMO.ghanaDelegate2), plan.id, thread.id, {
      body: 'Kim, see the annex.',
      mentions: [idOf(DEMO.mentorKim)],
    })
    expect(inboxes()).toEqual([
      `mention ${DEMO.mentorKim}`,
      `reply ${DEMO.ghanaDelegate}`,
      `reply ${DEMO.mentorKim}`,
    ])
    expect(told()).toEqual([[], [DEMO.mentorKim], [DEMO.ghanaDelegate, DEMO.mentorKim]])
  })

  it('tells only the people an edit newly mentions', async () => {
    const { comments, person, plan, newThread, idOf, inboxes, told } = await setup()
    const thread = await newThread(DEMO.mentorKim, 'Ama?', [idOf(DEMO.ghanaDelegate)])
    const commentId = thread.comments[0]?.id ?? ''
    const edited = comments.editComment(person(DEMO.mentorKim), plan.id, commentId, {
      body: 'Ama, Kwame?',
      mentions: [idOf(DEMO.ghanaDelegate), idOf(DEMO.ghanaDelegate2)],
    })
    expect(edited.comments[0]).toMatchObject({ body: 'Ama, Kwame?', editedAt: expect.any(String) })
    expect(inboxes()).toEqual([`mention ${DEMO.ghanaDelegate}`, `mention ${DEMO.ghanaDelegate2}`])
    expect(told()).toEqual([[DEMO.ghanaDelegate], [DEMO.ghanaDelegate2]])
  })

  it('refuses mentioning someone who cannot see the plan, storing and telling nothing', async () => {
    const { comments, person, plan, newThread, idOf, inboxes, heard } = await setup()
    for (const outsider of [DEMO.peruDelegate, DEMO.mentorLee]) {
      expect(await domainRefusal(newThread(DEMO.admin, 'Look', [idOf(outsider)]))).toEqual({
        kind: 'invalid_input',
        code: 'invalid_mention',
        message: 'Only people who can see this plan can be mentioned',
      })
    }
    expect(await domainRefusal(newThread(DEMO.admin, 'Look', ['no-such-person']))).toMatchObject({
      code: 'invalid_mention',
    })
    expect(comments.listThreads(person(DEMO.admin), plan.id)).toEqual([])
    expect(inboxes()).toEqual([])
    expect(heard).toEqual({ published: [], notified: [] })
  })

  it('offers for mentions the people who can see the plan, and no one else', async () => {
    const { comments, person, plan } = await setup()
    const names = comments.mentionable(person(DEMO.ghanaDelegate), plan.id).map((p) => p.name)
    expect(names).toContain('Ama Owusu')
    expect(names).toContain('Kim Min-jun')
    const ids = comments.mentionable(person(DEMO.ghanaDelegate), plan.id).map((p) => p.id)
    expect(ids).not.toContain(person(DEMO.peruDelegate).id)
    expect(ids).not.toContain(person(DEMO.mentorLee).id)
  })
})

describe('CommentService: threads', () => {
  it('quotes the anchored text as the plan has it, whatever the client thinks', async () => {
    const { newThread, heard, plan } = await setup()
    const thread = await newThread(DEMO.ghanaDelegate)
    expect(thread).toMatchObject({
      planId: plan.id,
      status: 'open',
      quote: { exact: 'one-stop portal' },
      createdBy: { name: 'Ama Owusu' },
      comments: [{ body: 'Which agency runs it?', author: { name: 'Ama Owusu' } }],
    })
    expect(thread.quote.prefix).toMatch(/pilot a $/)
    expect(thread.quote.suffix).toMatch(/^ in Accra/)
    expect(heard.published).toEqual([{ type: 'thread', thread }])
  })

  it('refuses an anchor that is not in the plan', async () => {
    const { comments, person, plan } = await setup()
    const elsewhere = new Y.Doc()
    elsewhere.getXmlFragment(PLAN_BODY_FIELD).push([new Y.XmlElement('paragraph')])
    const start = Y.encodeRelativePosition(
      Y.createRelativePositionFromTypeIndex(elsewhere.getXmlFragment(PLAN_BODY_FIELD), 0),
    )
    const input = { anchor: { start, end: start }, body: 'Hi', mentions: [] }
    expect(await domainRefusal(comments.createThread(person(DEMO.admin), plan.id, input))).toEqual({
      kind: 'invalid_input',
      code: 'invalid_anchor',
      message: 'The selected passage is not in the plan (any more); select it again',
    })
  })

  it('resolves and reopens for anyone who may comment, recording who resolved it', async () => {
    const { comments, person, plan, newThread } = await setup()
    const thread = await newThread(DEMO.ghanaDelegate)
    for (const email of [DEMO.mentorKim, DEMO.ghanaDelegate2, DEMO.admin]) {
      const resolved = comments.setStatus(person(email), plan.id, thread.id, 'resolved')
      expect(resolved).toMatchObject({ status: 'resolved', resolvedAt: expect.any(String) })
      expect(resolved.resolvedBy?.id).toBe(person(email).id)
      const reopened = comments.setStatus(person(email), plan.id, thread.id, 'open')
      expect(reopened).toMatchObject({ status: 'open', resolvedBy: null })
    }
  })

  it('keeps who resolved a thread when it is resolved again', async () => {
    const { comments, person, plan, newThread } = await setup()
    const thread = await newThread(DEMO.ghanaDelegate)
    comments.setStatus(person(DEMO.mentorKim), plan.id, thread.id, 'resolved')
    const again = comments.setStatus(person(DEMO.admin), plan.id, thread.id, 'resolved')
    expect(again.resolvedBy?.name).toBe('Kim Min-jun')
  })

  it('refuses outsiders every action, and unknown plans, threads and comments', async () => {
    const { comments, course, person, plan, newThread, users } = await setup()
    const thread = await newThread(DEMO.mentorKim)
    const commentId = thread.comments[0]?.id ?? ''
    const former = person(DEMO.ghanaDelegate2)
    users.update(former.id, { active: false })
    const forbidden = {
      kind: 'forbidden',
      code: 'forbidden',
      message: 'You may not open this plan',
    }
    for (const outsider of [
      person(DEMO.peruDelegate),
      person(DEMO.mentorLee),
      person(former.email),
    ]) {
      const body = { body: 'Hi', mentions: [] }
      expect(await domainRefusal(newThread(outsider.email))).toEqual(forbidden)
      expect(await domainRefusal(() => comments.listThreads(outsider, plan.id))).toEqual(forbidden)
      expect(await domainRefusal(() => comments.reply(outsider, plan.id, thread.id, body))).toEqual(
        forbidden,
      )
      expect(
        await domainRefusal(() => comments.setStatus(outsider, plan.id, thread.id, 'resolved')),
      ).toEqual(forbidden)
      expect(
        await domainRefusal(() => comments.deleteComment(outsider, plan.id, commentId)),
      ).toEqual(forbidden)
    }
    const admin = person(DEMO.admin)
    expect(await domainRefusal(() => comments.listThreads(admin, 'no-such-plan'))).toEqual({
      kind: 'not_found',
      code: 'plan_not_found',
      message: 'There is no plan with that id',
    })
    const otherPlan = course.listPlans().find((p) => p.id !== plan.id)?.id ?? ''
    for (const [planId, threadId] of [
      [plan.id, 'no-such-thread'],
      [otherPlan, thread.id],
    ] as const) {
      expect(
        await domainRefusal(() => comments.setStatus(admin, planId, threadId, 'resolved')),
      ).toMatchObject({ kind: 'not_found', code: 'thread_not_found' })
    }
    expect(
      await domainRefusal(() => comments.deleteComment(admin, plan.id, 'no-such-comment')),
    ).toEqual({
      kind: 'not_found',
      code: 'comment_not_found',
      message: 'There is no such comment',
    })
  })

  it('refuses empty and oversized comments, trimming the rest', async () => {
    const { comments, person, plan, newThread } = await setup()
    expect(await domainRefusal(newThread(DEMO.admin, ' \n '))).toEqual({
      kind: 'invalid_input',
      code: 'empty_comment',
      message: 'A comment cannot be empty',
    })
    expect(await domainRefusal(newThread(DEMO.admin, 'x'.repeat(10_001)))).toEqual({
      kind: 'invalid_input',
      code: 'comment_too_long',
      message: 'A comment may have at most 10000 characters',
    })
    const thread = await newThread(DEMO.admin, `  ${'x'.repeat(10_000)}\n`)
    expect(thread.comments[0]?.body).toBe('x'.repeat(10_000))
    expect(comments.listThreads(person(DEMO.admin), plan.id)).toHaveLength(1)
  })
})

describe('CommentService: editing and deleting', () => {
  it('lets only the author edit, not even an admin', async () => {
    const { comments, person, plan, newThread } = await setup()
    const thread = await newThread(DEMO.mentorKim)
    const commentId = thread.comments[0]?.id ?? ''
    for (const email of [DEMO.ghanaDelegate, DEMO.admin]) {
      const edit = () =>
        comments.editComment(person(email), plan.id, commentId, { body: 'Mine', mentions: [] })
      expect(await domainRefusal(edit)).toEqual({
        kind: 'forbidden',
        code: 'not_author',
        message: 'Only the author may edit a comment',
      })
    }
    expect(comments.listThreads(person(DEMO.admin), plan.id)[0]?.comments[0]?.body).toBe(
      'Which agency runs it?',
    )
  })

  it('lets the author or an admin delete a reply; the thread stays', async () => {
    const { comments, person, plan, newThread, heard } = await setup()
    const thread = await newThread(DEMO.mentorKim)
    const reply = (id: string) =>
      comments
        .reply(person(DEMO.ghanaDelegate), plan.id, thread.id, { body: id, mentions: [] })
        .comments.at(-1)?.id ?? ''
    const first = reply('First')
    const second = reply('Second')
    for (const email of [DEMO.mentorKim, DEMO.ghanaDelegate2]) {
      expect(
        await domainRefusal(() => comments.deleteComment(person(email), plan.id, first)),
      ).toEqual({
        kind: 'forbidden',
        code: 'not_author',
        message: 'Only the author or an admin may delete a comment',
      })
    }
    comments.deleteComment(person(DEMO.ghanaDelegate), plan.id, first)
    comments.deleteComment(person(DEMO.admin), plan.id, second)
    const [left] = comments.listThreads(person(DEMO.admin), plan.id)
    expect(left?.comments.map((c) => c.body)).toEqual(['Which agency runs it?'])
    expect(heard.published.at(-1)).toEqual({ type: 'thread', thread: left })
  })

  it('deletes the thread with its first comment; what then targets it is gone', async () => {
    const { comments, person, plan, newThread, heard } = await setup()
    const thread = await newThread(DEMO.mentorKim)
    const firstId = thread.comments[0]?.id ?? ''
    comments.deleteComment(person(DEMO.mentorKim), plan.id, firstId)
    expect(heard.published.at(-1)).toEqual({ type: 'thread-deleted', threadId: thread.id })
    expect(comments.listThreads(person(DEMO.admin), plan.id)).toEqual([])
    const delegate = person(DEMO.ghanaDelegate)
    const gone = {
      kind: 'gone',
      code: 'thread_deleted',
      message: 'This comment thread was deleted',
    }
    expect(
      await domainRefusal(() =>
        comments.reply(delegate, plan.id, thread.id, { body: 'Too late', mentions: [] }),
      ),
    ).toEqual(gone)
    expect(
      await domainRefusal(() => comments.setStatus(delegate, plan.id, thread.id, 'open')),
    ).toEqual(gone)
    expect(
      await domainRefusal(() => comments.deleteComment(person(DEMO.mentorKim), plan.id, firstId)),
    ).toMatchObject({ kind: 'not_found', code: 'comment_not_found' })
  })
})
