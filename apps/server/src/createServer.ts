import fs from 'node:fs'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { createAdaptorServer } from '@hono/node-server'
import type { Server } from 'node:http'
import { CloseCode, closeReasons, writeCommentEvent } from '@coplan/protocol'
import { Hono } from 'hono'
import { WebSocketServer } from 'ws'
import type { ServerConfig } from './config'
import { resolveConfig } from './config'
import { SqliteCredentialStore } from './accounts/SqliteCredentialStore'
import { SqliteUserStore } from './accounts/SqliteUserStore'
import type { CredentialStore } from './accounts/CredentialStore'
import type { UserStore } from './accounts/UserStore'
import { Authenticator } from './auth/Authenticator'
import { LiveAccess } from './auth/LiveAccess'
import { SignInThrottle } from './auth/SignInThrottle'
import { SqliteSignInFailureStore } from './auth/SqliteSignInFailureStore'
import { watchAccessChanges } from './auth/watchAccessChanges'
import { SqliteActivityStore } from './activity/SqliteActivityStore'
import type { ActivityStore } from './activity/ActivityStore'
import { AutoVersioner } from './versions/AutoVersioner'
import { VersionService } from './versions/VersionService'
import { SqliteVersionStore } from './versions/SqliteVersionStore'
import { WorkflowService } from './workflow/WorkflowService'
import { LiveEvents } from './events/LiveEvents'
import { CommentService } from './comments/CommentService'
import { SqliteCommentStore } from './comments/SqliteCommentStore'
import { NotificationFeed } from './views/NotificationFeed'
import { SqliteNotificationStore } from './notifications/SqliteNotificationStore'
import type { CourseStore } from './course/CourseStore'
import { SqliteCourseStore } from './course/SqliteCourseStore'
import { seedDemoCourse } from './course/seedDemoCourse'
import type { Db } from './database/openDatabase'
import { PID_FILE, openDatabase } from './database/openDatabase'
import { createApiRoutes } from './http/apiRoutes'
import { createHttpErrorHandler } from './http/handleHttpError'
import { HttpError } from './http/HttpError'
import { createStaticRoutes } from './http/staticRoutes'
import { securityHeaders } from './http/securityHeaders'
import { ExportJobs } from './export/ExportJobs'
import { ExportEngine } from './export/ExportEngine'
import { createPlanWorkers } from './export/PlanWorkers'
import { storedPlanState } from './export/storedPlanState'
import { SqliteDocumentStore } from './persistence/SqliteDocumentStore'
import { RoomRegistry } from './rooms/RoomRegistry'
import { safeDefaultsNotice } from './safeDefaultsNotice'
import { createCollabUpgrade } from './transport/collabUpgrade'
import { startHeartbeat } from './transport/startHeartbeat'

export interface CoplanServer {
  /** Starts listening; port 0 picks a free port. Resolves with the bound address. */
  listen(port: number, host?: string): Promise<{ port: number; url: string }>
  /** Stops accepting connections, stores and compacts every plan, closes the database. */
  close(): Promise<void>
  readonly registry: RoomRegistry
  readonly course: CourseStore
  readonly comments: CommentService
  readonly versions: VersionService
  readonly workflow: WorkflowService
  readonly activity: ActivityStore
  readonly users: UserStore
  readonly credentials: CredentialStore
  /** The open database, for operations and tests that need to reach below the stores. */
  readonly database: Db
}

