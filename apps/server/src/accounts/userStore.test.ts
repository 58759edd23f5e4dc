import { describe, expect, it } from 'vitest'
import { storeBackends } from '../testing/storeBackends'

describe.each(storeBackends)('the user store (%s)', (_name, open) => {
  it('creates people trimmed, active and without a password, and finds them', () => {
    const { users } = open()
    const ama = users.create({ email: ' Ama@Ghana.example ', name: ' Ama ', role: 'admin' })
    expect(ama).toEqual({
      id: expect.any(String),
      email: 'Ama@Ghana.example',
      name: 'Ama',
      role: 'admin',
      teamId: null,
      mentorTeamIds: [],
      active: true,
      hasPassword: false,
      passwordHash: null,
      demoPassword: false,
    })
    expect(users.find(ama.id)).toEqual(ama)
    expect(users.find('nope')).toBeNull()
    expect(users.findByEmail(' ama@GHANA.example')).toEqual(ama)
    expect(users.findByEmail('nobody@example')).toBeNull()
    expect(users.count()).toBe(1)
  })

  it('refuses an email taken in another case', () => {
    const { users } = open()
    users.create({ email: 'ama@ghana.example', name: 'Ama', role: 'admin' })
    expect(() => users.create({ email: 'AMA@ghana.example', name: 'A', role: 'mentor' })).toThrow()
    expect(users.count()).toBe(1)
  })

  it('lists people by role, then name', () => {
    const { users } = open()
    users.create({ email: 'b@x', name: 'Zoe', role: 'mentor' })
    users.create({ email: 'c@x', name: 'Bea', role: 'delegate' })
    users.create({ email: 'a@x', name: 'Ann', role: 'mentor' })
    users.create({ email: 'd@x', name: 'Kim', role: 'admin' })
    expect(users.list().map((user) => user.name)).toEqual(['Kim', 'Bea', 'Ann', 'Zoe'])
  })

  it('keeps a team for delegates only, and mentor teams for mentors only', () => {
    const { users, course } = open()
    const chile = course.createTeam({ country: 'Chile', countryCode: 'CL' })
    const peru = course.createTeam({ country: 'Peru', countryCode: 'PE' })
    const mentor = users.create({ email: 'm@x', name: 'M', role: 'mentor', teamId: chile.id })
    expect(mentor.teamId).toBeNull()
    users.setMentorTeams(mentor.id, [peru.id, chile.id, peru.id])
    expect(users.find(mentor.id)?.mentorTeamIds).toEqual([chile.id, peru.id].sort())
    users.setMentorTeams(mentor.id, [peru.id])
    expect(users.find(mentor.id)?.mentorTeamIds).toEqual([peru.id])
    const delegate = users.update(mentor.id, { role: 'delegate', teamId: chile.id })
    expect(delegate).toMatchObject({ role: 'delegate', teamId: chile.id, mentorTeamIds: [] })
    expect(users.update(mentor.id, { name: ' Mo ' })).toMatchObject({
      name: 'Mo',
      teamId: chile.id,
    })
    expect(users.update(mentor.id, { role: 'admin' }).teamId).toBeNull()
  })

  it('refuses teams that do not exist, and updates of nobody', () => {
    const { users } = open()
    expect(() =>
      users.create({ email: 'd@x', name: 'D', role: 'delegate', teamId: 'nope' }),
    ).toThrow()
    const mentor = users.create({ email: 'm@x', name: 'M', role: 'mentor' })
    expect(() => users.setMentorTeams(mentor.id, ['nope'])).toThrow()
    expect(() => users.update('nope', { name: 'x' })).toThrow()
  })

  it('ends a deactivated person’s sessions, and no one else’s', () => {
    const { users, credentials } = open()
    const ama = users.create({ email: 'a@x', name: 'Ama', role: 'admin' })
    const kofi = users.create({ email: 'k@x', name: 'Kofi', role: 'admin' })
    const amaSession = credentials.createSession(ama.id)
    const kofiSession = credentials.createSession(kofi.id)
    users.update(ama.id, { name: 'Ama O.' })
    expect(credentials.sessionUserId(amaSession)).toBe(ama.id)
    expect(users.update(ama.id, { active: false }).active).toBe(false)
    expect(credentials.sessionUserId(amaSession)).toBeNull()
    expect(credentials.sessionUserId(kofiSession)).toBe(kofi.id)
  })

  it('sets passwords, and counts active people still on the demo one', () => {
    const { users } = open()
    const ama = users.create({ email: 'a@x', name: 'Ama', role: 'admin' })
    const kofi = users.create({ email: 'k@x', name: 'Kofi', role: 'admin' })
    users.setPasswordHash(ama.id, 'hash-a', { demoPassword: true })
    users.setPasswordHash(kofi.id, 'hash-k', { demoPassword: true })
    expect(users.find(ama.id)).toMatchObject({
      hasPassword: true,
      passwordHash: 'hash-a',
      demoPassword: true,
    })
    expect(users.countWithDemoPassword()).toBe(2)
    users.update(kofi.id, { active: false })
    expect(users.countWithDemoPassword()).toBe(1)
    users.setPasswordHash(ama.id, 'hash-b')
    expect(users.find(ama.id)?.demoPassword).toBe(false)
    expect(users.countWithDemoPassword()).toBe(0)
  })
})
