/**
 * Whether a browser request comes from Coplan's own pages: its `Origin` names the host the
 * request was sent to, or one of `allowedOrigins`. A request without `Origin` is not from a
 * browser page (browsers send it on every websocket and cross-origin request), so it passes.
 */
export const isAllowedOrigin = (headers: Headers, allowedOrigins: readonly string[]): boolean => {
  const origin = headers.get('origin')
  if (origin === null) return headers.get('sec-fetch-site') !== 'cross-site'
  if (allowedOrigins.includes(origin)) return true
  try {
    return new URL(origin).host === headers.get('host')
  } catch {
    return false
  }
}
