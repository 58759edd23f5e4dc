import type { PlanListItem, PlanStatus } from '@coplan/protocol'
import { describe, expect, it } from 'vitest'
import {
  DEFAULT_QUERY,
  applyDashboardQuery,
  dashboardSearch,
  parseDashboardQuery,
} from './dashboardQuery'

const plan = (
  title: string,
  country: string,
  status: PlanStatus,
  wordCount: number,
  lastEditedAt: string,
): PlanListItem => ({
  id: title,
  title,
  team: { id: country, country, countryCode: country.slice(0, 2).toUpperCase() },
  status,
  createdAt: '2026-01-01T00:00:00.000Z',
  lastEditedAt,
  openThreads: 0,
  newComments: 0,
  lastEditedBy: null,
  contributors: [],
  wordCount,
  sectionsFilled: 0,
  sectionsTotal: 12,
})

const plans = [
  plan('Ghana plan', 'Ghana', 'in_review', 300, '2026-03-02T10:00:00.000Z'),
  plan('Peru plan', 'Peru', 'draft', 1200, '2026-03-01T10:00:00.000Z'),
  plan('Uzbekistan plan', 'Uzbekistan', 'final', 800, '2026-03-03T10:00:00.000Z'),
  plan('Another Ghana plan', 'Ghana', 'draft', 40, '2026-02-01T10:00:00.000Z'),
]
const countryName = (entry: PlanListItem) => entry.team.country
const titles = (query: Partial<typeof DEFAULT_QUERY>) =>
  applyDashboardQuery(plans, { ...DEFAULT_QUERY, ...query }, countryName, 'en').map((p) => p.title)

describe('applyDashboardQuery', () => {
  it('lists the most recently edited first by default', () => {
    expect(titles({})).toEqual(['Uzbekistan plan', 'Ghana plan', 'Peru plan', 'Another Ghana plan'])
  })

  it('sorts by words, status (in workflow order), country and title, both ways', () => {
    expect(titles({ sort: 'words', direction: 'desc' })).toEqual([
      'Peru plan',
      'Uzbekistan plan',
      'Ghana plan',
      'Another Ghana plan',
    ])
    expect(titles({ sort: 'words', direction: 'asc' })[0]).toBe('Another Ghana plan')
    expect(titles({ sort: 'status', direction: 'asc' })).toEqual([
      'Another Ghana plan',
      'Peru plan',
      'Ghana plan',
      'Uzbekistan plan',
    ])
    expect(titles({ sort: 'country', direction: 'desc' })).toEqual([
      'Uzbekistan plan',
      'Peru plan',
      'Another Ghana plan',
      'Ghana plan',
    ])
    expect(titles({ sort: 'title', direction: 'asc' })[0]).toBe('Another Ghana plan')
  })

  it('filters by status and by country, together', () => {
    expect(titles({ status: 'draft' })).toEqual(['Peru plan', 'Another Ghana plan'])
    expect(titles({ country: 'GH' })).toEqual(['Ghana plan', 'Another Ghana plan'])
    expect(titles({ status: 'draft', country: 'GH' })).toEqual(['Another Ghana plan'])
    expect(titles({ status: 'reviewed' })).toEqual([])
  })
})

describe('dashboard query string', () => {
  it('round-trips, leaving defaults out', () => {
    const query = { status: 'in_review', country: 'PE', sort: 'words', direction: 'asc' } as const
    expect(parseDashboardQuery(dashboardSearch(query))).toEqual(query)
    expect(dashboardSearch(DEFAULT_QUERY)).toBe('')
    expect(dashboardSearch({ ...DEFAULT_QUERY, sort: 'words', direction: 'desc' })).toBe(
      '?sort=words',
    )
  })

  it('ignores what it does not know', () => {
    expect(parseDashboardQuery('?status=lost&sort=colour&dir=up')).toEqual(DEFAULT_QUERY)
    expect(parseDashboardQuery('?sort=title').direction).toBe('asc')
  })
})
