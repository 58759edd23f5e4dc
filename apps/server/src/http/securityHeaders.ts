import type { MiddlewareHandler } from 'hono'
import { secureHeaders } from 'hono/secure-headers'

const SELF = "'self'"
const NONE = "'none'"

/**
 * The headers every answer carries, pages, files and API alike. The web app loads nothing from
 * elsewhere: its scripts and styles are files of the build (no inline script or `<style>`;
 * ProseMirror and React write styles through the DOM's style object, which CSP leaves alone),
 * its icons are `data:` images, and it talks only to its own origin (`fetch`, the event stream
 * `/api/events`, the websocket `/collab`: 'self' covers ws: and wss: since Chrome 71 and
 * Safari 16), with the service worker `/sw.js` from there too. Nobody may frame it (the editor
 * acts on clicks), and no address is sent on as a referrer (invitation links carry their
 * secret). A header a route set itself (an export's sandbox policy) is kept.
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
