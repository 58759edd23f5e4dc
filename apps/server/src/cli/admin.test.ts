import { describe, expect, it } from 'vitest'
import { CloseCode } from '@coplan/protocol'
import { DEMO } from '../testing/demoAccounts'
import { openRawSocket } from '../testing/rawSocket'
import { runAdminCli } from '../testing/runAdminCli'
import { startTestServer } from '../testing/startTestServer'

const admin = runAdminCli

describe('npm run admin', () => {
  it('lists its commands', async () => {
    const { dataDir } = await startTestServer()
    const { code, stdout } = await admin(dataDir, 'help')
    expect(code).toBe(0)
    for (const command of ['create-user', 'issue-token', 'revoke-token', 'list-users', 'invite']) {
      expect(stdout).toContain(command)
    }
  })

  it('creates a team and a mentor while the server runs; the server sees them', async () => {
    const { dataDir, server } = await startTestServer()
    expect(
      (await admin(dataDir, 'create-team', '--country', 'Mongolia', '--code', 'mn')).code,
    ).toBe(0)
    const created = await admin(
      dataDir,
      'create-user',
      '--email',
      'mentor.choi@coplan.example',
      '--name',
      'Choi Da-eun',
      '--role',
      'mentor',
      '--team',
      'MN',
      '--team',
      'GH',
    )
    expect(created.code).toBe(0)
    expect(created.stdout).toMatch(/^https:\/\/coplan\.example\/invite\/\S+$/m)
    const mentor = server.users.findByEmail('mentor.choi@coplan.example')
    expect(mentor?.mentorTeamIds).toHaveLength(2)
    const users = JSON.parse((await admin(dataDir, 'list-users', '--json')).stdout) as {
      email: string
    }[]
    expect(users.map((u) => u.email)).toContain('mentor.choi@coplan.example')
    const teams = JSON.parse((await admin(dataDir, 'list-teams', '--json')).stdout) as {
      countryCode: string
    }[]
    expect(teams.map((t) => t.countryCode)).toContain('MN')
  })

  it('prints only the token, which works, and whose revocation closes its connection', async () => {
    const { dataDir, url, collabUrl, server } = await startTestServer()
    const issued = await admin(
      dataDir,
      'issue-token',
      '--email',
      DEMO.ghanaDelegate,
      '--label',
      'script',
    )
    expect(issued.code).toBe(0)
    expect(issued.stdout).toMatch(/^cpt_[\w-]+\n$/)
    const token = issued.stdout.trim()
    expect(
      (await fetch(`${url}/api/plans`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(200)
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'GH')
    const socket = await openRawSocket(`${collabUrl}/${plan?.id}?token=${token}`)
    expect(socket.status).toBe(101)

    const tokens = JSON.parse((await admin(dataDir, 'list-tokens', '--json')).stdout) as {
      id: string
      label: string
    }[]
    const id = tokens.find((t) => t.label === 'script')?.id ?? ''
    expect((await admin(dataDir, 'revoke-token', '--id', id)).code).toBe(0)
    // Another process changed the database: the server notices within a second.
    expect(await socket.closed).toBe(CloseCode.Unauthenticated)
    expect(
      (await fetch(`${url}/api/plans`, { headers: { authorization: `Bearer ${token}` } })).status,
    ).toBe(401)
  })

  it('deactivates a person while the server runs, closing their connection', async () => {
    const { dataDir, collabUrl, server, tokenFor } = await startTestServer()
    const plan = server.course.listPlans().find((p) => p.team.countryCode === 'PE')
    const socket = await openRawSocket(
      `${collabUrl}/${plan?.id}?token=${tokenFor(DEMO.peruDelegate)}`,
    )
    expect((await admin(dataDir, 'deactivate', '--email', DEMO.peruDelegate)).code).toBe(0)
    expect(await socket.closed).toBe(CloseCode.Unauthenticated)
  })

  it.each([
    [['no-such-command'], /Unknown command/],
    [['create-user', '--email', 'x@example.org'], /--role is required/],
    [
      ['create-user', '--email', 'x@example.org', '--name', 'X', '--role', 'delegate'],
      /exactly one --team/,
    ],
    [['issue-token', '--email', 'nobody@example.org'], /No person/],
    [['create-team', '--country', 'X', '--code', 'XYZ'], /two-letter/],
    [['list-users', '--bogus'], /Unknown option/],
  ])('refuses %j with a clear message and exit code 2', async (args, message) => {
    const { dataDir } = await startTestServer()
    const { code, stderr, stdout } = await admin(dataDir, ...args)
    expect(code).toBe(2)
    expect(stderr).toMatch(message)
    expect(stdout).toBe('')
  })
})
