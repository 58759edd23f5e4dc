import type { Role } from '@coplan/protocol'
import { hashPasswordSync } from '../accounts/secrets'
import type { UserStore } from '../accounts/UserStore'
import type { CourseStore } from './CourseStore'
import { createPlan } from './createPlan'

export const DEMO_COURSE_NAME = 'Digital Government Policy Manager Course'

/**
 * Every demo account signs in with this password (the README lists the accounts), from the
 * server's own machine only unless the operator allows it from anywhere (`COPLAN_DEMO_REMOTE`).
 */
export const DEMO_PASSWORD = 'coplan-demo'

const DEMO_TEAMS = [
  {
    country: 'Ghana',
    countryCode: 'GH',
    title: 'Ghana – Korea cooperation plan: one-stop civil services',
    delegates: [
      ['Ama Owusu', 'ama.owusu@ghana.example'],
      ['Kwame Mensah', 'kwame.mensah@ghana.example'],
    ],
  },
  {
    country: 'Peru',
    countryCode: 'PE',
    title: 'Peru – Korea cooperation plan: online petitions',
    delegates: [
      ['Lucía Quispe', 'lucia.quispe@peru.example'],
      ['Mateo Rojas', 'mateo.rojas@peru.example'],
    ],
  },
  {
    country: 'Uzbekistan',
    countryCode: 'UZ',
    title: 'Uzbekistan – Korea cooperation plan: e-health',
    delegates: [
      ['Dilnoza Karimova', 'dilnoza.karimova@uzbekistan.example'],
      ['Timur Rakhimov', 'timur.rakhimov@uzbekistan.example'],
    ],
  },
] as const

const DEMO_STAFF: { name: string; email: string; role: Role; mentors?: string[] }[] = [
  { name: 'Park Ji-woo', email: 'admin@coplan.example', role: 'admin' },
  {
    name: 'Kim Min-jun',
    email: 'mentor.kim@coplan.example',
    role: 'mentor',
    mentors: ['GH', 'PE'],
  },
  { name: 'Lee Seo-yeon', email: 'mentor.lee@coplan.example', role: 'mentor', mentors: ['UZ'] },
]

/**
 * Creates the demo course when the database holds no course yet: an admin, two mentors and
 * three country teams of two delegates, each team with a plan. Returns whether it did.
 */
export const seedDemoCourse = (course: CourseStore, users: UserStore): boolean => {
  if (course.courseName() !== null) return false
  course.setCourseName(DEMO_COURSE_NAME)
  // One hash for all: the accounts share the password, and hashing is deliberately slow.
  const passwordHash = hashPasswordSync(DEMO_PASSWORD)
  const teamIds = new Map<string, string>()
  for (const { title, delegates, ...team } of DEMO_TEAMS) {
    const created = course.createTeam(team)
    teamIds.set(team.countryCode, created.id)
    createPlan(course, { teamId: created.id, title })
    for (const [name, email] of delegates) {
      const user = users.create({ name, email, role: 'delegate', teamId: created.id })
      users.setPasswordHash(user.id, passwordHash, { demoPassword: true })
    }
  }
  for (const { mentors = [], ...person } of DEMO_STAFF) {
    const user = users.create(person)
    users.setPasswordHash(user.id, passwordHash, { demoPassword: true })
    users.setMentorTeams(
      user.id,
      mentors.flatMap((code) => teamIds.get(code) ?? []),
    )
  }
  return true
}
