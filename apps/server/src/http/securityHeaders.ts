import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

const SELF = "'self'"
const NONE = "'none'"

/**
 * The headers every answer carries, pages, files and API alike. The web app loads nothing from
 * elsewhere: its scripts and style sheets are files of the build (no inline script or `<style>`),
 * its icons are `data:` images, and it talks only to its own origin (`fetch`, the event stream
 * `/api/events`, the websocket `/collab`: 'self' covers ws: and wss: since Chrome 71 and
 * Safari 16), with the service worker `/sw.js` from there too. Nobody may frame it (the editor
 * acts on clicks), and no address is sent on as a referrer (invitation links carry their
 * secret). A header a route set itself (an export's sandbox policy) is kept.
 *
 * Style attributes are allowed (`style-src-attr`), and only they: pasted HTML carries its
 * formatting in them (Google Docs: `<span style="font-weight:700">`), and the editor reads it
 * from the parsed elements' styles, which a refused attribute leaves empty; pasted text would
 * lose its bold and italics, or turn bold whole. An attribute's style cannot run script, and
 * any `url()` in it still obeys `img-src`.
 *
 * Strict-Transport-Security is left to whoever terminates TLS: the server speaks plain HTTP
 * and does not know the public name it is reached under.
 */
export const securityHeaders = (): MiddlewareHandler =>
  secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: [SELF],
      scriptSrc: [SELF],
      styleSrc: [SELF],
      styleSrcAttr: ["'unsafe-inline'"],
      imgSrc: [SELF, 'data:'],
      fontSrc: [SELF],
      connectSrc: [SELF],
      workerSrc: [SELF],
      manifestSrc: [SELF],
      objectSrc: [NONE],
      baseUri: [NONE],
      formAction: [SELF],
      frameAncestors: [NONE],
    },
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    xContentTypeOptions: 'nosniff',
    strictTransportSecurity: false,
    permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    overwrite: false,
  })
