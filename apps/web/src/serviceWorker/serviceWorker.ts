/**
 * Coplan's service worker: keeps the app shell (`index.html` and the build's hashed assets) so
 * that a plan page opens, and reloads, without a network. The plan itself comes from the
 * device's IndexedDB copy, and who is signed in and the plan's details from what the app
 * remembered (see `collab/openPlan.ts`), not from here.
 *
 * Only the shell is cached. `/api` and `/collab` are never intercepted: answers about people and
 * rights must come from the server or from the app's own per-person memory, never from a
 * cache that whoever uses the browser next would be served. Navigations go to the network
 * first (a new deploy is picked up at once) and fall back to the cached shell; hashed assets
 * never change, so the cache answers them first.
 *
 * The build replaces `__COPLAN_SHELL__` with this build's version and files (see
 * `vite.config.ts`); each build gets its own cache, and the previous
 * one is deleted when the new worker takes over.
 */

// The parts of the service worker scope used here; the DOM library does not describe them.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void
}

interface FetchEvent extends ExtendableEvent {
  readonly request: Request
  respondWith(response: Promise<Response>): void
}

interface ServiceWorkerScope {
  readonly location: { readonly origin: string }
  readonly clients: { claim(): Promise<void> }
  skipWaiting(): Promise<void>
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void
}

declare const __COPLAN_SHELL__: { version: string; urls: string[] }

const SHELL = __COPLAN_SHELL__
const scope = self as unknown as ServiceWorkerScope
const CACHE_PREFIX = 'coplan-shell-'
const CACHE_NAME = `${CACHE_PREFIX}${SHELL.version}`
/** The cache key of `index.html`, which the server sends for every page of the app. */
const SHELL_URL = '/'
const NEVER_INTERCEPTED = ['/api/', '/collab']

const networkFirstShell = async (request: Request): Promise<Response> => {
  try {
    const response = await fetch(request)
    if (response.ok && response.headers.get('content-type')?.includes('text/html')) {
      const cache = await caches.open(CACHE_NAME)
      await cache.put(SHELL_URL, response.clone())
    }
    return response
  } catch (error) {
    const shell = await caches.match(SHELL_URL, { cacheName: CACHE_NAME })
    if (shell) return shell
    throw error
  }
}

const cacheFirstAsset = async (request: Request): Promise<Response> => {
  const cached = await caches.match(request, { cacheName: CACHE_NAME })
  if (cached) return cached
  const response = await fetch(request)
  if (response.ok) {
    const cache = await caches.open(CACHE_NAME)
    await cache.put(request, response.clone())
  }
  return response
}

scope.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE_NAME)
      .then((cache) => cache.addAll(SHELL.urls))
      // The first visit's page is covered at once, not from its next load on.
      .then(() => scope.skipWaiting()),
  )
})

scope.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(
          names
            .filter((name) => name.startsWith(CACHE_PREFIX) && name !== CACHE_NAME)
            .map((name) => caches.delete(name)),
        ),
      )
      .then(() => scope.clients.claim()),
  )
})

scope.addEventListener('fetch', (event) => {
  const { request } = event
  if (request.method !== 'GET') return
  const url = new URL(request.url)
  if (url.origin !== scope.location.origin) return
  if (NEVER_INTERCEPTED.some((prefix) => url.pathname.startsWith(prefix))) return
  if (request.mode === 'navigate') event.respondWith(networkFirstShell(request))
  else if (url.pathname.startsWith('/assets/')) event.respondWith(cacheFirstAsset(request))
})
