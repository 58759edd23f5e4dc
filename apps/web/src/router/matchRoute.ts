export type Route = { name: 'home' } | { name: 'plan'; planId: string } | { name: 'notFound' }

/** The routes of the app: `/` and `/plans/:id`; the server serves index.html for both. */
export const matchRoute = (pathname: string): Route => {
  if (pathname === '/' || pathname === '') return { name: 'home' }
  const plan = /^\/plans\/([^/]+)\/?$/.exec(pathname)
  if (plan?.[1]) return { name: 'plan', planId: decodeURIComponent(plan[1]) }
  return { name: 'notFound' }
}

export const planPath = (planId: string): string => `/plans/${encodeURIComponent(planId)}`
