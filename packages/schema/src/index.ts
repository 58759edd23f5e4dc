export { PLAN_BODY_FIELD } from './planFields'
export { createPlanExtensions } from './planExtensions'
export { createPlanSchema } from './planSchema'
export {
  PLAN_TEMPLATE_SECTIONS,
  createPlanTemplate,
  findTemplateSection,
  type TemplateSection,
} from './planTemplate'
export { planUpdateFromJSON, planDocToJSON, markNameOfFormatKey } from './planDocument'
export { outlineOf, countWords, plainTextOf, type OutlineEntry } from './planText'
export {
  createAnchor,
  anchorRange,
  resolveAnchor,
  quoteOf,
  findQuote,
  planBodyNode,
  nodeSizeMapping,
  QUOTE_CONTEXT,
  MAX_QUOTE,
  type CommentAnchor,
  type TextQuote,
  type AnchorResolution,
} from './commentAnchor'
export { flattenText, type FlatText } from './flatText'
export {
  diffPlans,
  diffText,
  blocksOf,
  type PlanDiff,
  type BlockChange,
  type DiffBlock,
  type SectionChange,
  type TextSegment,
} from './planDiff'
export { planStats, type PlanStats } from './planStats'
export { PLAN_LIMITS, LINK_SCHEMES } from './planLimits'
export {
  HEADING_LEVELS,
  ORDERED_LIST_TYPES,
  isAllowedHref,
  isAllowedNodeAttribute,
  isAllowedMarkAttribute,
  isAllowedMarkValue,
} from './planAttributes'
