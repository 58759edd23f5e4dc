import { parseArgs } from 'node:util'
import type { Role, TeamSummary } from '@coplan/protocol'
import { EXPORT_FORMATS, ROLES } from '@coplan/protocol'
import type { CredentialStore } from '../accounts/CredentialStore'
import type { User, UserStore } from '../accounts/UserStore'
import type { CourseStore } from '../course/CourseStore'
import { createPlan } from '../course/createPlan'
import type { Db } from '../database/openDatabase'
import { backupDatabase, restoreDatabase } from '../database/backup'
import { isServerRunning } from '../database/openDatabase'
import { SqliteDocumentStore } from '../persistence/SqliteDocumentStore'
import { exportBundleCommand, exportPlanCommand } from '../export/exportCommand'
import { isExportFormat } from '../export/exportFormats'
import { NotFound } from '../errors'
import { PlanHealthCheck, needsRepair } from './planHealth'

export interface AdminContext {
  db: Db
  dataDir: string
  users: UserStore
  credentials: CredentialStore
  course: CourseStore
  /** Origin for invitation links. */
  publicUrl: string
  /** Standard output: results only, so scripts can capture them. */
  out: (line: string) => void
}

/** A mistake in how a command was called: printed as is, with exit code 2. */
export class UsageError extends Error {}

/** The command ran and found something wrong (e.g. plans that need repair): exit code 1. */
export class ProblemsFound extends Error {}

interface Command {
  usage: string
  summary: string
  options: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }>
  run: (
    ctx: AdminContext,
    values: Record<string, unknown>,
    positionals: string[],
  ) => void | Promise<void>
  /** Takes positional arguments (e.g. a file name). */
  positionals?: boolean
}

const str = (values: Record<string, unknown>, name: string): string => {
  const value = values[name]
  if (typeof value !== 'string' || value.trim() === '')
    throw new UsageError(`--${name} is required`)
  return value.trim()
}

const findUser = (ctx: AdminContext, email: string): User => {
  const user = ctx.users.findByEmail(email)
  if (!user) throw new UsageError(`No person with email ${email}`)
  return user
}

/** A team by id or by its two-letter country code. */
const findTeam = (ctx: AdminContext, ref: string): TeamSummary => {
  const team = ctx.course
    .listTeams()
    .find((t) => t.id === ref || t.countryCode.toLowerCase() === ref.toLowerCase())
  if (!team) throw new UsageError(`No team ${ref} (give its id or country code)`)
  return team
}

const role = (value: string): Role => {
  if (!(ROLES as readonly string[]).includes(value)) {
    throw new UsageError(`--role must be one of ${ROLES.join(', ')}`)
  }
  return value as Role
}

