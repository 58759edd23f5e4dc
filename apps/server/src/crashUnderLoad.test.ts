import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { MessageType, readPersistedAck } from '@coplan/protocol'
import { planDocToJSON, plainTextOf } from '@coplan/schema'
import { openDatabase } from './database/openDatabase'
import { SqliteDocumentStore } from './persistence/SqliteDocumentStore'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import * as Y from 'yjs'
import type { TestClient } from './testing/connectClient'
import { connectClient } from './testing/connectClient'
import { DEMO } from './testing/demoAccounts'
import { issueToken } from './testing/issueToken'
import { exited } from './testing/serverProcess'
import { spawnServer } from './testing/spawnServer'

/** The lines of a plan as stored in the database of `dataDir`, read while no server runs. */
const storedLines = (dataDir: string, planId: string): Set<string> => {
  const db = openDatabase(dataDir)
  try {
    const stored = new SqliteDocumentStore(db).load(planId)
    const doc = new Y.Doc()
    for (const update of [stored.snapshot, ...stored.updates])
      if (update) Y.applyUpdate(doc, update)
    return new Set(plainTextOf(planDocToJSON(doc)).split('\n'))
  } finally {
    db.close()
  }
}

const KILLS = 5
const WRITERS = 3

/**
 * A writer that types a numbered paragraph every few milliseconds and keeps track of which of
 * its paragraphs the server has acknowledged as stored.
 */
const startWriter = (client: TestClient, name: string) => {
  const written: { text: string; clock: number }[] = []
  let ackedClock = 0
  client.provider.messageHandlers[MessageType.PersistedAck] = (_encoder, decoder) => {
    ackedClock = Y.decodeStateVector(readPersistedAck(decoder)).get(client.doc.clientID) ?? 0
  }
  let n = 0
  const timer = setInterval(() => {
    const text = `${name}-${n++}`
    client.appendParagraph(text)
    written.push({ text, clock: Y.getState(client.doc.store, client.doc.clientID) })
  }, 7)
  return {
    stop: () => clearInterval(timer),
    written: () => written.length,
    acknowledged: () => written.filter((w) => w.clock <= ackedClock).map((w) => w.text),
  }
}

describe('crash safety under load', () => {
  it('loses no acknowledged or relayed update through repeated kill -9, compaction included', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-crash-load-'))
    onTestFinished(() => fs.rmSync(dataDir, { recursive: true, force: true }))
    // Compacting every 15 updates means kills regularly land around a compaction.
    const env = { COMPACT_EVERY_UPDATES: '15' }
    let server = await spawnServer(dataDir, env)
    const port = new URL(server.url).port
    const token = issueToken(dataDir, DEMO.admin)
    const planId =
      (
        (await (
          await fetch(`${server.url}/api/plans`, { headers: { authorization: `Bearer ${token}` } })
        ).json()) as {
          plans: { id: string }[]
        }
      ).plans[0]?.id ?? ''
    const clients = Array.from({ length: WRITERS }, () =>
      connectClient(server.collabUrl, planId, token),
    )
    await Promise.all(clients.map((c) => c.synced))
    const writers = clients.map((client, i) => startWriter(client, `writer${i}`))

    const mustSurvive = new Set<string>()
    const lost: string[] = []
    let writtenAtStart = 0
    for (let kill = 0; kill < KILLS; kill++) {
      // Killed at a random point of the load: once the server running now has acknowledged
      // between 120 and 360 paragraphs typed since it started (a third to most of a second).
      const more = 120 + Math.floor(Math.random() * 240)
      await vi.waitFor(
        () => {
          const acknowledged = writers.reduce((n, w) => n + w.acknowledged().length, 0)
          expect(acknowledged).toBeGreaterThanOrEqual(writtenAtStart + more)
        },
        { timeout: 20_000, interval: 5 },
      )
      server.child.kill('SIGKILL')
      await exited(server.child)
      // Acknowledged to its writer, or seen by another client: either way it must survive.
      for (const writer of writers) for (const text of writer.acknowledged()) mustSurvive.add(text)
      clients.forEach((client, i) => {
        // A client's own lines may not have left it; what it received from others was relayed.
        for (const line of client.text().split('\n')) {
          if (!line.startsWith(`writer${i}-`)) mustSurvive.add(line)
        }
      })
      // Checked on the database itself, before clients can reconnect and heal the server.
      const stored = storedLines(dataDir, planId)
      for (const text of mustSurvive) {
        if (/^writer\d+-\d+$/.test(text) && !stored.has(text)) lost.push(text)
      }
      writtenAtStart = writers.reduce((n, w) => n + w.written(), 0)
      server = await spawnServer(dataDir, { ...env, PORT: port })
    }
    for (const writer of writers) writer.stop()
    expect(lost).toEqual([])

    // Everyone reconnects by themselves and converges, their offline writes included.
    await vi.waitFor(
      () => {
        const texts = clients.map((c) => c.text())
        expect(new Set(texts).size).toBe(1)
        expect(clients.every((c) => c.provider.synced)).toBe(true)
      },
      { timeout: 30_000, interval: 100 },
    )
    const survivors = [...mustSurvive].filter((line) => /^writer\d+-\d+$/.test(line))
    expect(survivors.length).toBeGreaterThan(100)

    const reader = connectClient(server.collabUrl, planId, token)
    await reader.synced
    const stored = new Set(reader.text().split('\n'))
    expect(survivors.filter((text) => !stored.has(text))).toEqual([])
    expect(reader.text()).toBe(clients[0]?.text())
  }, 90_000)
})
