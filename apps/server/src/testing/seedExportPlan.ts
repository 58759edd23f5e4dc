import type { PlanSummary } from '@coplan/protocol'
import {
  createAnchor,
  createPlanSchema,
  planBodyNode,
  planStats,
  planUpdateFromJSON,
} from '@coplan/schema'
import type { JSONContent } from '@tiptap/core'
import type { CoplanServer } from '../createServer'

/**
 * A plan holding `doc`, stored as a real plan of the team with `countryCode` (for export tests
 * and the benchmark, which need plans far richer than the template).
 */
export const seedExportPlan = (
  server: CoplanServer,
  input: { countryCode: string; title: string; doc: JSONContent },
): PlanSummary => {
  const team = server.course.listTeams().find((t) => t.countryCode === input.countryCode)
  if (!team) throw new Error(`No team ${input.countryCode}`)
  return server.course.createPlan({
    teamId: team.id,
    title: input.title,
    initialState: planUpdateFromJSON(input.doc),
    stats: planStats(input.doc),
  })
}

/** Opens a comment thread by `email` on the first occurrence of `words` in the plan. */
export const commentOn = async (
  server: CoplanServer,
  input: { planId: string; email: string; words: string; body: string },
): Promise<string> => {
  const user = server.users.findByEmail(input.email)
  if (!user) throw new Error(`No user ${input.email}`)
  const room = await server.registry.open(input.planId)
  const schema = createPlanSchema()
  let from = -1
  planBodyNode(room.doc, schema).descendants((node, pos) => {
    const index = node.isText ? (node.text ?? '').indexOf(input.words) : -1
    if (from < 0 && index >= 0) from = pos + index
  })
  if (from < 0) throw new Error(`"${input.words}" is not in the plan`)
  const thread = await server.comments.createThread(user, input.planId, {
    anchor: createAnchor(room.doc, schema, from, from + input.words.length),
    body: input.body,
    mentions: [],
  })
  return thread.id
}
