import { describe, expect, it } from 'vitest'
import { safeDefaultsNotice } from './safeDefaultsNotice'

const notice = (address: string, demoAccounts = 0, demoPasswordRemote = false) =>
  safeDefaultsNotice({ address, demoAccounts, demoPasswordRemote })

describe('safeDefaultsNotice', () => {
  it('says whether the server listens on loopback only, on all interfaces or on one address', () => {
    for (const address of ['127.0.0.1', '127.0.0.2', '::1']) {
      expect(notice(address)[0]).toEqual({
        level: 'info',
        message: `Listening on loopback only (${address}): Coplan is reachable from this machine alone; HOST=0.0.0.0 opens it to the network`,
      })
    }
    for (const address of ['0.0.0.0', '::']) {
      expect(notice(address)[0]?.message).toBe(
        `Listening on all interfaces (${address}): Coplan is reachable from the network`,
      )
    }
    expect(notice('192.0.2.2')[0]?.message).toBe('Listening on 192.0.2.2 only')
  })

  it('says whether the demo password works from this machine only or, as a warning, from anywhere', () => {
    expect(notice('127.0.0.1', 9)[1]).toEqual({
      level: 'info',
      message:
        '9 demo accounts have the published password "coplan-demo", usable from this machine only (COPLAN_DEMO_REMOTE=1 allows it from anywhere)',
    })
    expect(notice('0.0.0.0', 1, true)[1]).toEqual({
      level: 'warn',
      message:
        '1 demo account has the published password "coplan-demo", usable from anywhere (COPLAN_DEMO_REMOTE=1): whoever reaches this server can sign in as them',
    })
    expect(notice('0.0.0.0', 0, true)[1]).toEqual({
      level: 'info',
      message: 'No account has the published demo password',
    })
  })
})
