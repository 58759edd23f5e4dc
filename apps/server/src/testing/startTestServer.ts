import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { onTestFinished } from 'vitest'
import type { ServerConfig } from '../config'
import type { CoplanServer } from '../createServer'
import { createServer } from '../createServer'
import { createQuietLogger } from '../logger'

export interface TestServer {
  server: CoplanServer
  url: string
  /** Base URL for `WebsocketProvider` (it appends `/<planId>`). */
  collabUrl: string
  dataDir: string
  /** A fresh access token of the person with `email` (e.g. a demo account). */
  tokenFor(email: string): string
  /** Closes the server and starts a new one on the same data directory and port. */
  restart(): Promise<TestServer>
}

/**
 * A real Coplan server on a free port with a fresh data directory, closed (and the directory
 * removed) when the current test finishes.
 */
export const startTestServer = async (
  overrides: Partial<ServerConfig> = {},
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-test-')),
  port = 0,
): Promise<TestServer> => {
  const server = createServer({
    dataDir,
    logger: createQuietLogger(),
    // Test files run side by side: workers at the lowest priority would hardly get CPU.
    backgroundWorkers: false,
    ...overrides,
  })
  const { url, port: boundPort } = await server.listen(port)
  let closed = false
  const close = async (): Promise<void> => {
    if (closed) return
    closed = true
    await server.close()
  }
  onTestFinished(async () => {
    await close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })
  return {
    server,
    url,
    collabUrl: `${url.replace('http', 'ws')}/collab`,
    dataDir,
    tokenFor: (email) => {
      const user = server.users.findByEmail(email)
      if (!user) throw new Error(`No user ${email}`)
      return server.credentials.createAccessToken(user.id, 'test').token
    },
    restart: async () => {
      await close()
      // The same port, so clients reconnect by themselves.
      return startTestServer(overrides, dataDir, boundPort)
    },
  }
}
