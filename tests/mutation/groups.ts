/**
 * The security-critical code under mutation testing, by group (body: what a plan may hold;
 * rights: who may do what; presence; workflow), with the tests that guard it.
 * `npm run mutation` mutates every file listed and fails if any group kills less than
 * `MIN_SCORE` of its mutants; README ("Mutation testing") explains the survivors left.
 */
export const MUTATION_GROUPS = {
  body: {
    mutate: [
      'apps/server/src/rooms/assertBodyOnlyUpdate.ts',
      'apps/server/src/rooms/BodyShape.ts',
      'apps/server/src/rooms/updateDepth.ts',
      'packages/schema/src/planAttributes.ts',
    ],
    tests: [
      'apps/server/src/rooms/assertBodyOnlyUpdate.test.ts',
      'apps/server/src/rooms/BodyShape.test.ts',
      'apps/server/src/rooms/updateDepth.test.ts',
      'packages/schema/src/planAttributes.test.ts',
    ],
  },
  rights: {
    mutate: [
      'apps/server/src/auth/planRights.ts',
      'apps/server/src/auth/planPolicy.ts',
      'apps/server/src/auth/Authenticator.ts',
      'apps/server/src/auth/SignInThrottle.ts',
    ],
    tests: [
      'apps/server/src/auth/planRights.test.ts',
      'apps/server/src/auth/planPolicy.test.ts',
      'apps/server/src/auth/Authenticator.test.ts',
      'apps/server/src/auth/SignInThrottle.test.ts',
    ],
  },
  presence: {
    mutate: ['apps/server/src/rooms/RoomAwareness.ts'],
    tests: ['apps/server/src/rooms/RoomAwareness.test.ts'],
  },
  workflow: {
    mutate: ['packages/protocol/src/planMoves.ts', 'apps/server/src/workflow/WorkflowService.ts'],
    tests: [
      'packages/protocol/src/planMoves.test.ts',
      'apps/server/src/workflow/WorkflowService.test.ts',
      'apps/server/src/workflow/workflow.test.ts',
    ],
  },
} as const

/** Least share of killed (or timed-out) mutants per group, in percent. */
export const MIN_SCORE = 85
