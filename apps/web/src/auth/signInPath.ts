/** Why someone lands on the sign-in page; the page explains it. */
export type SignInReason = 'signed-out' | 'session-ended'

export const isSignInReason = (value: unknown): value is SignInReason =>
  value === 'signed-out' || value === 'session-ended'

/**
 * Where to go after signing in, from the untrusted `next` parameter: only a path on this site
 * (not `//evil.example`, which the browser would read as another host), and never the sign-in
 * page itself. Anything else goes home.
 */
export const safeNextPath = (next: string | null): string => {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/'
  if (next === '/sign-in' || next.startsWith('/sign-in?')) return '/'
  return next
}

/** `/sign-in`, remembering where the person was going and why they have to sign in. */
export const signInPath = ({ next, reason }: { next?: string; reason?: SignInReason }): string => {
  const params = new URLSearchParams()
  if (next && safeNextPath(next) !== '/') params.set('next', next)
  if (reason) params.set('reason', reason)
  const query = params.toString()
  return query ? `/sign-in?${query}` : '/sign-in'
}