/** The composition root: every part of the server is created and wired here, once. */
export const createServer = (overrides: Partial<ServerConfig> = {}): CoplanServer => {
  const config = resolveConfig(overrides)
  const { logger } = config
  const db = openDatabase(config.dataDir)
  const course = new SqliteCourseStore(db)
  const users = new SqliteUserStore(db)
  const credentials = new SqliteCredentialStore(db, {
    sessionIdleMs: config.sessionIdleMs,
    invitationTtlMs: config.invitationTtlMs,
  })
  if (config.demo && seedDemoCourse(course, users)) logger.info('Created the demo course')
  if (!users.list().some((user) => user.role === 'admin' && user.active)) {
    logger.warn(
      'There is no admin yet: create one with `npm run admin -- create-user --role admin --email … --name …`',
    )
  }
  const authenticator = new Authenticator(users, credentials)
  const liveAccess = new LiveAccess(authenticator, course, logger)
  const liveEvents = new LiveEvents({
    authenticator,
    course,
    maxPerUser: config.connectionsPerUser,
  })
  // Someone's rights or session may have changed: open sockets and event streams follow.
  const recheckAccess = (): void => {
    liveAccess.recheck()
    liveEvents.recheck()
  }
  const stopWatchingAccess = watchAccessChanges(db, recheckAccess, {
    pollMs: config.accessPollMs,
    recheckMs: config.accessRecheckMs,
  })
  const store = new SqliteDocumentStore(db)
  // Created below; the registry reports stored edits to it.
  let autoVersioner: AutoVersioner | null = null
  const registry = new RoomRegistry({
    store,
    logger,
    onStored: (planId) => autoVersioner?.noteEdit(planId),
    idleUnloadMs: config.idleUnloadMs,
    compactEveryUpdates: config.compactEveryUpdates,
    maxPlanBytes: config.maxPlanBytes,
    ackIntervalMs: config.ackIntervalMs,
    clock: config.clock,
    storageRetryMs: config.storageRetryMs,
  })
  const commentStore = new SqliteCommentStore(db)
  const notificationStore = new SqliteNotificationStore(db)
  const notificationFeed = new NotificationFeed({
    store: notificationStore,
    comments: commentStore,
    users,
    course,
  })
  const comments = new CommentService({
    store: commentStore,
    notifications: notificationStore,
    users,
    course,
    planDoc: async (planId) => (await registry.open(planId)).doc,
    publish: (planId, event) => registry.publish(planId, writeCommentEvent(event)),
    live: liveEvents,
  })
  const activity = new SqliteActivityStore(db)
  const versionStore = new SqliteVersionStore(db)
  // Walks over whole plans run in worker processes, never on the event loop serving editors;
  // versions and statistics have their own, so saving a version never waits behind an export.
  const workerLimits = {
    timeoutMs: config.exportTimeoutMs,
    memoryMb: config.exportMemoryMb,
    background: config.backgroundWorkers,
    logger,
  }
  const { dataDir } = config
  const exportWorkers = createPlanWorkers({
    ...workerLimits,
    size: config.exportWorkers,
    idleMs: 5 * 60_000,
    setup: { dataDir, preloadExports: true },
  })
  const versionWorkers = createPlanWorkers({ ...workerLimits, size: 1, setup: { dataDir } })
  // Workers read plans from the database themselves; an open room's pending turn is stored
  // first, so that what they read is the plan's current state.
  const flushPlan = (planId: string): void => registry.peek(planId)?.flush()
  const STORED = { stored: true } as const
  const versions = new VersionService({
    versions: versionStore,
    registry,
    course,
    users,
    activity,
    flush: flushPlan,
    storedState: (planId) => storedPlanState(store, planId),
    walks: {
      stats: (planId) => versionWorkers.run({ kind: 'stats', planId, source: STORED }),
      versionState: (planId) =>
        versionWorkers.run({ kind: 'versionState', planId, source: STORED }),
      contentJson: (planId, versionId) =>
        versionWorkers.run({ kind: 'contentJson', planId, source: { versionId } }),
      restoreUpdate: (planId, versionId) =>
        versionWorkers.run({
          kind: 'restoreUpdate',
          planId,
          current: STORED,
          version: { versionId },
        }),
    },
    logger,
  })
  autoVersioner = new AutoVersioner({
    clock: config.clock,
    quietMs: config.versionQuietMs,
    minIntervalMs: config.versionMinIntervalMs,
    statsQuietMs: config.statsQuietMs,
    snapshot: (planId) =>
      versions.snapshot(planId, { label: { code: 'automatic' }, createdBy: null }),
    refreshStats: (planId) => versions.refreshStats(planId),
    onError: (planId, task, error) =>
      logger.error(
        task === 'version' ? 'Automatic version failed' : 'Refreshing plan statistics failed',
        {
          plan: planId,
          error: error instanceof Error ? (error.stack ?? error.message) : String(error),
        },
      ),
  })
  const workflow = new WorkflowService({
    course,
    users,
    versions,
    activity,
    notifications: notificationStore,
    live: liveEvents,
    onAccessChanged: recheckAccess,
  })
  const exports = new ExportEngine({
    course,
    versions: versionStore,
    currentSource: async (planId) => {
      flushPlan(planId)
      return STORED
    },
    workers: exportWorkers,
    logger,
  })
  const exportJobs = new ExportJobs({ logger })
  let closing = false

  const app = new Hono()
  app.onError(createHttpErrorHandler(logger))
  app.use(securityHeaders())
  app.route(
    '/api',
    createApiRoutes({
      course,
      users,
      credentials,
      authenticator,
      comments,
      commentStore,
      notificationFeed,
      live: liveEvents,
      workflow,
      versions,
      activity,
      exports,
      exportJobs,
      throttle: new SignInThrottle({
        store: new SqliteSignInFailureStore(db),
        rules: config.signInThrottle,
        clock: config.clock,
      }),
      demoPasswordRemote: config.demoPasswordRemote,
      sessionIdleMs: config.sessionIdleMs,
      maxBodyBytes: config.maxBodyBytes,
      allowedOrigins: config.allowedOrigins,
      publicOrigin: (requestUrl) => config.publicUrl ?? new URL(requestUrl).origin,
      onAccessChanged: recheckAccess,
      isReady: () => !closing && db.open,
    }),
  )
  // Websockets are upgraded below, outside Hono; a plain request here is a mistake.
  app.get('/collab/*', () => {
    throw new HttpError(426, 'upgrade_required', 'This address takes websocket connections')
  })
  if (config.webDistDir) app.route('/', createStaticRoutes(config.webDistDir))

  const wss = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes })
  const stopHeartbeat = startHeartbeat(wss, config.pingIntervalMs)
  const server = createAdaptorServer({ fetch: app.fetch }) as Server
  server.on(
    'upgrade',
    createCollabUpgrade({
      wss,
      course,
      registry,
      authenticator,
      liveAccess,
      allowedOrigins: config.allowedOrigins,
      limits: {
        messagesPerSecond: config.messagesPerSecond,
        messageBurst: config.messageBurst,
        connectionsPerUser: config.connectionsPerUser,
        connectionsPerAddress: config.connectionsPerAddress,
      },
      isOpen: () => !closing,
      logger,
    }),
  )

  return {
    registry,
    course,
    comments,
    versions,
    workflow,
    activity,
    users,
    credentials,
    database: db,
    listen: (port, host = '127.0.0.1') =>
      new Promise((resolve, reject) => {
        server.once('error', reject)
        server.listen(port, host, () => {
          server.off('error', reject)
          fs.writeFileSync(path.join(config.dataDir, PID_FILE), String(process.pid))
          const address = server.address() as AddressInfo
          const notice = safeDefaultsNotice({
            address: address.address,
            demoAccounts: users.countWithDemoPassword(),
            demoPasswordRemote: config.demoPasswordRemote,
          })
          for (const { level, message } of notice) logger[level](message)
          const wildcard = address.address === '0.0.0.0' || address.address === '::'
          const shownHost = wildcard
            ? 'localhost'
            : address.family === 'IPv6'
              ? `[${address.address}]`
              : address.address
          resolve({ port: address.port, url: `http://${shownHost}:${address.port}` })
        })
      }),
    close: async () => {
      if (closing) return
      closing = true
      stopHeartbeat()
      stopWatchingAccess()
      autoVersioner?.stop()
      exportJobs.clear()
      liveEvents.closeAll()
      await Promise.all([exports.close(), versionWorkers.close()])
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()))
      await registry.closeAll(CloseCode.GoingAway, closeReasons[CloseCode.GoingAway])
      for (const socket of wss.clients) socket.terminate()
      server.closeAllConnections()
      await stopped
      db.close()
      fs.rmSync(path.join(config.dataDir, PID_FILE), { force: true })
    },
  }
}
