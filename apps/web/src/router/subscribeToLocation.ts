/** Calls `onChange` on back/forward and on `navigate()`, which both fire `popstate`. */
export const subscribeToLocation = (onChange: () => void): (() => void) => {
  window.addEventListener('popstate', onChange)
  return () => window.removeEventListener('popstate', onChange)
}