const table = (ctx: AdminContext, rows: string[][]): void => {
  const widths = rows.reduce<number[]>(
    (acc, row) => row.map((cell, i) => Math.max(acc[i] ?? 0, cell.length)),
    [],
  )
  for (const row of rows)
    ctx.out(
      row
        .map((cell, i) => cell.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
}

const invite = (ctx: AdminContext, user: User): void => {
  const { secret, expiresAt } = ctx.credentials.createInvitation(user.id)
  ctx.out(`${ctx.publicUrl}/invite/${secret}`)
  ctx.out(`(for ${user.email}, valid until ${expiresAt})`)
}

const JSON_OPTION = { json: { type: 'boolean' as const } }

export const ADMIN_COMMANDS: Record<string, Command> = {
  'list-users': {
    usage: 'list-users [--json]',
    summary: 'people with their role, team and state',
    options: JSON_OPTION,
    run: (ctx, values) => {
      const users = ctx.users.list().map(({ passwordHash: _, demoPassword: __, ...user }) => user)
      if (values.json) return ctx.out(JSON.stringify(users, null, 2))
      const team = (id: string | null) => (id ? (ctx.course.findTeam(id)?.countryCode ?? id) : '')
      table(ctx, [
        ['EMAIL', 'NAME', 'ROLE', 'TEAMS', 'STATE'],
        ...users.map((u) => [
          u.email,
          u.name,
          u.role,
          u.role === 'mentor' ? u.mentorTeamIds.map(team).join(',') : team(u.teamId),
          !u.active ? 'deactivated' : u.hasPassword ? 'active' : 'invited',
        ]),
      ])
    },
  },
  'list-teams': {
    usage: 'list-teams [--json]',
    summary: 'country teams',
    options: JSON_OPTION,
    run: (ctx, values) => {
      const teams = ctx.course.listTeams()
      if (values.json) return ctx.out(JSON.stringify(teams, null, 2))
      table(ctx, [['CODE', 'COUNTRY', 'ID'], ...teams.map((t) => [t.countryCode, t.country, t.id])])
    },
  },
  'list-plans': {
    usage: 'list-plans [--json]',
    summary: 'plans with their team and last edit',
    options: JSON_OPTION,
    run: (ctx, values) => {
      const plans = ctx.course.listPlans()
      if (values.json) return ctx.out(JSON.stringify(plans, null, 2))
      table(ctx, [
        ['TEAM', 'TITLE', 'LAST EDITED', 'ID'],
        ...plans.map((p) => [p.team.countryCode, p.title, p.lastEditedAt, p.id]),
      ])
    },
  },
  'create-team': {
    usage: 'create-team --country NAME --code ISO2',
    summary: 'add a country team',
    options: { country: { type: 'string' }, code: { type: 'string' } },
    run: (ctx, values) => {
      const code = str(values, 'code').toUpperCase()
      if (!/^[A-Z]{2}$/.test(code))
        throw new UsageError('--code must be a two-letter ISO 3166 code')
      ctx.out(ctx.course.createTeam({ country: str(values, 'country'), countryCode: code }).id)
    },
  },
  'create-plan': {
    usage: 'create-plan --team TEAM --title TITLE',
    summary: 'add a plan (from the template) for a team',
    options: { team: { type: 'string' }, title: { type: 'string' } },
    run: (ctx, values) => {
      const team = findTeam(ctx, str(values, 'team'))
      ctx.out(createPlan(ctx.course, { teamId: team.id, title: str(values, 'title') }).id)
    },
  },
  'create-user': {
    usage: 'create-user --email EMAIL --name NAME --role admin|mentor|delegate [--team TEAM]...',
    summary: 'add a person and print their invitation link (delegates: one --team; mentors: any)',
    options: {
      email: { type: 'string' },
      name: { type: 'string' },
      role: { type: 'string' },
      team: { type: 'string', multiple: true },
    },
    run: (ctx, values) => {
      const email = str(values, 'email')
      if (!/^[^\s@]+@[^\s@]+$/.test(email)) throw new UsageError('--email is not an email address')
      if (ctx.users.findByEmail(email)) throw new UsageError(`${email} already exists`)
      const userRole = role(str(values, 'role'))
      const teams = ((values.team as string[] | undefined) ?? []).map((ref) => findTeam(ctx, ref))
      if (userRole === 'delegate' && teams.length !== 1) {
        throw new UsageError('A delegate needs exactly one --team')
      }
      const user = ctx.users.create({
        email,
        name: str(values, 'name'),
        role: userRole,
        teamId: teams[0]?.id ?? null,
      })
      if (userRole === 'mentor')
        ctx.users.setMentorTeams(
          user.id,
          teams.map((t) => t.id),
        )
      invite(ctx, user)
    },
  },
  'assign-team': {
    usage: 'assign-team --email EMAIL --team TEAM',
    summary: 'move a delegate to a team',
    options: { email: { type: 'string' }, team: { type: 'string' } },
    run: (ctx, values) => {
      const user = findUser(ctx, str(values, 'email'))
      if (user.role !== 'delegate') throw new UsageError(`${user.email} is not a delegate`)
      ctx.users.update(user.id, { teamId: findTeam(ctx, str(values, 'team')).id })
    },
  },
  'assign-mentor': {
    usage: 'assign-mentor --email EMAIL --team TEAM... [--replace]',
    summary: "add teams to a mentor's (or, with --replace, set exactly these)",
    options: {
      email: { type: 'string' },
      team: { type: 'string', multiple: true },
      replace: { type: 'boolean' },
    },
    run: (ctx, values) => {
      const user = findUser(ctx, str(values, 'email'))
      if (user.role !== 'mentor') throw new UsageError(`${user.email} is not a mentor`)
      const teams = ((values.team as string[] | undefined) ?? []).map(
        (ref) => findTeam(ctx, ref).id,
      )
      ctx.users.setMentorTeams(user.id, values.replace ? teams : [...user.mentorTeamIds, ...teams])
    },
  },
  'unassign-mentor': {
    usage: 'unassign-mentor --email EMAIL --team TEAM',
    summary: 'take a team from a mentor',
    options: { email: { type: 'string' }, team: { type: 'string' } },
    run: (ctx, values) => {
      const user = findUser(ctx, str(values, 'email'))
      const teamId = findTeam(ctx, str(values, 'team')).id
      ctx.users.setMentorTeams(
        user.id,
        user.mentorTeamIds.filter((id) => id !== teamId),
      )
    },
  },
  'set-role': {
    usage: 'set-role --email EMAIL --role ROLE [--team TEAM]',
    summary: "change a person's role (a new delegate needs --team)",
    options: { email: { type: 'string' }, role: { type: 'string' }, team: { type: 'string' } },
    run: (ctx, values) => {
      const user = findUser(ctx, str(values, 'email'))
      const newRole = role(str(values, 'role'))
      const team = typeof values.team === 'string' ? findTeam(ctx, values.team).id : user.teamId
      if (newRole === 'delegate' && !team) throw new UsageError('A delegate needs --team')
      ctx.users.update(user.id, { role: newRole, teamId: team })
    },
  },
  deactivate: {
    usage: 'deactivate --email EMAIL',
    summary: 'sign a person out everywhere and refuse them from now on',
    options: { email: { type: 'string' } },
    run: (ctx, values) => {
      ctx.users.update(findUser(ctx, str(values, 'email')).id, { active: false })
    },
  },
  activate: {
    usage: 'activate --email EMAIL',
    summary: 'let a deactivated person in again',
    options: { email: { type: 'string' } },
    run: (ctx, values) => {
      ctx.users.update(findUser(ctx, str(values, 'email')).id, { active: true })
    },
  },
  invite: {
    usage: 'invite --email EMAIL',
    summary: 'print a new one-time link (7 days) where the person sets a password',
    options: { email: { type: 'string' } },
    run: (ctx, values) => invite(ctx, findUser(ctx, str(values, 'email'))),
  },
  'issue-token': {
    usage: 'issue-token --email EMAIL [--label TEXT]',
    summary: 'print a new access token for scripts (shown once; only the token is printed)',
    options: { email: { type: 'string' }, label: { type: 'string' } },
    run: (ctx, values) => {
      const user = findUser(ctx, str(values, 'email'))
      if (!user.active) throw new UsageError(`${user.email} is deactivated`)
      const label = typeof values.label === 'string' ? values.label : 'cli'
      ctx.out(ctx.credentials.createAccessToken(user.id, label).token)
    },
  },
  'list-tokens': {
    usage: 'list-tokens [--email EMAIL] [--json]',
    summary: 'access tokens (never their secrets)',
    options: { email: { type: 'string' }, ...JSON_OPTION },
    run: (ctx, values) => {
      const userId = typeof values.email === 'string' ? findUser(ctx, values.email).id : undefined
      const tokens = ctx.credentials.listAccessTokens(userId)
      if (values.json) return ctx.out(JSON.stringify(tokens, null, 2))
      const email = (id: string) => ctx.users.find(id)?.email ?? id
      table(ctx, [
        ['ID', 'PERSON', 'LABEL', 'CREATED', 'REVOKED'],
        ...tokens.map((t) => [t.id, email(t.userId), t.label, t.createdAt, t.revokedAt ?? '']),
      ])
    },
  },
  export: {
    usage:
      'export --plan ID --format docx|pdf|md|html --out FILE [--version ID] [--comments]\n' +
      '  export --bundle --out FILE.zip [--comments]',
    summary:
      "write a plan's current text or a saved version to FILE; or, with --bundle, every final plan (DOCX and PDF per country, index.csv)",
    options: {
      plan: { type: 'string' },
      format: { type: 'string' },
      out: { type: 'string' },
      version: { type: 'string' },
      comments: { type: 'boolean' },
      bundle: { type: 'boolean' },
    },
    run: async (ctx, values) => {
      const options = { out: str(values, 'out'), comments: values.comments === true }
      if (values.bundle) return exportBundleCommand(ctx, options)
      const format = str(values, 'format')
      if (!isExportFormat(format)) {
        throw new UsageError(`--format must be one of ${EXPORT_FORMATS.join(', ')}`)
      }
      const plan = ctx.course.findPlan(str(values, 'plan'))
      if (!plan) throw new UsageError('No such plan (see list-plans)')
      const versionId = typeof values.version === 'string' ? values.version : null
      try {
        await exportPlanCommand(ctx, { ...options, planId: plan.id, format, versionId })
      } catch (error) {
        // An unknown version is a mistake in the command line, like an unknown plan.
        if (error instanceof NotFound) throw new UsageError(error.message)
        throw error
      }
    },
  },
  backup: {
    usage: 'backup FILE',
    summary: 'write a consistent copy of the database to FILE, also while the server runs',
    options: {},
    positionals: true,
    run: async (ctx, _values, [file]) => {
      if (!file) throw new UsageError('Give the file to write: backup FILE')
      const pages = await backupDatabase(ctx.db, file)
      ctx.out(`Backed up ${pages} pages to ${file}`)
    },
  },
  restore: {
    usage: 'restore FILE',
    summary: 'replace the database with a backup (stop the server first)',
    options: {},
    positionals: true,
    run: async (ctx, _values, [file]) => {
      if (!file) throw new UsageError('Give the backup to restore: restore FILE')
      ctx.db.close()
      await restoreDatabase(file, ctx.dataDir)
      ctx.out(`Restored ${file}`)
    },
  },
  'check-plans': {
    usage: 'check-plans [--json]',
    summary:
      'find plans whose stored text cannot all be read or integrated, or holds what a plan may not (exit code 1 if any)',
    options: JSON_OPTION,
    run: (ctx, values) => {
      const check = new PlanHealthCheck(new SqliteDocumentStore(ctx.db))
      const plans = ctx.course.listPlans()
      const found = plans.map((plan) => check.check(plan.id))
      if (values.json) ctx.out(JSON.stringify(found, null, 2))
      else {
        table(ctx, [
          ['PLAN', 'COUNTRY', 'STATE', 'DETAILS'],
          ...found.map((health, i) => [
            health.planId,
            plans[i]?.team.country ?? '',
            needsRepair(health) ? 'needs repair' : health.setAside ? 'ok, parts kept aside' : 'ok',
            [
              health.unreadableRows && `${health.unreadableRows} stored rows unreadable`,
              health.unintegrated && `${health.unintegrated} parts build on missing changes`,
              health.setAside && `${health.setAside} parts set aside`,
              health.strays && `${health.strays} items beyond what a plan may hold`,
            ]
              .filter(Boolean)
              .join('; '),
          ]),
        ])
      }
      const broken = found.filter(needsRepair).length
      if (broken > 0) {
        throw new ProblemsFound(
          `${broken} plan(s) need repair: npm run admin -- repair-plan --plan ID (server stopped)`,
        )
      }
    },
  },
  'repair-plan': {
    usage: 'repair-plan --plan ID',
    summary:
      'store what of a plan integrates as its snapshot, keep the rest aside, take back what integrates now (stop the server first)',
    options: { plan: { type: 'string' } },
    run: (ctx, values) => {
      const plan = ctx.course.findPlan(str(values, 'plan'))
      if (!plan) throw new UsageError('No such plan (see list-plans)')
      if (isServerRunning(ctx.dataDir)) {
        throw new UsageError(
          'A Coplan server is running on this data directory: stop it before repairing a plan',
        )
      }
      const done = new PlanHealthCheck(new SqliteDocumentStore(ctx.db)).repair(plan.id)
      ctx.out(
        `Repaired ${plan.id}: ${done.setAside} parts set aside, ${done.reintegrated} taken back, ` +
          `${done.stillAside} still aside, ${done.strays} items taken out`,
      )
    },
  },
  'revoke-token': {
    usage: 'revoke-token --id TOKEN_ID',
    summary: 'revoke an access token; connections using it are closed within a second',
    options: { id: { type: 'string' } },
    run: (ctx, values) => {
      if (!ctx.credentials.revokeAccessToken(str(values, 'id'))) {
        throw new UsageError('No live token with that id')
      }
    },
  },
}

export const adminHelp = (): string =>
  [
    'Usage: npm run admin -- <command> [options]   (DATA_DIR selects the database, default ./data)',
    '',
    ...Object.values(ADMIN_COMMANDS).map((c) => `  ${c.usage}\n      ${c.summary}`),
    '  help\n      this list',
  ].join('\n')

/** Runs one command line; throws `UsageError` for mistakes in it. */
export const runAdminCommand = async (
  ctx: AdminContext,
  argv: readonly string[],
): Promise<void> => {
  const [name, ...rest] = argv
  if (!name || name === 'help' || name === '--help') {
    ctx.out(adminHelp())
    return
  }
  const command = ADMIN_COMMANDS[name]
  if (!command) throw new UsageError(`Unknown command ${name}. Run "npm run admin -- help".`)
  let values: Record<string, unknown>
  let positionals: string[]
  try {
    ;({ values, positionals } = parseArgs({
      args: [...rest],
      options: command.options,
      strict: true,
      allowPositionals: command.positionals ?? false,
    }))
  } catch (error) {
    throw new UsageError(
      `${error instanceof Error ? error.message : String(error)}\nUsage: ${command.usage}`,
    )
  }
  await command.run(ctx, values, positionals)
}
