import path from 'node:path'
import { PLAN_LIMITS } from '@coplan/schema'
import { z } from 'zod'
import type { SignInThrottleRules } from './auth/SignInThrottle'
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
  /**
   * Let the published demo password sign in from other machines too; by default it works only
   * from the server's own (loopback), so a demo reachable from a network is not open to all.
   */
  demoPasswordRemote: boolean
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
  /** Most bytes a plan may take in storage; edits beyond are refused. */
  maxPlanBytes: number
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
  /** Waits after failed sign-ins, per account and address (`auth/SignInThrottle.ts`). */
  signInThrottle: SignInThrottleRules
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
const MINUTE_MS = 60_000

/**
 * Failed sign-ins slow further tries down; nothing ever locks anyone out for long. The waits
 * double from the first one up to the cap, and a key is forgotten an hour after its last wait
 * ended without a new failure.
 */
const SIGN_IN_THROTTLE: SignInThrottleRules = {
  // One email from one address: three typos are free, then 2 s, 4 s, … up to 15 min. Someone
  // who mistyped waits seconds (and a success clears it); a guesser at one address gets about
  // 15 tries in its first hour, then 4 an hour.
  accountAddress: {
    freeFailures: 3,
    firstDelayMs: 2_000,
    maxDelayMs: 15 * MINUTE_MS,
    forgetAfterMs: 60 * MINUTE_MS,
  },
  // One email from anywhere: ten failures are free, then 1 s, 2 s, … up to 1 min. Guessing
  // from many addresses gets one try a minute at most, and whoever hammers an account keeps
  // its owner waiting a minute at most.
  account: {
    freeFailures: 10,
    firstDelayMs: 1_000,
    maxDelayMs: MINUTE_MS,
    forgetAfterMs: 60 * MINUTE_MS,
  },
  // One address, any email: a ministry's officials often share one outgoing address, so a
  // hundred failures go free (their typos never add up to a wait); past that, one machine
  // trying passwords across many accounts waits 1 s, 2 s, … up to 5 min.
  address: {
    freeFailures: 100,
    firstDelayMs: 1_000,
    maxDelayMs: 5 * MINUTE_MS,
    forgetAfterMs: 60 * MINUTE_MS,
  },
  pruneEveryMs: 10 * MINUTE_MS,
}

export const resolveConfig = (overrides: Partial<ServerConfig> = {}): ServerConfig => {
  const {
    dataDir = path.resolve('data'),
    demo = true,
    demoPasswordRemote = false,
    webDistDir = null,
    maxMessageBytes = 4 * 1024 * 1024,
    maxBodyBytes = 1024 * 1024,
    idleUnloadMs = 30_000,
    compactEveryUpdates = 500,
    maxPlanBytes = PLAN_LIMITS.maxPlanBytes,
    ackIntervalMs = 500,
    storageRetryMs = 30_000,
    pingIntervalMs = 30_000,
    sessionIdleMs = 14 * DAY_MS,
    invitationTtlMs = 7 * DAY_MS,
    allowedOrigins = [],
    publicUrl = null,
    accessPollMs = 250,
    accessRecheckMs = 60_000,
    signInThrottle = SIGN_IN_THROTTLE,
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
    demoPasswordRemote,
    webDistDir,
    maxMessageBytes,
    maxBodyBytes,
    idleUnloadMs,
    compactEveryUpdates,
    maxPlanBytes,
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

/** A number read from the environment, as `Number()` reads it, that `accepts` must take. */
const numberVariable = (rule: string, accepts: (value: number) => boolean) =>
  z
    .string()
    .transform(Number)
    .refine((value) => Number.isFinite(value) && accepts(value), { error: rule })

/** An optional number: unset or empty leaves the server's default. */
const optionalNumber = (rule: string, accepts: (value: number) => boolean) =>
  z.preprocess(
    (value) => (value === '' ? undefined : value),
    numberVariable(rule, accepts).optional(),
  )

const positiveWhole = (value: number): boolean => Number.isInteger(value) && value > 0

/** Every variable the server reads, with its default; the README's table lists the same. */
const ENVIRONMENT = z.object({
  PORT: numberVariable(
    'must be a port, a whole number from 0 to 65535 (0 picks a free one)',
    (port) => Number.isInteger(port) && port >= 0 && port <= 65_535,
  ).default(8080),
  // Loopback unless told otherwise: a fresh `npm start` has demo accounts with a published password.
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('data'),
  COPLAN_DEMO: z.string().optional(),
  COPLAN_DEMO_REMOTE: z.string().optional(),
  PUBLIC_URL: z.string().optional(),
  ALLOWED_ORIGINS: z.string().default(''),
  COMPACT_EVERY_UPDATES: optionalNumber('must be a whole number above 0', positiveWhole),
  CONNECTIONS_PER_ADDRESS: optionalNumber('must be a whole number above 0', positiveWhole),
  IDLE_UNLOAD_SECONDS: optionalNumber('must be a number of seconds, 0 or more', (s) => s >= 0),
  SESSION_IDLE_DAYS: optionalNumber('must be a number of days above 0', (days) => days > 0),
})

/** A variable of the environment that the server cannot use; the message names it. */
export class EnvironmentError extends Error {
  override name = 'EnvironmentError'
}

/** Where the server listens, and what the environment changes of its config. */
export interface EnvironmentSettings {
  port: number
  host: string
  overrides: Partial<ServerConfig>
}

/**
 * Reads the server's settings from environment variables (`main.ts` passes `process.env`).
 * Unset variables keep their defaults; a value the server cannot use throws an
 * `EnvironmentError` naming every such variable, rather than starting with `NaN`.
 */
export const parseEnvironment = (env: Record<string, string | undefined>): EnvironmentSettings => {
  const parsed = ENVIRONMENT.safeParse(env)
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0])
      return `${name}=${JSON.stringify(env[name])}: ${name} ${issue.message}`
    })
    throw new EnvironmentError(problems.join('\n'))
  }
  const vars = parsed.data
  return {
    port: vars.PORT,
    host: vars.HOST,
    overrides: {
      dataDir: path.resolve(vars.DATA_DIR),
      demo: vars.COPLAN_DEMO !== '0',
      demoPasswordRemote: vars.COPLAN_DEMO_REMOTE === '1',
      publicUrl: vars.PUBLIC_URL ?? null,
      allowedOrigins: vars.ALLOWED_ORIGINS.split(',').filter(Boolean),
      ...(vars.COMPACT_EVERY_UPDATES !== undefined
        ? { compactEveryUpdates: vars.COMPACT_EVERY_UPDATES }
        : {}),
      ...(vars.CONNECTIONS_PER_ADDRESS !== undefined
        ? { connectionsPerAddress: vars.CONNECTIONS_PER_ADDRESS }
        : {}),
      ...(vars.IDLE_UNLOAD_SECONDS !== undefined
        ? { idleUnloadMs: vars.IDLE_UNLOAD_SECONDS * 1000 }
        : {}),
      ...(vars.SESSION_IDLE_DAYS !== undefined
        ? { sessionIdleMs: vars.SESSION_IDLE_DAYS * DAY_MS }
        : {}),
    },
  }
}
