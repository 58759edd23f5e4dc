import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { EnvironmentSettings } from './config'
import { EnvironmentError, parseEnvironment } from './config'
import { createServer } from './createServer'

// The only place that reads the environment.
const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')
let settings: EnvironmentSettings
try {
  settings = parseEnvironment(process.env)
} catch (error) {
  if (!(error instanceof EnvironmentError)) throw error
  console.error(`Coplan cannot start, the environment has a bad value:\n${error.message}`)
  process.exit(1)
}
const { port, host, overrides } = settings
const webDistDir = path.join(repoRoot, 'apps/web/dist')
const webBuilt = fs.existsSync(path.join(webDistDir, 'index.html'))
if (!webBuilt) console.warn('The web app is not built (npm run build); serving the API only')
const server = createServer({ ...overrides, webDistDir: webBuilt ? webDistDir : null })

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
