import { createContext } from 'react'

export interface IdentityValue {
  /** The chosen display name, or `null` while the person has not given one. */
  name: string | null
  color: string
  setName: (name: string) => void
  openNameDialog: () => void
}

export const IdentityContext = createContext<IdentityValue | null>(null)
