// The workflow's moves are defined once, in @coplan/protocol, and enforced by the server.
export { PLAN_MOVES, availableMoves, type PlanMove } from '@coplan/protocol'
