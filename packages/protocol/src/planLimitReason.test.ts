import { describe, expect, it } from 'vitest'
import { PLAN_LIMIT_CODES, planLimitReason, readPlanLimitReason } from './planLimitReason'

describe('plan limit reasons', () => {
  it('name each limit in a close reason and read it back', () => {
    for (const code of PLAN_LIMIT_CODES) {
      const reason = planLimitReason(code)
      expect(new TextEncoder().encode(reason).length).toBeLessThan(123)
      expect(readPlanLimitReason(reason)).toBe(code)
    }
  })

  it('read no limit from other reasons', () => {
    expect(readPlanLimitReason('Malformed message')).toBeNull()
    expect(readPlanLimitReason('limit:colour')).toBeNull()
    expect(readPlanLimitReason('limit:')).toBeNull()
  })
})
