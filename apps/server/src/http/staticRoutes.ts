import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/**
 * Serves the built web app. Any other GET that is not a file gets `index.html`, so that
 * client-side routes such as `/plans/<id>` survive a reload.
 */
export const createStaticRoutes = (webDistDir: string): Hono => {
  const indexFile = path.join(webDistDir, 'index.html')
  if (!fs.existsSync(indexFile)) {
    throw new Error(`The web app is not built (${indexFile} is missing): run npm run build`)
  }
  const routes = new Hono()
  routes.use('/assets/*', serveStatic({ root: webDistDir }))
  routes.use('*', serveStatic({ root: webDistDir }))
  routes.get('*', (c) => c.html(fs.readFileSync(indexFile, 'utf8')))
  return routes
}
