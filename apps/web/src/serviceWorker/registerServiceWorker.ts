/**
 * Installs the service worker that keeps the app shell for offline use (production builds
 * only: the dev server has no `sw.js`). Registered after the page has loaded, so installing it
 * never competes with the first load; a failure leaves the app working online as before.
 */
export const registerServiceWorker = (url = '/sw.js'): void => {
  if (!('serviceWorker' in navigator)) return
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(url).catch((error: unknown) => {
      console.warn('The offline app shell could not be installed', error)
    })
  })
}
