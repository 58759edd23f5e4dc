/**
 * Which limit of a plan an update went beyond, as the reason of a `ContentRefused` close
 * (`limit:depth`): a short code the web app turns into a sentence in the person's language.
 *
 * - `depth`: elements nested deeper than a plan may go;
 * - `attribute`: an attribute value outside its rules (a table span, a column width, a link
 *   target with a scheme other than those allowed, a name the editor lacks…);
 * - `text`: more text in one update than one may add;
 * - `size`: the plan would grow beyond the size a plan may take.
 */
export const PLAN_LIMIT_CODES = ['depth', 'attribute', 'text', 'size'] as const

export type PlanLimitCode = (typeof PLAN_LIMIT_CODES)[number]

const PREFIX = 'limit:'

/** The close reason naming `limit` (well under a close reason's 123 bytes). */
export const planLimitReason = (limit: PlanLimitCode): string => `${PREFIX}${limit}`

/** The limit a close reason names, or null if it names none this version knows. */
export const readPlanLimitReason = (reason: string): PlanLimitCode | null => {
  if (!reason.startsWith(PREFIX)) return null
  const code = reason.slice(PREFIX.length)
  return (PLAN_LIMIT_CODES as readonly string[]).includes(code) ? (code as PlanLimitCode) : null
}
