import { CloseCode, planLimitReason, type PlanLimitCode } from '@coplan/protocol'
import { Refusal } from './Refusal'

/**
 * Why a connection's update was refused: it went beyond a limit of the plan (`PLAN_LIMITS`,
 * the attribute rules). The room closes that connection alone with `ContentRefused` and a
 * reason naming `limit`; nothing of the update is stored or relayed.
 */
export class ContentRefusedError extends Refusal {
  constructor(
    readonly limit: PlanLimitCode,
    message: string,
  ) {
    super(CloseCode.ContentRefused, planLimitReason(limit), message)
    this.name = 'ContentRefusedError'
  }
}
