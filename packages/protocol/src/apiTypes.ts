import type { PlanStatus } from './planStatus'
import type { VersionKind, VersionLabel } from './versionLabel'

/**
 * Shapes of the JSON API under `/api`, shared by the server that sends them and the web app
 * (and scripts) that read them. Times are ISO 8601 strings.
 */
export interface TeamSummary {
  id: string
  country: string
  /** ISO 3166-1 alpha-2. */
  countryCode: string
}

export interface PlanSummary {
  id: string
  title: string
  team: TeamSummary
  status: PlanStatus
  createdAt: string
  /** When the body last changed (creation counts). */
  lastEditedAt: string
}

export interface CourseSummary {
  name: string
  teams: TeamSummary[]
}

/** Every error response of the API has this body. */
export interface ApiErrorBody {
  error: { code: string; message: string }
}

export type Role = 'admin' | 'mentor' | 'delegate'

export const ROLES: readonly Role[] = ['admin', 'mentor', 'delegate']

/** A person as admins see them. */
export interface UserSummary {
  id: string
  email: string
  name: string
  role: Role
  /** A delegate's team. */
  teamId: string | null
  /** The teams a mentor is assigned to. */
  mentorTeamIds: string[]
  active: boolean
  /** False until the person has set a password through an invitation. */
  hasPassword: boolean
}

/** The signed-in person, as `GET /api/auth/me` returns them. */
export interface SessionUser {
  id: string
  email: string
  name: string
  role: Role
  team: TeamSummary | null
  mentorTeams: TeamSummary[]
  /** The colour of this person's caret, chosen by the server. */
  color: string
}

/** A person as shown beside their comments. */
export interface PersonRef {
  id: string
  name: string
  role: Role
  /** Country of a delegate's team. */
  team: string | null
  /** Its ISO code, so the UI can name the country in its own language. */
  teamCode?: string | null
}

export interface CommentView {
  id: string
  threadId: string
  author: PersonRef
  body: string
  mentions: PersonRef[]
  createdAt: string
  editedAt: string | null
}

export type ThreadStatus = 'open' | 'resolved'

export interface ThreadView {
  id: string
  planId: string
  /** Yjs relative positions, base64-encoded (see `CommentAnchor` in @coplan/schema). */
  anchor: { start: string; end: string }
  quote: { exact: string; prefix: string; suffix: string }
  status: ThreadStatus
  createdAt: string
  createdBy: PersonRef
  resolvedAt: string | null
  resolvedBy: PersonRef | null
  /** Oldest first; the first one opened the thread. */
  comments: CommentView[]
}

export interface NotificationView {
  id: string
  kind: 'mention' | 'reply' | 'status'
  planId: string
  planTitle: string
  /** For mentions and replies. */
  threadId: string | null
  commentId: string | null
  actor: PersonRef
  /** The start of the comment, or a status change's message. */
  excerpt: string
  /** For status changes. */
  status: { from: PlanStatus; to: PlanStatus } | null
  createdAt: string
  read: boolean
}

/** A plan in the home page's course dashboard, with its activity for the person asking. */
export interface PlanListItem extends PlanSummary {
  openThreads: number
  /** Comments by others since the person last opened the plan. */
  newComments: number
  lastEditedBy: PersonRef | null
  /** Everyone who has edited the body, most recent first. */
  contributors: PersonRef[]
  wordCount: number
  /** Template sections with content, of `sectionsTotal`. */
  sectionsFilled: number
  sectionsTotal: number
}

export interface VersionView {
  id: string
  planId: string
  /** In English, as exported files give it; the UI shows `label` in the reader's language. */
  name: string
  label: VersionLabel
  kind: VersionKind
  createdAt: string
  createdBy: PersonRef | null
  /** People who edited between the previous version and this one. */
  contributors: PersonRef[]
  wordCount: number
}

export interface ActivityView {
  id: string
  planId: string | null
  planTitle: string | null
  kind: 'status' | 'version' | 'restore' | 'export' | 'membership'
  actor: PersonRef | null
  /** Kind-specific: e.g. `{ from, to, message }` for status, `{ name }` for versions. */
  detail: Record<string, unknown>
  createdAt: string
}
