import { useContext } from 'react'
import { IdentityContext } from './identityContext'
import type { IdentityValue } from './identityContext'

export const useIdentity = (): IdentityValue => {
  const value = useContext(IdentityContext)
  if (!value) throw new Error('useIdentity must be used inside <IdentityProvider>')
  return value
}
