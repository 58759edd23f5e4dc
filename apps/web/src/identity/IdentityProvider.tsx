import { useCallback, useMemo, useState } from 'react'
import type { ReactNode } from 'react'
import { DisplayNameDialog } from './DisplayNameDialog'
import { IdentityContext } from './identityContext'
import type { IdentityValue } from './identityContext'
import { loadIdentity, storeName } from './storedIdentity'

/**
 * Holds who this browser's user is, and asks for a name on the first visit. Dismissing the
 * question leaves the name unset (shown as "Guest"); the header button asks again.
 */
export const IdentityProvider = ({ children }: { children: ReactNode }) => {
  const [identity, setIdentity] = useState(loadIdentity)
  const [dialogOpen, setDialogOpen] = useState(identity.name === null)

  const setName = useCallback((name: string) => {
    storeName(name)
    setIdentity((current) => ({ ...current, name }))
  }, [])
  const openNameDialog = useCallback(() => setDialogOpen(true), [])

  const value = useMemo<IdentityValue>(
    () => ({ ...identity, setName, openNameDialog }),
    [identity, setName, openNameDialog],
  )
  return (
    <IdentityContext value={value}>
      {children}
      {dialogOpen && (
        <DisplayNameDialog
          initialName={identity.name ?? ''}
          onSave={(name) => {
            setName(name)
            setDialogOpen(false)
          }}
          onClose={() => setDialogOpen(false)}
        />
      )}
    </IdentityContext>
  )
}
