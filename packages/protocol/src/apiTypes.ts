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
