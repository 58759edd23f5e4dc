import { describe, expect, it } from 'vitest'
import { DEMO } from '../testing/demoAccounts'
import { connectClient } from '../testing/connectClient'
import { startTestServer } from '../testing/startTestServer'
import { SharedFrames, frameHeader } from './SharedFrames'

describe('frames shared between connections', () => {
  it('uses the shortest length field RFC 6455 allows, at each boundary', () => {
    expect([...frameHeader(0)]).toEqual([0x82, 0])
    expect([...frameHeader(125)]).toEqual([0x82, 125])
    expect([...frameHeader(126)]).toEqual([0x82, 126, 0, 126])
    expect([...frameHeader(65_535)]).toEqual([0x82, 126, 0xff, 0xff])
    expect([...frameHeader(65_536)]).toEqual([0x82, 127, 0, 0, 0, 0, 0, 1, 0, 0])
  })

  it('frames a message once for every connection, and writes a large one without copying it', () => {
    const frames = new SharedFrames()
    const update = new Uint8Array([0, 2, 3, 1, 2, 3])
    const carets = new Uint8Array([1, 4, 9, 9, 9, 9])
    const alone = frames.chunksFor([update])
    expect(frames.chunksFor([update])[0]).toBe(alone[0])
    const both = frames.chunksFor([update, carets])
    expect(both).toHaveLength(1)
    // The next connection getting the same two gets the same buffer.
    expect(frames.chunksFor([update, carets])[0]).toBe(both[0])
    expect([...(both[0] as Uint8Array)]).toEqual([0x82, 6, ...update, 0x82, 6, ...carets])

    const plan = new Uint8Array(100_000).fill(7)
    const chunks = frames.chunksFor([update, plan])
    expect(chunks).toHaveLength(3)
    expect(chunks[0]).toBe(alone[0])
    expect([...(chunks[1] as Uint8Array)]).toEqual([...frameHeader(100_000)])
    expect(chunks[2]).toBe(plan)
  })

  it('reach a stock y-websocket client whole, small and large', async () => {
    const { server, collabUrl, tokenFor } = await startTestServer()
    const plan = server.course.listPlans()[0]
    if (!plan) throw new Error('The demo course has no plan')
    const writer = connectClient(collabUrl, plan.id, tokenFor(DEMO.admin))
    await writer.synced
    // Past 64 KiB: a joiner's whole plan takes the header-then-message path.
    const long = 'Contactless services for every district. '.repeat(2_000)
    writer.appendParagraph(long)
    writer.appendParagraph('A short line after it.')
    const reader = connectClient(collabUrl, plan.id, tokenFor(DEMO.admin))
    // A misframed message would still be read up to its (wrong) end; the next frame breaks and
    // the provider reconnects and catches up, so what counts is that it never has to.
    const problems: unknown[] = []
    reader.provider.on('connection-close', (event) => problems.push(event))
    reader.provider.on('connection-error', (event) => problems.push(event))
    await reader.synced
    await expect.poll(() => reader.text().includes(long)).toBe(true)
    writer.appendParagraph('Typed while both are here.')
    await expect.poll(() => reader.text().endsWith('Typed while both are here.')).toBe(true)
    expect(problems).toEqual([])
  })
})
