import path from 'node:path'
import type { Logger } from './logger'
import { createConsoleLogger } from './logger'

/** Everything the server can be told; only `main.ts` reads these from the environment. */
export interface ServerConfig {
  /** Folder holding `coplan.sqlite`. */
  dataDir: string
  /** Create the demo course when the database is new. */
  demo: boolean
  /** Folder of the built web app, served at `/`; `null` serves the API and websocket only. */
  webDistDir: string | null
  /** Largest websocket message accepted; `ws` closes the socket with 1009 above it. */
  maxMessageBytes: number
  /** Largest HTTP request body accepted. */
  maxBodyBytes: number
  /** How long a plan stays loaded after its last client left. */
  idleUnloadMs: number
  /** Stored updates after which a plan's log is merged into one snapshot. */
  compactEveryUpdates: number
  /** How long a plan stays read-only after its storage failed, before writes are tried again. */
  storageRetryMs: number
  /** Interval of websocket pings; a client that misses one is disconnected. */
  pingIntervalMs: number
  logger: Logger
}

export const resolveConfig = (overrides: Partial<ServerConfig> = {}): ServerConfig => {
  const {
    dataDir = path.resolve('data'),
    demo = true,
    webDistDir = null,
    maxMessageBytes = 4 * 1024 * 1024,
    maxBodyBytes = 1024 * 1024,
    idleUnloadMs = 30_000,
    compactEveryUpdates = 500,
    storageRetryMs = 30_000,
    pingIntervalMs = 30_000,
    logger = createConsoleLogger(),
  } = overrides
  return {
    dataDir,
    demo,
    webDistDir,
    maxMessageBytes,
    maxBodyBytes,
    idleUnloadMs,
    compactEveryUpdates,
    storageRetryMs,
    pingIntervalMs,
    logger,
  }
}
