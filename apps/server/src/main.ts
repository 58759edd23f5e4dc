import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from './createServer'

// The only place that reads the environment.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
const port = Number(process.env.PORT ?? 8080)
// Loopback unless told otherwise: a fresh `npm start` has demo accounts with a published password.
const host = process.env.HOST ?? '127.0.0.1'
const webDistDir = path.join(repoRoot, 'apps/web/dist')
const webBuilt = fs.existsSync(path.join(webDistDir, 'index.html'))
if (!webBuilt) console.warn('The web app is not built (npm run build); serving the API only')
const server = createServer({
  dataDir: path.resolve(process.env.DATA_DIR ?? 'data'),
  demo: process.env.COPLAN_DEMO !== '0',
  demoPasswordRemote: process.env.COPLAN_DEMO_REMOTE === '1',
  webDistDir: webBuilt ? webDistDir : null,
  publicUrl: process.env.PUBLIC_URL ?? null,
  allowedOrigins: (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
  ...(process.env.COMPACT_EVERY_UPDATES
    ? { compactEveryUpdates: Number(process.env.COMPACT_EVERY_UPDATES) }
    : {}),
  ...(process.env.CONNECTIONS_PER_ADDRESS
    ? { connectionsPerAddress: Number(process.env.CONNECTIONS_PER_ADDRESS) }
    : {}),
  ...(process.env.IDLE_UNLOAD_SECONDS
    ? { idleUnloadMs: Number(process.env.IDLE_UNLOAD_SECONDS) * 1000 }
    : {}),
  ...(process.env.SESSION_IDLE_DAYS
    ? { sessionIdleMs: Number(process.env.SESSION_IDLE_DAYS) * 24 * 60 * 60 * 1000 }
    : {}),
})

const { url } = await server.listen(port, host)
// Tests and scripts wait for this exact line.
console.log(`Coplan listening on ${url}`)

let stopping = false
const stop = (signal: string): void => {
  if (stopping) return
  stopping = true
  console.log(`${signal} received: storing every plan and shutting down`)
  server.close().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error('Shutdown failed', error)
      process.exit(1)
    },
  )
}
process.on('SIGTERM', () => stop('SIGTERM'))
process.on('SIGINT', () => stop('SIGINT'))
