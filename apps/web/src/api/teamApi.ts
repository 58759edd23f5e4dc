import type { TeamSummary } from '@coplan/protocol'
import { requestJson } from './requestJson'

// Admins only: the server answers 403 to everyone else.

export const fetchTeams = async (signal?: AbortSignal): Promise<TeamSummary[]> =>
  (await requestJson<{ teams: TeamSummary[] }>('/api/admin/teams', { signal })).teams

export const createTeam = async (input: {
  country: string
  countryCode: string
}): Promise<TeamSummary> =>
  (
    await requestJson<{ team: TeamSummary }>('/api/admin/teams', {
      method: 'POST',
      body: JSON.stringify(input),
    })
  ).team
