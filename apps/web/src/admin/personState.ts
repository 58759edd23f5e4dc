import type { UserSummary } from '@coplan/protocol'

/** Where a person's account stands: invited until they set a password through the link. */
export type PersonState = 'invited' | 'active' | 'deactivated'

export const personState = (person: UserSummary): PersonState =>
  !person.active ? 'deactivated' : person.hasPassword ? 'active' : 'invited'
