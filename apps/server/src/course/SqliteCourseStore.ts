import { randomUUID } from 'node:crypto'
import type { PlanStatus, PlanSummary, TeamSummary } from '@coplan/protocol'
import type { Db } from '../database/openDatabase'
import type { CourseStore, NewPlan, PlanFigures } from './CourseStore'

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

interface TeamRow {
  id: string
  country: string
  country_code: string
}

const toTeam = (row: TeamRow): TeamSummary => ({
  id: row.id,
  country: row.country,
  countryCode: row.country_code,
})

const PLAN_SELECT = `SELECT plans.id, plans.title, plans.status, plans.created_at, plans.last_edited_at,
  teams.id AS team_id, teams.country, teams.country_code
  FROM plans JOIN teams ON teams.id = plans.team_id`

/** The course in the `settings`, `teams` and `plans` tables. */
export class SqliteCourseStore implements CourseStore {
  readonly #statements
  // Made once: better-sqlite3 builds a wrapper per call of `db.transaction`.
  readonly #insertPlan

  constructor(db: Db) {
    this.#statements = {
      courseName: db.prepare<[], { value: string }>(
        "SELECT value FROM settings WHERE key = 'course_name'",
      ),
      setCourseName: db.prepare<[string]>(
        `INSERT INTO settings (key, value) VALUES ('course_name', ?)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
      ),
      teams: db.prepare<[], TeamRow>(
        'SELECT id, country, country_code FROM teams ORDER BY country',
      ),
      team: db.prepare<[string], TeamRow>(
        'SELECT id, country, country_code FROM teams WHERE id = ?',
      ),
      insertTeam: db.prepare<[string, string, string, string]>(
        'INSERT INTO teams (id, country, country_code, created_at) VALUES (?, ?, ?, ?)',
      ),
      plans: db.prepare<[], PlanRow>(`${PLAN_SELECT} ORDER BY plans.last_edited_at DESC`),
      plan: db.prepare<[string], PlanRow>(`${PLAN_SELECT} WHERE plans.id = ?`),
      setStatus: db.prepare<[PlanStatus, string]>('UPDATE plans SET status = ? WHERE id = ?'),
      updateStats: db.prepare<[number, number, string]>(
        'UPDATE plans SET word_count = ?, sections_filled = ? WHERE id = ?',
      ),
      planFigures: db.prepare<
        [],
        { id: string; last_edited_by: string | null; word_count: number; sections_filled: number }
      >('SELECT id, last_edited_by, word_count, sections_filled FROM plans'),
      contributors: db.prepare<[], { plan_id: string; user_id: string }>(
        'SELECT plan_id, user_id FROM plan_contributors ORDER BY last_edit_at DESC',
      ),
      insertPlan: db.prepare<[string, string, string, string, string, number, number]>(
        `INSERT INTO plans (id, team_id, title, created_at, last_edited_at, word_count, sections_filled)
         VALUES (?, ?, ?, ?, ?, ?, ?)`,
      ),
      insertSnapshot: db.prepare<[string, Uint8Array, string]>(
        'INSERT INTO plan_snapshots (plan_id, state, updated_at) VALUES (?, ?, ?)',
      ),
    }
    this.#insertPlan = db.transaction((id: string, input: NewPlan, now: string) => {
      const { words, sectionsFilled } = input.stats
      this.#statements.insertPlan.run(
        id,
        input.teamId,
        input.title,
        now,
        now,
        words,
        sectionsFilled,
      )
      this.#statements.insertSnapshot.run(id, input.initialState, now)
    })
  }

  courseName(): string | null {
    return this.#statements.courseName.get()?.value ?? null
  }

  setCourseName(name: string): void {
    this.#statements.setCourseName.run(name)
  }

  listTeams(): TeamSummary[] {
    return this.#statements.teams.all().map(toTeam)
  }

  findTeam(id: string): TeamSummary | null {
    const row = this.#statements.team.get(id)
    return row ? toTeam(row) : null
  }

  createTeam(input: { country: string; countryCode: string }): TeamSummary {
    const team = { id: randomUUID(), ...input }
    this.#statements.insertTeam.run(
      team.id,
      team.country,
      team.countryCode,
      new Date().toISOString(),
    )
    return team
  }

  listPlans(): PlanSummary[] {
    return this.#statements.plans.all().map(toPlan)
  }

  findPlan(id: string): PlanSummary | null {
    const row = this.#statements.plan.get(id)
    return row ? toPlan(row) : null
  }

  setStatus(planId: string, status: PlanStatus): void {
    this.#statements.setStatus.run(status, planId)
  }

  updateStats(planId: string, stats: { words: number; sectionsFilled: number }): void {
    this.#statements.updateStats.run(stats.words, stats.sectionsFilled, planId)
  }

  dashboard(): Map<string, PlanFigures> {
    const plans = this.#statements.planFigures.all()
    const contributors = this.#statements.contributors.all()
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

  createPlan(input: NewPlan): PlanSummary {
    const id = randomUUID()
    this.#insertPlan(id, input, new Date().toISOString())
    const plan = this.findPlan(id)
    if (!plan) throw new Error(`Plan ${id} vanished after creation`)
    return plan
  }
}
