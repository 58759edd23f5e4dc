import { randomUUID } from 'node:crypto'
import type { PlanStatus, PlanSummary, TeamSummary } from '@coplan/protocol'
import { MemoryDatabase, compareText as compare } from '../database/MemoryDatabase'
import type { MemoryPlan } from '../database/MemoryDatabase'
import type { CourseStore, NewPlan, PlanFigures } from './CourseStore'

/** The course in memory: for tests of the logic around it. */
export class MemoryCourseStore implements CourseStore {
  readonly #db: MemoryDatabase

  constructor(db = new MemoryDatabase()) {
    this.#db = db
  }

  courseName(): string | null {
    return this.#db.settings.get('course_name') ?? null
  }

  setCourseName(name: string): void {
    this.#db.settings.set('course_name', name)
  }

  listTeams(): TeamSummary[] {
    return [...this.#db.teams.values()]
      .sort((a, b) => compare(a.country, b.country))
      .map((team) => ({ ...team }))
  }

  findTeam(id: string): TeamSummary | null {
    const team = this.#db.teams.get(id)
    return team ? { ...team } : null
  }

  createTeam(input: { country: string; countryCode: string }): TeamSummary {
    const team = { id: randomUUID(), country: input.country, countryCode: input.countryCode }
    this.#db.teams.set(team.id, team)
    return { ...team }
  }

  listPlans(): PlanSummary[] {
    return [...this.#db.plans.values()]
      .sort((a, b) => compare(b.lastEditedAt, a.lastEditedAt))
      .map((plan) => this.#toSummary(plan))
  }

  findPlan(id: string): PlanSummary | null {
    const plan = this.#db.plans.get(id)
    return plan ? this.#toSummary(plan) : null
  }

  setStatus(planId: string, status: PlanStatus): void {
    this.#change(planId, { status })
  }

  updateStats(planId: string, stats: { words: number; sectionsFilled: number }): void {
    this.#change(planId, { wordCount: stats.words, sectionsFilled: stats.sectionsFilled })
  }

  dashboard(): Map<string, PlanFigures> {
    return new Map(
      [...this.#db.plans.values()].map((plan) => {
        const editors = [...(this.#db.planContributors.get(plan.id) ?? new Map<string, string>())]
        return [
          plan.id,
          {
            lastEditedBy: plan.lastEditedBy,
            contributors: editors.sort(([, a], [, b]) => compare(b, a)).map(([userId]) => userId),
            wordCount: plan.wordCount,
            sectionsFilled: plan.sectionsFilled,
          },
        ]
      }),
    )
  }

  createPlan(input: NewPlan): PlanSummary {
    if (!this.#db.teams.has(input.teamId)) throw new Error(`No team ${input.teamId}`)
    const now = new Date().toISOString()
    const plan: MemoryPlan = {
      id: randomUUID(),
      teamId: input.teamId,
      title: input.title,
      status: 'draft',
      createdAt: now,
      lastEditedAt: now,
      lastEditedBy: null,
      wordCount: input.stats.words,
      sectionsFilled: input.stats.sectionsFilled,
    }
    this.#db.transaction(() => {
      this.#db.plans.set(plan.id, plan)
      this.#db.planSnapshots.set(plan.id, new Uint8Array(input.initialState))
    })
    return this.#toSummary(plan)
  }

  #change(planId: string, changes: Partial<MemoryPlan>): void {
    const plan = this.#db.plans.get(planId)
    if (plan) this.#db.plans.set(planId, { ...plan, ...changes })
  }

  #toSummary(plan: MemoryPlan): PlanSummary {
    const team = this.#db.teams.get(plan.teamId)
    if (!team) throw new Error(`Plan ${plan.id} has no team ${plan.teamId}`)
    return {
      id: plan.id,
      title: plan.title,
      status: plan.status,
      createdAt: plan.createdAt,
      lastEditedAt: plan.lastEditedAt,
      team: { ...team },
    }
  }
}
