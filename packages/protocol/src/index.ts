export { MessageType } from './messageTypes'
export { CloseCode, closeReasons } from './closeCodes'
export { writeSessionNotice, readSessionNotice, type SessionNotice } from './sessionNotice'
export type { PlanSummary, TeamSummary, CourseSummary, ApiErrorBody } from './apiTypes'
