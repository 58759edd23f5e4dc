import { DEMO_PASSWORD } from './course/seedDemoCourse'
import { isLoopback, parseAddress } from './auth/requestSource'

export interface ExposureFacts {
  /** The address the server is bound to. */
  address: string
  /** Active accounts that still have the published demo password. */
  demoAccounts: number
  demoPasswordRemote: boolean
}

/**
 * What the server says at start-up about who can reach it and whether the published demo
 * password works from elsewhere, so an operator never has to guess.
 */
export const safeDefaultsNotice = ({
  address,
  demoAccounts,
  demoPasswordRemote,
}: ExposureFacts): { level: 'info' | 'warn'; message: string }[] => {
  const ip = parseAddress(address)
  const listening =
    ip !== null && isLoopback(ip)
      ? `Listening on loopback only (${address}): Coplan is reachable from this machine alone; HOST=0.0.0.0 opens it to the network`
      : address === '0.0.0.0' || address === '::'
        ? `Listening on all interfaces (${address}): Coplan is reachable from the network`
        : `Listening on ${address} only`
  const accounts = `${demoAccounts} demo account${demoAccounts === 1 ? ' has' : 's have'}`
  const demo =
    demoAccounts === 0
      ? { level: 'info' as const, message: 'No account has the published demo password' }
      : demoPasswordRemote
        ? {
            level: 'warn' as const,
            message: `${accounts} the published password "${DEMO_PASSWORD}", usable from anywhere (COPLAN_DEMO_REMOTE=1): whoever reaches this server can sign in as them`,
          }
        : {
            level: 'info' as const,
            message: `${accounts} the published password "${DEMO_PASSWORD}", usable from this machine only (COPLAN_DEMO_REMOTE=1 allows it from anywhere)`,
          }
  return [{ level: 'info', message: listening }, demo]
}
