/**
 * Moves to `path` without a page load. History API navigations do not fire `popstate`, so one is
 * dispatched by hand: `usePathname` then has a single event to listen to for both directions.
 */
export const navigate = (path: string): void => {
  if (path === window.location.pathname) return
  window.history.pushState(null, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
  window.scrollTo(0, 0)
}
