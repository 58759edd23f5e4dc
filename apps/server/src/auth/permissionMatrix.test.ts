import { MessageType } from '@coplan/protocol'
import { PLAN_BODY_FIELD } from '@coplan/schema'
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { describe, expect, it, vi } from 'vitest'
import * as syncProtocol from 'y-protocols/sync'
import * as Y from 'yjs'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { roundTrip } from '../testing/roundTrip'
import { startTestServer } from '../testing/startTestServer'

/** A sync update that inserts a paragraph with `text` at the start of the plan body. */
const paragraphUpdate = (text: string): Uint8Array => {
  const doc = new Y.Doc()
  const paragraph = new Y.XmlElement('paragraph')
  paragraph.insert(0, [new Y.XmlText(text)])
  doc.getXmlFragment(PLAN_BODY_FIELD).insert(0, [paragraph])
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  syncProtocol.writeUpdate(encoder, Y.encodeStateAsUpdate(doc))
  return encoding.toUint8Array(encoder)
}

const syncStep1 = (): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  syncProtocol.writeSyncStep1(encoder, new Y.Doc())
  return encoding.toUint8Array(encoder)
}

const isSyncStep2 = (message: Uint8Array): boolean => {
  const decoder = decoding.createDecoder(message)
  return (
    decoding.readVarUint(decoder) === MessageType.Sync &&
    decoding.readVarUint(decoder) === syncProtocol.messageYjsSyncStep2
  )
}

interface Expectation {
  who: string
  email: string
  read: boolean
  edit: boolean
  manage: boolean
}

// The table of the accounts issue, for the Ghana team's plan.
const MATRIX: Expectation[] = [
  { who: 'delegate of the team', email: DEMO.ghanaDelegate, read: true, edit: true, manage: false },
  {
    who: 'delegate of another team',
    email: DEMO.peruDelegate,
    read: false,
    edit: false,
    manage: false,
  },
  { who: 'mentor of the team', email: DEMO.mentorKim, read: true, edit: false, manage: false },
  { who: 'mentor of other teams', email: DEMO.mentorLee, read: false, edit: false, manage: false },
  { who: 'admin', email: DEMO.admin, read: true, edit: true, manage: true },
]

describe('the permission matrix, enforced by the server', () => {
  it.each(MATRIX)('$who', async ({ email, read, edit, manage }) => {
    const { server, url, collabUrl, tokenFor } = await startTestServer()
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    if (!plan) throw new Error('no Ghana plan')
    const token = tokenFor(email)
    const auth = { authorization: `Bearer ${token}` }

    // Reading over HTTP.
    const single = await fetch(`${url}/api/plans/${plan.id}`, { headers: auth })
    expect(single.status).toBe(read ? 200 : 403)
    const list = (await (await fetch(`${url}/api/plans`, { headers: auth })).json()) as {
      plans: { id: string }[]
    }
    expect(list.plans.some((p) => p.id === plan.id)).toBe(read)

    // Managing people and teams.
    const people = await fetch(`${url}/api/admin/users`, { headers: auth })
    expect(people.status).toBe(manage ? 200 : 403)
    const newTeam = await fetch(`${url}/api/admin/teams`, {
      method: 'POST',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({ country: 'Kenya', countryCode: 'KE' }),
    })
    expect(newTeam.status).toBe(manage ? 201 : 403)
    expect(server.course.listTeams().some((t) => t.countryCode === 'KE')).toBe(manage)

    // Opening over the websocket.
    const raw = await openRawSocket(`${collabUrl}/${plan.id}`, auth)
    expect(raw.status).toBe(read ? 101 : 403)
    if (!raw.socket) return

    // Changing the body over the websocket, watched by another client of the plan.
    const observer = connectClient(collabUrl, plan.id, tokenFor(DEMO.ghanaDelegate2))
    await observer.synced
    const text = `Written by ${email}`
    raw.socket.send(paragraphUpdate(text))
    raw.socket.send(syncStep1())
    // The server stores and relays what it accepts before it answers a sync step 1.
    await vi.waitFor(() => expect(raw.messages.filter(isSyncStep2).length).toBeGreaterThan(0))
    if (edit) {
      await vi.waitFor(() => expect(observer.text()).toContain(text))
    } else {
      // Had the server taken the write, the observer's own sync step 2 would now bring it.
      await roundTrip(observer)
      expect(observer.text()).not.toContain(text)
    }
    const room = await server.registry.open(plan.id)
    room.flush()
    const stored = new SqliteDocumentStore(server.database).load(plan.id)
    const storedDoc = new Y.Doc()
    for (const update of [stored.snapshot, ...stored.updates])
      if (update) Y.applyUpdate(storedDoc, update)
    expect(storedDoc.getXmlFragment(PLAN_BODY_FIELD).toString().includes(text)).toBe(edit)
  })

  it('refuses every request without credentials', async () => {
    const { server, url, collabUrl } = await startTestServer()
    const planId = server.course.listPlans()[0]?.id ?? ''
    for (const path of ['/api/plans', `/api/plans/${planId}`, '/api/course', '/api/admin/users']) {
      expect((await fetch(`${url}${path}`)).status).toBe(401)
    }
    expect((await openRawSocket(`${collabUrl}/${planId}`)).status).toBe(401)
    expect((await openRawSocket(`${collabUrl}/${planId}?token=cpt_forged`)).status).toBe(401)
    expect(
      (await fetch(`${url}/api/plans`, { headers: { cookie: 'coplan_session=forged' } })).status,
    ).toBe(401)
    expect(server.registry.loadedCount).toBe(0)
  })
})
