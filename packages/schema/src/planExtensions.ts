import type { Extensions } from '@tiptap/core'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import { HEADING_LEVELS, isAllowedHref } from './planAttributes'
import { PLAN_LIMITS } from './planLimits'
import { PlanLimitsGuard } from './planLimitsGuard'

const SCHEME = /^[a-z][a-z\d+.-]*:/i

/**
 * Whether text typed or pasted as an address becomes a link by itself: TipTap's own rule (an
 * address with a scheme, or a dotted host name that is not an IP address), within the plan's
 * rules for links, so that "ftp://…" or an address longer than a link may be stays text.
 */
export const isAutoLinkable = (url: string): boolean => {
  if (/^[a-z][a-z\d+.-]*:\/\//i.test(url) || (SCHEME.test(url) && !url.includes('@'))) {
    return isAllowedHref(url)
  }
  const hostname = (url.includes('@') ? (url.split('@').pop() ?? '') : url).split(/[/?#:]/)[0]
  if (!hostname || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname) || !hostname.includes('.')) return false
  // A scheme is put in front (https: or mailto:).
  return url.length + 'https://'.length <= PLAN_LIMITS.maxHrefChars
}

/**
 * The extensions that define a plan's document schema. Headless: no React, no view-only
 * behaviour (placeholders, carets, collaboration) — those are added by the web app.
 *
 * StarterKit's own undo/redo is off because collaborative editing needs Yjs's undo manager,
 * which only undoes the local user's changes. Links take only the schemes a plan may hold
 * (`LINK_SCHEMES`, by `isAllowedHref`): a pasted link to anything else keeps its text, not its
 * link. `PlanLimitsGuard` keeps every other change within the plan's limits.
 */
export const createPlanExtensions = (): Extensions => [
  StarterKit.configure({
    undoRedo: false,
    heading: { levels: [...HEADING_LEVELS] as (1 | 2 | 3 | 4 | 5 | 6)[] },
    link: {
      openOnClick: false,
      autolink: true,
      defaultProtocol: 'https',
      isAllowedUri: (url) => isAllowedHref(url),
      shouldAutoLink: isAutoLinkable,
    },
  }),
  TableKit.configure({ table: { resizable: false } }),
  PlanLimitsGuard,
]
