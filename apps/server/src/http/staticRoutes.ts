import fs from 'node:fs'
import path from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'

/** Hashed build files never change under their name; a new build has new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable'

/**
 * Serves the built web app, compressed as the build left it (`.br`, `.gz`) when the browser
 * accepts that. Files under `assets/` have content hashes in their names, so browsers may keep
 * them for good; everything else is checked again on each load. Any other GET that is not a
 * file (outside `assets/`) gets `index.html`, so that client-side routes such as
 * `/plans/<id>` survive a reload.
 */
export const createStaticRoutes = (webDistDir: string): Hono => {
  const indexFile = path.join(webDistDir, 'index.html')
  if (!fs.existsSync(indexFile)) {
    throw new Error(`The web app is not built (${indexFile} is missing): run npm run build`)
  }
  const routes = new Hono()
  routes.use('/assets/*', async (c, next) => {
    await next()
    if (c.res.status === 200 || c.res.status === 206) c.res.headers.set('Cache-Control', IMMUTABLE)
  })
  routes.use('*', async (c, next) => {
    await next()
    // Set whether or not a compressed copy was chosen: the answer depends on the header.
    if (!c.res.headers.get('Vary')?.includes('Accept-Encoding')) {
      c.res.headers.append('Vary', 'Accept-Encoding')
    }
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-cache')
  })
  routes.use('*', serveStatic({ root: webDistDir, precompressed: true }))
  // A script of an older build is gone for good; the shell in its place would fail as a script.
  routes.get('/assets/*', (c) => c.text('Not found', 404))
  routes.get('*', (c) => c.html(fs.readFileSync(indexFile, 'utf8')))
  return routes
}
