import type { PlanStatus, PlanSummary, TeamSummary } from '@coplan/protocol'

export interface NewPlan {
  teamId: string
  title: string
  /** The plan's first document state, stored with it. */
  initialState: Uint8Array
  stats: { words: number; sectionsFilled: number }
}

/** A plan's figures on the course dashboard. */
export interface PlanFigures {
  /** Who stored the plan's last edit (see `DocumentStore.stamp`). */
  lastEditedBy: string | null
  /** Everyone who ever edited the plan, the latest first. */
  contributors: string[]
  wordCount: number
  sectionsFilled: number
}

/** The course: its name, its country teams and their plans' metadata (not their text). */
export interface CourseStore {
  courseName(): string | null
  setCourseName(name: string): void
  /** By country. */
  listTeams(): TeamSummary[]
  findTeam(id: string): TeamSummary | null
  createTeam(input: { country: string; countryCode: string }): TeamSummary
  /** The last edited first. */
  listPlans(): PlanSummary[]
  findPlan(id: string): PlanSummary | null
  setStatus(planId: string, status: PlanStatus): void
  updateStats(planId: string, stats: { words: number; sectionsFilled: number }): void
  /** Figures for the course dashboard, by plan id. */
  dashboard(): Map<string, PlanFigures>
  /** Creates the plan and its first document state in one transaction. */
  createPlan(input: NewPlan): PlanSummary
}
