import type { ThreadView } from '@coplan/protocol'
import { MessageType, readCommentEvent } from '@coplan/protocol'
import { createAnchor, createPlanSchema, planBodyNode } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import type * as Y from 'yjs'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { startTestServer } from '../testing/startTestServer'

const schema = createPlanSchema()

/** Base64 anchor of the first occurrence of `words` in a synced client's document. */
const anchorOf = (doc: Y.Doc, words: string) => {
  let from = -1
  planBodyNode(doc, schema).descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(words) : -1
    if (from < 0 && index >= 0) from = pos + index
  })
  if (from < 0) throw new Error(`"${words}" not found`)
  const anchor = createAnchor(doc, schema, from, from + words.length)
  return {
    start: Buffer.from(anchor.start).toString('base64'),
    end: Buffer.from(anchor.end).toString('base64'),
  }
}

/** A server with Ghana's plan holding a sentence to comment on, and API calls as anyone. */
const setUp = async () => {
  const test = await startTestServer()
  const plan = test.server.course.listPlans().find((p) => p.team.countryCode === 'GH')
  if (!plan) throw new Error('no Ghana plan')
  const writer = connectClient(test.collabUrl, plan.id, test.tokenFor(DEMO.ghanaDelegate))
  await writer.synced
  writer.appendParagraph('We will pilot a one-stop portal in Accra.')
  await vi.waitFor(() =>
    expect(test.server.course.findPlan(plan.id)?.lastEditedAt).not.toBe(plan.createdAt),
  )
  const tokens = new Map<string, string>()
  const call = async (email: string, method: string, path: string, body?: unknown) => {
    if (!tokens.has(email)) tokens.set(email, test.tokenFor(email))
    const response = await fetch(`${test.url}/api${path}`, {
      method,
      headers: { authorization: `Bearer ${tokens.get(email)}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    })
    return { status: response.status, body: (await response.json()) as Record<string, unknown> }
  }
  const newThread = (email: string, text = 'Which agency runs it?', mentions: string[] = []) =>
    call(email, 'POST', `/plans/${plan.id}/threads`, {
      anchor: anchorOf(writer.doc, 'one-stop portal'),
      body: text,
      mentions,
    })
  const threadCount = () => test.server.comments.listThreads(adminUser(), plan.id).length
  const adminUser = () => {
    const user = test.server.users.findByEmail(DEMO.admin)
    if (!user) throw new Error('no admin')
    return user
  }
  return { ...test, plan, writer, call, newThread, threadCount }
}

describe('who may do what with comments, enforced by the server', () => {
  it.each([
    ['delegate of the team', DEMO.ghanaDelegate, 201],
    ['mentor of the team', DEMO.mentorKim, 201],
    ['admin', DEMO.admin, 201],
    ['delegate of another team', DEMO.peruDelegate, 403],
    ['mentor of other teams', DEMO.mentorLee, 403],
  ])('%s: create, reply, resolve and reopen', async (_, email, status) => {
    const { plan, call, newThread, threadCount } = await setUp()
    const created = await newThread(email)
    expect(created.status).toBe(status)
    const mentor = await newThread(DEMO.mentorKim, 'A thread by the mentor')
    const threadId = (mentor.body.thread as ThreadView).id
    const base = `/plans/${plan.id}/threads/${threadId}`
    expect((await call(email, 'POST', `${base}/comments`, { body: 'A reply' })).status).toBe(status)
    expect((await call(email, 'POST', `${base}/resolve`)).status).toBe(status === 201 ? 200 : 403)
    expect((await call(email, 'POST', `${base}/reopen`)).status).toBe(status === 201 ? 200 : 403)
    expect((await call(email, 'GET', `/plans/${plan.id}/threads`)).status).toBe(
      status === 201 ? 200 : 403,
    )
    expect(threadCount()).toBe(status === 201 ? 2 : 1)
  })

  it('lets only the author edit a comment, and the author or an admin delete it', async () => {
    const { plan, call, newThread } = await setUp()
    const thread = (await newThread(DEMO.mentorKim)).body.thread as ThreadView
    const reply = (
      await call(DEMO.ghanaDelegate, 'POST', `/plans/${plan.id}/threads/${thread.id}/comments`, {
        body: 'Ours',
      })
    ).body.thread as ThreadView
    const replyId = reply.comments[1]?.id ?? ''
    const rootId = thread.comments[0]?.id ?? ''
    const path = (id: string) => `/plans/${plan.id}/comments/${id}`

    expect(
      (await call(DEMO.ghanaDelegate, 'PATCH', path(rootId), { body: 'Hijacked' })).status,
    ).toBe(403)
    expect((await call(DEMO.admin, 'PATCH', path(rootId), { body: 'Hijacked' })).status).toBe(403)
    const edited = await call(DEMO.mentorKim, 'PATCH', path(rootId), {
      body: 'Which ministry runs it?',
    })
    expect(edited.status).toBe(200)
    expect((edited.body.thread as ThreadView).comments[0]).toMatchObject({
      body: 'Which ministry runs it?',
      editedAt: expect.any(String),
    })

    expect((await call(DEMO.mentorKim, 'DELETE', path(replyId))).status).toBe(403)
    expect((await call(DEMO.ghanaDelegate2, 'DELETE', path(replyId))).status).toBe(403)
    expect((await call(DEMO.ghanaDelegate, 'DELETE', path(replyId))).status).toBe(200)
    expect((await call(DEMO.admin, 'DELETE', path(rootId))).status).toBe(200)
    const { body } = await call(DEMO.mentorKim, 'GET', `/plans/${plan.id}/threads`)
    expect(body.threads).toEqual([])
  })

  it('stamps the author itself, whatever the request claims', async () => {
    const { plan, call, writer, server } = await setUp()
    const kim = server.users.findByEmail(DEMO.mentorKim)
    const { body } = await call(DEMO.ghanaDelegate, 'POST', `/plans/${plan.id}/threads`, {
      anchor: anchorOf(writer.doc, 'Accra'),
      body: 'Forged?',
      author: { id: kim?.id, name: 'Kim Min-jun' },
      authorId: kim?.id,
      createdAt: '2001-01-01T00:00:00.000Z',
    })
    const thread = body.thread as ThreadView
    expect(thread.comments[0]?.author.name).toBe('Ama Owusu')
    expect(thread.createdAt).not.toBe('2001-01-01T00:00:00.000Z')
    expect(thread.quote.exact).toBe('Accra')
  })
})

describe('bad input is refused clearly, storing nothing', () => {
  it('refuses empty, oversized, misplaced and dangling comments', async () => {
    const { plan, call, newThread, threadCount, server } = await setUp()
    const thread = (await newThread(DEMO.mentorKim)).body.thread as ThreadView
    const otherPlan = server.course.listPlans().find((p) => p.team.countryCode === 'PE')
    const cases: [string, string, unknown, number, string][] = [
      [
        'POST',
        `/plans/${plan.id}/threads/${thread.id}/comments`,
        { body: '   ' },
        400,
        'empty_comment',
      ],
      [
        'POST',
        `/plans/${plan.id}/threads/${thread.id}/comments`,
        { body: 'x'.repeat(10_001) },
        400,
        'comment_too_long',
      ],
      [
        'POST',
        `/plans/${plan.id}/threads/no-such-thread/comments`,
        { body: 'Hi' },
        404,
        'thread_not_found',
      ],
      // A thread of another plan, through a plan the person may comment on.
      [
        'POST',
        `/plans/${otherPlan?.id}/threads/${thread.id}/comments`,
        { body: 'Hi' },
        404,
        'thread_not_found',
      ],
      [
        'PATCH',
        `/plans/${otherPlan?.id}/comments/${thread.comments[0]?.id}`,
        { body: 'Hi' },
        404,
        'thread_not_found',
      ],
      [
        'POST',
        `/plans/${plan.id}/threads`,
        { anchor: { start: 'AAAA', end: 'AAAA' }, body: 'Hi' },
        400,
        'invalid_anchor',
      ],
      [
        'POST',
        `/plans/${plan.id}/threads`,
        { anchor: { start: '!!', end: '??' }, body: 'Hi' },
        400,
        'invalid_body',
      ],
      [
        'POST',
        `/plans/${plan.id}/threads/${thread.id}/comments`,
        { body: 'Hi', mentions: [server.users.findByEmail(DEMO.peruDelegate)?.id] },
        400,
        'invalid_mention',
      ],
    ]
    for (const [method, path, body, status, code] of cases) {
      const response = await call(DEMO.admin, method, path, body)
      expect({
        path,
        status: response.status,
        code: (response.body.error as { code: string }).code,
      }).toEqual({ path, status, code })
    }
    expect(threadCount()).toBe(1)
    expect(
      server.comments.listThreads(server.users.findByEmail(DEMO.admin)!, plan.id)[0]?.comments,
    ).toHaveLength(1)

    await call(DEMO.mentorKim, 'DELETE', `/plans/${plan.id}/comments/${thread.comments[0]?.id}`)
    const late = await call(
      DEMO.ghanaDelegate,
      'POST',
      `/plans/${plan.id}/threads/${thread.id}/comments`,
      { body: 'Too late' },
    )
    expect(late.status).toBe(410)
    expect((late.body.error as { message: string }).message).toMatch(/deleted/)
  })
})

describe('comments in real time and afterwards', () => {
  it('pushes new threads, replies and resolutions to everyone on the plan at once', async () => {
    const { plan, call, newThread, collabUrl, tokenFor } = await setUp()
    const watcher = await openRawSocket(
      `${collabUrl}/${plan.id}?coplan=1&token=${tokenFor(DEMO.ghanaDelegate2)}`,
    )
    const events = () =>
      watcher.messages.flatMap((message) => {
        const decoder = decoding.createDecoder(message)
        return decoding.readVarUint(decoder) === MessageType.CommentEvent
          ? [readCommentEvent(decoder)]
          : []
      })
    const thread = (await newThread(DEMO.mentorKim)).body.thread as ThreadView
    await vi.waitFor(() => expect(events()).toHaveLength(1))
    await call(DEMO.ghanaDelegate, 'POST', `/plans/${plan.id}/threads/${thread.id}/comments`, {
      body: 'The ministry.',
    })
    await call(DEMO.ghanaDelegate, 'POST', `/plans/${plan.id}/threads/${thread.id}/resolve`)
    await vi.waitFor(() => expect(events()).toHaveLength(3))
    const last = events()[2]
    expect(last?.type === 'thread' && last.thread).toMatchObject({
      status: 'resolved',
      resolvedBy: { name: 'Ama Owusu' },
      comments: [{ author: { name: 'Kim Min-jun', role: 'mentor' } }, { body: 'The ministry.' }],
    })
  })

  it("keeps Coplan's own messages from a stock y-websocket client, which would log each one", async () => {
    const { plan, newThread, collabUrl, tokenFor } = await setUp()
    const logged = vi.spyOn(console, 'error')
    onTestFinished(() => logged.mockRestore())
    const typesOf = (messages: Uint8Array[]) =>
      messages.map((message) => decoding.readVarUint(decoding.createDecoder(message)))
    const plain = await openRawSocket(`${collabUrl}/${plan.id}?token=${tokenFor(DEMO.mentorKim)}`)
    const asking = await openRawSocket(
      `${collabUrl}/${plan.id}?coplan=1&token=${tokenFor(DEMO.mentorKim)}`,
    )
    const stock = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate2), { stock: true })
    await stock.synced
    // A write (acknowledged to its writer, relayed to others) and a comment (an event to all).
    stock.appendParagraph('Written by a script.')
    await newThread(DEMO.mentorKim)
    await vi.waitFor(() =>
      expect(typesOf(asking.messages)).toEqual(
        expect.arrayContaining([MessageType.SessionNotice, MessageType.CommentEvent]),
      ),
    )
    const relayed = (messages: Uint8Array[]) =>
      messages.filter((message) => Buffer.from(message).includes('Written by a script.')).length
    await vi.waitFor(() => expect(relayed(plain.messages)).toBeGreaterThan(0))
    expect(typesOf(plain.messages).filter((type) => type >= MessageType.SessionNotice)).toEqual([])
    expect(stock.provider.wsconnected).toBe(true)
    expect(logged).not.toHaveBeenCalledWith('Unable to compute message')
  })

  it('notifies mentioned people and thread authors, and counts what is new on the home page', async () => {
    const { plan, call, newThread, server } = await setUp()
    const amaId = server.users.findByEmail(DEMO.ghanaDelegate)?.id ?? ''
    const thread = (await newThread(DEMO.mentorKim, 'Ama, please check this.', [amaId])).body
      .thread as ThreadView
    const amaInbox = await call(DEMO.ghanaDelegate, 'GET', '/notifications')
    expect(amaInbox.body).toMatchObject({
      unread: 1,
      notifications: [{ kind: 'mention', planTitle: plan.title, actor: { name: 'Kim Min-jun' } }],
    })
    await call(DEMO.ghanaDelegate2, 'POST', `/plans/${plan.id}/threads/${thread.id}/comments`, {
      body: 'Checked.',
    })
    const kimInbox = await call(DEMO.mentorKim, 'GET', '/notifications')
    expect(kimInbox.body).toMatchObject({
      unread: 1,
      notifications: [{ kind: 'reply', excerpt: 'Checked.' }],
    })
    await call(DEMO.mentorKim, 'POST', '/notifications/read', {})
    expect((await call(DEMO.mentorKim, 'GET', '/notifications')).body.unread).toBe(0)

    const listed = async (email: string) =>
      (
        (await call(email, 'GET', '/plans')).body.plans as {
          id: string
          openThreads: number
          newComments: number
        }[]
      ).find((p) => p.id === plan.id)
    // Ama has not opened the plan: Kim's comment and Kwame's reply are both new to her.
    expect(await listed(DEMO.ghanaDelegate)).toMatchObject({ openThreads: 1, newComments: 2 })
    expect(await listed(DEMO.mentorKim)).toMatchObject({ openThreads: 1, newComments: 1 })
    await call(DEMO.ghanaDelegate, 'POST', `/plans/${plan.id}/visit`)
    expect(await listed(DEMO.ghanaDelegate)).toMatchObject({ openThreads: 1, newComments: 0 })
  })

  it('keeps threads across a restart', async () => {
    const test = await setUp()
    await test.newThread(DEMO.mentorKim, 'Survives restarts')
    test.writer.provider.destroy()
    const second = await test.restart()
    const token = second.tokenFor(DEMO.ghanaDelegate)
    const response = await fetch(`${second.url}/api/plans/${test.plan.id}/threads`, {
      headers: { authorization: `Bearer ${token}` },
    })
    const { threads } = (await response.json()) as { threads: ThreadView[] }
    expect(threads[0]?.comments[0]?.body).toBe('Survives restarts')
    expect(threads[0]?.quote.exact).toBe('one-stop portal')
  })
})
