import crypto from 'node:crypto'
import net from 'node:net'
import { describe, expect, it, vi } from 'vitest'
import { connectClient } from '../testing/connectClient'
import { DEMO } from '../testing/demoAccounts'
import { startTestServer } from '../testing/startTestServer'

/** A TCP connection that completed a websocket handshake by hand, to send frames ws never would. */
const rawHandshake = async (url: string, path: string): Promise<net.Socket> => {
  const { hostname, port } = new URL(url)
  const socket = net.connect(Number(port), hostname)
  await new Promise((resolve) => socket.once('connect', resolve))
  socket.write(
    [
      `GET ${path} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Upgrade: websocket',
      'Connection: Upgrade',
      `Sec-WebSocket-Key: ${crypto.randomBytes(16).toString('base64')}`,
      'Sec-WebSocket-Version: 13',
      '',
      '',
    ].join('\r\n'),
  )
  await new Promise<void>((resolve) => {
    let head = ''
    const onData = (chunk: Buffer): void => {
      head += chunk.toString('latin1')
      if (head.includes('\r\n\r\n')) {
        socket.off('data', onData)
        resolve()
      }
    }
    socket.on('data', onData)
  })
  return socket
}

/** A client frame: FIN, opcode, mask bit, and a payload masked with `maskKey`. */
const clientFrame = (
  opcode: number,
  payload: Uint8Array,
  { fin = true, rsv = 0, masked = true } = {},
): Buffer => {
  const header = [(fin ? 0x80 : 0) | (rsv << 4) | opcode, (masked ? 0x80 : 0) | payload.length]
  const key = crypto.randomBytes(4)
  const body = masked ? payload.map((byte, i) => byte ^ (key[i % 4] as number)) : payload
  return Buffer.concat([Buffer.from(header), masked ? key : Buffer.alloc(0), Buffer.from(body)])
}

const closedAfter = (socket: net.Socket): Promise<void> =>
  new Promise((resolve) => {
    if (socket.destroyed) resolve()
    socket.once('close', () => resolve())
  })

describe('malformed websocket frames', () => {
  it('closes a connection for each broken frame, leaving the plan and its editors alone', async () => {
    const { server, url, collabUrl, tokenFor } = await startTestServer({
      maxMessageBytes: 64 * 1024,
    })
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    const path = `/collab/${plan?.id}?token=${tokenFor(DEMO.ghanaDelegate)}`
    const good = connectClient(collabUrl, plan?.id ?? '', tokenFor(DEMO.ghanaDelegate2))
    const witness = connectClient(collabUrl, plan?.id ?? '', tokenFor(DEMO.admin))
    await Promise.all([good.synced, witness.synced])

    const attacks: [string, (socket: net.Socket) => void][] = [
      ['reserved bits set', (s) => s.write(clientFrame(2, new Uint8Array([0, 0]), { rsv: 0b111 }))],
      [
        'an unmasked client frame',
        (s) => s.write(clientFrame(2, new Uint8Array([0, 0]), { masked: false })),
      ],
      ['a bad close code', (s) => s.write(clientFrame(8, new Uint8Array([0x03, 0xe7])))],
      ['an unknown opcode', (s) => s.write(clientFrame(3, new Uint8Array([1])))],
      [
        'endless tiny fragments',
        (s) => {
          s.write(clientFrame(2, new Uint8Array([0]), { fin: false }))
          const chunk = Buffer.concat(
            Array.from({ length: 1000 }, () => clientFrame(0, new Uint8Array(100), { fin: false })),
          )
          for (let i = 0; i < 100 && !s.destroyed; i++) s.write(chunk)
        },
      ],
    ]
    for (const [, attack] of attacks) {
      const socket = await rawHandshake(url, path)
      socket.on('error', () => {})
      attack(socket)
      await closedAfter(socket)
    }

    // A slow upgrade: headers that never finish do not hold anyone else up.
    const slow = net.connect(Number(new URL(url).port), '127.0.0.1')
    slow.on('error', () => {})
    slow.write(`GET ${path} HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n`)

    good.appendParagraph('Still writing after the broken frames.')
    await vi.waitFor(() =>
      expect(witness.text()).toContain('Still writing after the broken frames.'),
    )
    expect((await fetch(`${url}/api/health`)).status).toBe(200)
    slow.destroy()
  })
})
