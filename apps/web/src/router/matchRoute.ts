export type Route =
  | { name: 'home' }
  | { name: 'plan'; planId: string }
  | { name: 'signIn' }
  | { name: 'invite'; secret: string }
  | { name: 'admin' }
  | { name: 'notFound' }

const withId = /^\/(plans|invite)\/([^/]+)\/?$/

/**
 * The routes of the app; the server serves index.html for every one of them. Only `signIn` and
 * `invite` are open to people who are not signed in.
 */
export const matchRoute = (pathname: string): Route => {
  const path = pathname.length > 1 ? pathname.replace(/\/$/, '') : pathname
  if (path === '/' || path === '') return { name: 'home' }
  if (path === '/sign-in') return { name: 'signIn' }
  if (path === '/admin') return { name: 'admin' }
  const match = withId.exec(pathname)
  const id = match?.[2] ? decodeURIComponent(match[2]) : null
  if (id && match?.[1] === 'plans') return { name: 'plan', planId: id }
  if (id && match?.[1] === 'invite') return { name: 'invite', secret: id }
  return { name: 'notFound' }
}

export const planPath = (planId: string): string => `/plans/${encodeURIComponent(planId)}`
