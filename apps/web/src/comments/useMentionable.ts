import type { PersonRef } from '@coplan/protocol'
import { useCallback } from 'react'
import { fetchMentionable } from '../api/commentApi'
import { useAsync } from '../lib/useAsync'

const NOBODY: PersonRef[] = []

/**
 * The people who can see the plan, for mention suggestions. Until they arrive (or if they
 * cannot be loaded) nothing is suggested, and no mention is found in what is written.
 */
export const useMentionable = (planId: string): PersonRef[] => {
  const load = useCallback((signal: AbortSignal) => fetchMentionable(planId, signal), [planId])
  const people = useAsync(load)
  return people.status === 'ready' ? people.value : NOBODY
}
