export type Route =
  | { name: 'home' }
  | { name: 'plan'; planId: string }
  | { name: 'history'; planId: string }
  | { name: 'signIn' }
  | { name: 'invite'; secret: string }
  | { name: 'admin' }
  | { name: 'activity' }
  | { name: 'notFound' }

const withId = /^\/(plans|invite)\/([^/]+)\/?$/
const planHistory = /^\/plans\/([^/]+)\/history\/?$/

/**
 * The routes of the app; the server serves index.html for every one of them. Only `signIn` and
 * `invite` are open to people who are not signed in.
 */
export const matchRoute = (pathname: string): Route => {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
  if (path === '/' || path === '') return { name: 'home' }
  if (path === '/sign-in') return { name: 'signIn' }
  if (path === '/admin') return { name: 'admin' }
  if (path === '/admin/activity') return { name: 'activity' }
  const history = planHistory.exec(pathname)?.[1]
  if (history) return { name: 'history', planId: decodeURIComponent(history) }
  const match = withId.exec(pathname)
  const id = match?.[2] ? decodeURIComponent(match[2]) : null
  if (id && match?.[1] === 'plans') return { name: 'plan', planId: id }
  if (id && match?.[1] === 'invite') return { name: 'invite', secret: id }
  return { name: 'notFound' }
}

export const planPath = (planId: string): string => `/plans/${encodeURIComponent(planId)}`

/** A plan's versions and activity; `?version=` opens one, `&compare=` compares it. */
export const historyPath = (planId: string): string => `${planPath(planId)}/history`
