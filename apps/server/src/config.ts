import path from 'node:path'
import type { Clock } from './clock'
import { systemClock } from './clock'
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
  /**
   * Least time between two "stored" acknowledgements to one connection: a typist is told what
   * is saved about this often, not after every keystroke.
   */
  ackIntervalMs: number
  /** How long a plan stays read-only after its storage failed, before writes are tried again. */
  storageRetryMs: number
  /** Interval of websocket pings; a client that misses one is disconnected. */
  pingIntervalMs: number
  /** A browser session ends after this long without use. */
  sessionIdleMs: number
  invitationTtlMs: number
  /** Origins besides the server's own whose pages may call the API and open websockets. */
  allowedOrigins: string[]
  /** The origin people open Coplan at, for invitation links; defaults to the request's. */
  publicUrl: string | null
  /** How often the server looks for changes to people's rights made elsewhere (the CLI). */
  accessPollMs: number
  /** Interval of a full recheck of open connections' credentials (session expiry). */
  accessRecheckMs: number
  signInThrottle: { maxFailures: number; windowMs: number; lockMs: number }
  /** A version is taken automatically once editing has paused this long… */
  versionQuietMs: number
  /** …at most once per this interval per plan. */
  versionMinIntervalMs: number
  /** Dashboard figures (word count, sections) are refreshed after this pause in editing. */
  statsQuietMs: number
  clock: Clock
  /** Per connection: messages a second on average, and the largest burst. */
  messagesPerSecond: number
  messageBurst: number
  connectionsPerUser: number
  connectionsPerAddress: number
  /** Worker processes making exports at once (each may run a Chromium to print PDFs). */
  exportWorkers: number
  /** An export, or counting a plan's words, that runs longer is stopped (answered 504). */
  exportTimeoutMs: number
  /** Heap one such job may use; beyond it the job is stopped (answered 503). */
  exportMemoryMb: number
  /**
   * Run those jobs, and the Chromium printing PDFs, at the lowest CPU priority (SCHED_IDLE), so
   * they only take CPU that editing leaves. Tests, whose files run side by side on a few cores,
   * turn it off: there, background work would hardly get any CPU.
   */
  backgroundWorkers: boolean
  logger: Logger
}

const DAY_MS = 24 * 60 * 60 * 1000

export const resolveConfig = (overrides: Partial<ServerConfig> = {}): ServerConfig => {
  const {
    dataDir = path.resolve('data'),
    demo = true,
    webDistDir = null,
    maxMessageBytes = 4 * 1024 * 1024,
    maxBodyBytes = 1024 * 1024,
    idleUnloadMs = 30_000,
    compactEveryUpdates = 500,
    ackIntervalMs = 500,
    storageRetryMs = 30_000,
    pingIntervalMs = 30_000,
    sessionIdleMs = 14 * DAY_MS,
    invitationTtlMs = 7 * DAY_MS,
    allowedOrigins = [],
    publicUrl = null,
    accessPollMs = 250,
    accessRecheckMs = 60_000,
    signInThrottle = { maxFailures: 5, windowMs: 15 * 60_000, lockMs: 15 * 60_000 },
    versionQuietMs = 3 * 60_000,
    versionMinIntervalMs = 10 * 60_000,
    statsQuietMs = 3_000,
    clock = systemClock,
    messagesPerSecond = 200,
    messageBurst = 1000,
    connectionsPerUser = 50,
    connectionsPerAddress = 1000,
    exportWorkers = 1,
    exportTimeoutMs = 120_000,
    exportMemoryMb = 1024,
    backgroundWorkers = true,
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
    ackIntervalMs,
    storageRetryMs,
    pingIntervalMs,
    sessionIdleMs,
    invitationTtlMs,
    allowedOrigins,
    publicUrl,
    accessPollMs,
    accessRecheckMs,
    signInThrottle,
    versionQuietMs,
    versionMinIntervalMs,
    statsQuietMs,
    clock,
    messagesPerSecond,
    messageBurst,
    connectionsPerUser,
    connectionsPerAddress,
    exportWorkers,
    exportTimeoutMs,
    exportMemoryMb,
    backgroundWorkers,
    logger,
  }
}
