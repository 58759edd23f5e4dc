import { randomUUID } from 'node:crypto'
import type { PlanStatus, PlanSummary, TeamSummary } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'

interface PlanRow {
  id: string
  title: string
  status: PlanStatus
  created_at: string
  last_edited_at: string
  team_id: string
  country: string
  country_code: string
}

const toPlan = (row: PlanRow): PlanSummary => ({
  id: row.id,
  title: row.title,
  status: row.status,
  createdAt: row.created_at,
  lastEditedAt: row.last_edited_at,
  team: { id: row.team_id, country: row.country, countryCode: row.country_code },
})

const toTeam = (row: { id: string; country: string; country_code: string }): TeamSummary => ({
  id: row.id,
  country: row.country,
  countryCode: row.country_code,
})

const PLAN_SELECT = `SELECT plans.id, plans.title, plans.status, plans.created_at, plans.last_edited_at,
  teams.id AS team_id, teams.country, teams.country_code
  FROM plans JOIN teams ON teams.id = plans.team_id`

/** The course: its name, its country teams and their plans' metadata (not their text). */
export class CourseStore {
  readonly #db: Db

  constructor(db: Db) {
    this.#db = db
  }

  courseName(): string | null {
    const row = this.#db
      .prepare<[], { value: string }>("SELECT value FROM settings WHERE key = 'course_name'")
      .get()
    return row?.value ?? null
  }

  setCourseName(name: string): void {
    this.#db
      .prepare(
        `INSERT INTO settings (key, value) VALUES ('course_name', ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      )
      .run(name)
  }

  listTeams(): TeamSummary[] {
    return this.#db
      .prepare<[], { id: string; country: string; country_code: string }>(
        'SELECT id, country, country_code FROM teams ORDER BY country',
      )
      .all()
      .map(toTeam)
  }

  findTeam(id: string): TeamSummary | null {
    const row = this.#db
      .prepare<[string], { id: string; country: string; country_code: string }>(
        'SELECT id, country, country_code FROM teams WHERE id = ?',
      )
      .get(id)
    return row ? toTeam(row) : null
  }

  createTeam(input: { country: string; countryCode: string }): TeamSummary {
    const team = { id: randomUUID(), ...input }
    this.#db
      .prepare('INSERT INTO teams (id, country, country_code, created_at) VALUES (?, ?, ?, ?)')
      .run(team.id, team.country, team.countryCode, new Date().toISOString())
    return team
  }

  listPlans(): PlanSummary[] {
    return this.#db
      .prepare<[], PlanRow>(`${PLAN_SELECT} ORDER BY plans.last_edited_at DESC`)
      .all()
      .map(toPlan)
  }

  findPlan(id: string): PlanSummary | null {
    const row = this.#db.prepare<[string], PlanRow>(`${PLAN_SELECT} WHERE plans.id = ?`).get(id)
    return row ? toPlan(row) : null
  }

  setStatus(planId: string, status: PlanStatus): void {
    this.#db.prepare('UPDATE plans SET status = ? WHERE id = ?').run(status, planId)
  }

  updateStats(planId: string, stats: { words: number; sectionsFilled: number }): void {
    this.#db
      .prepare('UPDATE plans SET word_count = ?, sections_filled = ? WHERE id = ?')
      .run(stats.words, stats.sectionsFilled, planId)
  }

  /** Figures for the course dashboard, by plan id. */
  dashboard(): Map<
    string,
    {
      lastEditedBy: string | null
      contributors: string[]
      wordCount: number
      sectionsFilled: number
    }
  > {
    const plans = this.#db
      .prepare<
        [],
        { id: string; last_edited_by: string | null; word_count: number; sections_filled: number }
      >('SELECT id, last_edited_by, word_count, sections_filled FROM plans')
      .all()
    const contributors = this.#db
      .prepare<[], { plan_id: string; user_id: string }>(
        'SELECT plan_id, user_id FROM plan_contributors ORDER BY last_edit_at DESC',
      )
      .all()
    return new Map(
      plans.map((plan) => [
        plan.id,
        {
          lastEditedBy: plan.last_edited_by,
          contributors: contributors.filter((c) => c.plan_id === plan.id).map((c) => c.user_id),
          wordCount: plan.word_count,
          sectionsFilled: plan.sections_filled,
        },
      ]),
    )
  }

  /** Creates the plan and its first document state in one transaction. */
  createPlan(input: {
    teamId: string
    title: string
    initialState: Uint8Array
    stats: { words: number; sectionsFilled: number }
  }): PlanSummary {
    const id = randomUUID()
    const now = new Date().toISOString()
    this.#db.transaction(() => {
      this.#db
        .prepare(
          `INSERT INTO plans (id, team_id, title, created_at, last_edited_at, word_count, sections_filled)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        )
        .run(id, input.teamId, input.title, now, now, input.stats.words, input.stats.sectionsFilled)
      this.#db
        .prepare('INSERT INTO plan_snapshots (plan_id, state, updated_at) VALUES (?, ?, ?)')
        .run(id, input.initialState, now)
    })()
    const plan = this.findPlan(id)
    if (!plan) throw new Error(`Plan ${id} vanished after creation`)
    return plan
  }
}
