import { ROLES } from '@coplan/protocol'
import type { Role } from '@coplan/protocol'
import { useCallback } from 'react'
import type { Awareness } from 'y-protocols/awareness'
import { useSubscribedValue } from '../lib/useSubscribedValue'

export interface Person {
  clientId: number
  name: string
  color: string
  /** Stamped by the server from the person's account; absent only from an older server. */
  role: Role | null
  isSelf: boolean
}

const samePeople = (a: Person[], b: Person[]): boolean =>
  a.length === b.length &&
  a.every((person, index) => {
    const other = b[index]
    return (
      other !== undefined &&
      person.clientId === other.clientId &&
      person.name === other.name &&
      person.color === other.color &&
      person.role === other.role
    )
  })

const isUser = (value: unknown): value is { name: string; color: string; role?: unknown } =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as { name?: unknown }).name === 'string' &&
  typeof (value as { color?: unknown }).color === 'string'

const roleOf = (value: unknown): Role | null => ROLES.find((role) => role === value) ?? null

/**
 * Everyone with the plan open, from awareness: one entry per browser tab, you first, then by
 * name. States without a user (a client that has not announced itself yet) are left out.
 */
export const usePresence = (awareness: Awareness): Person[] => {
  const subscribe = useCallback(
    (onChange: () => void) => {
      awareness.on('change', onChange)
      return () => awareness.off('change', onChange)
    },
    [awareness],
  )
  const read = useCallback(() => {
    const people: Person[] = []
    awareness.getStates().forEach((state, clientId) => {
      const user: unknown = state.user
      if (isUser(user)) {
        people.push({
          clientId,
          name: user.name,
          color: user.color,
          role: roleOf(user.role),
          isSelf: clientId === awareness.clientID,
        })
      }
    })
    return people.sort(
      (a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name),
    )
  }, [awareness])
  return useSubscribedValue(subscribe, read, samePeople)
}
