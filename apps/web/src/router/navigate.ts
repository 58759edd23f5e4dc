/**
 * Moves to `path` (which may carry a query) without a page load. History API navigations do not
 * fire `popstate`, so one is dispatched by hand: `usePathname` and `useSearch` then have a single
 * event to listen to for both directions. `replace` is for redirects, which Back must skip.
 */
export const navigate = (path: string, { replace = false }: { replace?: boolean } = {}): void => {
  if (path === window.location.pathname + window.location.search) return
  if (replace) window.history.replaceState(null, '', path)
  else window.history.pushState(null, '', path)
  window.dispatchEvent(new PopStateEvent('popstate'))
  window.scrollTo(0, 0)
}
