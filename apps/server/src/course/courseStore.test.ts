import { describe, expect, it } from 'vitest'
import { storeBackends } from '../testing/storeBackends'

const stats = { words: 3, sectionsFilled: 1 }

describe.each(storeBackends)('the course store (%s)', (_name, open) => {
  it('keeps the course name, replacing it', () => {
    const { course } = open()
    expect(course.courseName()).toBeNull()
    course.setCourseName('Model UN')
    course.setCourseName('Model UN 2026')
    expect(course.courseName()).toBe('Model UN 2026')
  })

  it('lists teams by country and finds them by id', () => {
    const { course } = open()
    const norway = course.createTeam({ country: 'Norway', countryCode: 'NO' })
    const chile = course.createTeam({ country: 'Chile', countryCode: 'CL' })
    expect(norway).toEqual({ id: expect.any(String), country: 'Norway', countryCode: 'NO' })
    expect(course.listTeams()).toEqual([chile, norway])
    expect(course.findTeam(norway.id)).toEqual(norway)
    expect(course.findTeam('nope')).toBeNull()
  })

  it('creates a plan as a draft of its team, with its first state and figures', () => {
    const { course } = open()
    const team = course.createTeam({ country: 'Chile', countryCode: 'CL' })
    const plan = course.createPlan({
      teamId: team.id,
      title: 'Water',
      initialState: new Uint8Array([1, 2]),
      stats,
    })
    expect(plan).toEqual({
      id: expect.any(String),
      title: 'Water',
      status: 'draft',
      createdAt: expect.any(String),
      lastEditedAt: plan.createdAt,
      team,
    })
    expect(course.findPlan(plan.id)).toEqual(plan)
    expect(course.findPlan('nope')).toBeNull()
    expect(course.dashboard().get(plan.id)).toEqual({
      lastEditedBy: null,
      contributors: [],
      wordCount: 3,
      sectionsFilled: 1,
    })
  })

  it('refuses a plan of an unknown team', () => {
    const { course } = open()
    expect(() =>
      course.createPlan({ teamId: 'nope', title: 'x', initialState: new Uint8Array(), stats }),
    ).toThrow()
    expect(course.listPlans()).toEqual([])
  })

  it('changes a plan’s status and figures', () => {
    const { course } = open()
    const team = course.createTeam({ country: 'Chile', countryCode: 'CL' })
    const plan = course.createPlan({
      teamId: team.id,
      title: 'W',
      initialState: new Uint8Array(),
      stats,
    })
    const other = course.createPlan({
      teamId: team.id,
      title: 'X',
      initialState: new Uint8Array(),
      stats,
    })
    course.setStatus(plan.id, 'in_review')
    course.updateStats(plan.id, { words: 40, sectionsFilled: 4 })
    expect(course.findPlan(plan.id)?.status).toBe('in_review')
    expect(course.findPlan(other.id)?.status).toBe('draft')
    expect(course.dashboard().get(plan.id)).toMatchObject({ wordCount: 40, sectionsFilled: 4 })
    expect(course.dashboard().get(other.id)).toMatchObject({ wordCount: 3, sectionsFilled: 1 })
    expect(
      course
        .listPlans()
        .map((p) => p.id)
        .sort(),
    ).toEqual([plan.id, other.id].sort())
  })
})
