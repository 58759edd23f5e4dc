import type { SessionUser } from '@coplan/protocol'
import { requestJson } from './requestJson'

// The session lives in an HttpOnly cookie the browser sends by itself; nothing here touches it.

export const fetchMe = async (signal?: AbortSignal): Promise<SessionUser> =>
  (await requestJson<{ user: SessionUser }>('/api/auth/me', { signal })).user

export const signIn = async (email: string, password: string): Promise<SessionUser> =>
  (
    await requestJson<{ user: SessionUser }>('/api/auth/sign-in', {
      method: 'POST',
      body: JSON.stringify({ email, password }),
    })
  ).user

export const signOut = async (): Promise<void> => {
  await requestJson('/api/auth/sign-out', { method: 'POST' })
}

const invitationPath = (secret: string) => `/api/auth/invitations/${encodeURIComponent(secret)}`

/** Who an invitation is for; 404 `invitation_invalid` once used, expired or replaced. */
export const fetchInvitation = (
  secret: string,
  signal?: AbortSignal,
): Promise<{ email: string; name: string }> => requestJson(invitationPath(secret), { signal })

/** Sets the password and signs the person in. */
export const acceptInvitation = async (secret: string, password: string): Promise<SessionUser> =>
  (
    await requestJson<{ user: SessionUser }>(invitationPath(secret), {
      method: 'POST',
      body: JSON.stringify({ password }),
    })
  ).user
