import type { Role, UserSummary } from '@coplan/protocol'
import { requestJson } from './requestJson'

// Admins only: the server answers 403 to everyone else.

/** A one-time link where the person sets a password. */
export interface Invitation {
  invitationUrl: string
  expiresAt: string
}

export interface NewPerson {
  email: string
  name: string
  role: Role
  teamId?: string | null
  mentorTeamIds?: string[]
}

export type PersonChanges = Partial<{
  name: string
  role: Role
  teamId: string | null
  mentorTeamIds: string[]
  active: boolean
}>

const userPath = (id: string) => `/api/admin/users/${encodeURIComponent(id)}`

export const fetchPeople = async (signal?: AbortSignal): Promise<UserSummary[]> =>
  (await requestJson<{ users: UserSummary[] }>('/api/admin/users', { signal })).users

export const createPerson = (person: NewPerson): Promise<{ user: UserSummary } & Invitation> =>
  requestJson('/api/admin/users', { method: 'POST', body: JSON.stringify(person) })

export const updatePerson = async (id: string, changes: PersonChanges): Promise<UserSummary> =>
  (
    await requestJson<{ user: UserSummary }>(userPath(id), {
      method: 'PATCH',
      body: JSON.stringify(changes),
    })
  ).user

/** A new link (password reset); once used, the old link and the person's sessions end. */
export const createInvitation = (id: string): Promise<Invitation> =>
  requestJson(`${userPath(id)}/invitation`, { method: 'POST' })
