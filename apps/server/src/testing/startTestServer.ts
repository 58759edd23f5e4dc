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
  /** Closes the server and starts a new one on the same data directory. */
  restart(): Promise<TestServer>
}

/**
 * A real Coplan server on a free port with a fresh data directory, closed (and the directory
 * removed) when the current test finishes.
 */
export const startTestServer = async (
  overrides: Partial<ServerConfig> = {},
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-test-')),
): Promise<TestServer> => {
  const server = createServer({ dataDir, logger: createQuietLogger(), ...overrides })
  const { url } = await server.listen(0)
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
    restart: async () => {
      await close()
      return startTestServer(overrides, dataDir)
    },
  }
}
