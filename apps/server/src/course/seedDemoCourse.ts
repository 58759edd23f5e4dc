import type { CourseStore } from './CourseStore'
import { createPlan } from './createPlan'

export const DEMO_COURSE_NAME = 'Digital Government Policy Manager Course'

const DEMO_TEAMS = [
  {
    country: 'Ghana',
    countryCode: 'GH',
    title: 'Ghana – Korea cooperation plan: one-stop civil services',
  },
  { country: 'Peru', countryCode: 'PE', title: 'Peru – Korea cooperation plan: online petitions' },
  {
    country: 'Uzbekistan',
    countryCode: 'UZ',
    title: 'Uzbekistan – Korea cooperation plan: e-health',
  },
]

/** Creates the demo course when the database holds no course yet; returns whether it did. */
export const seedDemoCourse = (course: CourseStore): boolean => {
  if (course.courseName() !== null) return false
  course.setCourseName(DEMO_COURSE_NAME)
  for (const { title, ...team } of DEMO_TEAMS) {
    const created = course.createTeam(team)
    createPlan(course, { teamId: created.id, title })
  }
  return true
}
