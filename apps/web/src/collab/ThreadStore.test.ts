import type { ThreadView } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import { ThreadStore } from './ThreadStore'

const thread = (id: string, body: string): ThreadView => ({
  id,
  planId: 'p',
  anchor: { start: 'AA==', end: 'AA==' },
  quote: { exact: 'x', prefix: '', suffix: '' },
  status: 'open',
  createdAt: '2026-01-01T00:00:00.000Z',
  createdBy: { id: 'u', name: 'U', role: 'delegate', team: null },
  resolvedAt: null,
  resolvedBy: null,
  comments: [
    {
      id: `${id}-c`,
      threadId: id,
      author: { id: 'u', name: 'U', role: 'delegate', team: null },
      body,
      mentions: [],
      createdAt: '2026-01-01T00:00:00.000Z',
      editedAt: null,
    },
  ],
})

/** A store whose loads are answered by hand. */
const controlledStore = () => {
  const answers: ((threads: ThreadView[]) => void)[] = []
  const store = new ThreadStore(() => new Promise<ThreadView[]>((resolve) => answers.push(resolve)))
  const answer = async (index: number, threads: ThreadView[]) => {
    answers[index]?.(threads)
    await Promise.resolve()
  }
  const bodies = () =>
    store.getSnapshot().threads.map((entry) => `${entry.id}:${entry.comments[0]?.body}`)
  return { store, answer, bodies }
}

describe('ThreadStore', () => {
  it('is loading until the list arrives, then ready', async () => {
    const { store, answer, bodies } = controlledStore()
    store.refresh()
    expect(store.getSnapshot().status).toBe('loading')
    await answer(0, [thread('a', 'first')])
    expect(store.getSnapshot().status).toBe('ready')
    expect(bodies()).toEqual(['a:first'])
  })

  it('applies events as they come, deletions included', async () => {
    const { store, answer, bodies } = controlledStore()
    store.refresh()
    await answer(0, [thread('a', 'first')])
    store.apply({ type: 'thread', thread: thread('b', 'second') })
    store.apply({ type: 'thread', thread: thread('a', 'edited') })
    expect(bodies()).toEqual(['a:edited', 'b:second'])
    store.apply({ type: 'thread-deleted', threadId: 'a' })
    expect(bodies()).toEqual(['b:second'])
  })

  it('keeps events that cross a refresh in flight', async () => {
    const { store, answer, bodies } = controlledStore()
    store.refresh()
    store.apply({ type: 'thread', thread: thread('a', 'newer') })
    expect(bodies()).toEqual(['a:newer'])
    // The list was taken before the event: the event still wins.
    await answer(0, [thread('a', 'older'), thread('b', 'other')])
    expect(bodies()).toEqual(['a:newer', 'b:other'])
  })

  it('ignores the answer of an abandoned refresh', async () => {
    const { store, answer, bodies } = controlledStore()
    store.refresh()
    store.refresh()
    await answer(1, [thread('b', 'current')])
    await answer(0, [thread('a', 'stale')])
    expect(bodies()).toEqual(['b:current'])
  })

  it('adds a created thread only if its event has not brought a newer state', async () => {
    const { store, answer, bodies } = controlledStore()
    store.refresh()
    await answer(0, [])
    store.apply({ type: 'thread', thread: thread('a', 'with a reply') })
    store.addIfMissing(thread('a', 'as created'))
    store.addIfMissing(thread('b', 'as created'))
    expect(bodies()).toEqual(['a:with a reply', 'b:as created'])
  })
})
