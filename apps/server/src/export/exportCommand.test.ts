import fs from 'node:fs'
import path from 'node:path'
import { FIXTURE_SENTENCES, createExportFixture, exportFileName } from '@coplan/export'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { DEMO } from '../testing/demoAccounts'
import { runAdminCli } from '../testing/runAdminCli'
import { startTestServer } from '../testing/startTestServer'
import { docxParagraphs, zipText } from '../testing/exportTestKit'
import { commentOn, seedExportPlan } from '../testing/seedExportPlan'

const admin = runAdminCli

const setUp = async () => {
  const test = await startTestServer()
  const fixture = createExportFixture()
  const plan = seedExportPlan(test.server, {
    countryCode: 'GH',
    title: fixture.meta.title,
    doc: fixture.doc,
  })
  return { test, plan, out: (name: string) => path.join(test.dataDir, name) }
}

describe('npm run admin -- export', () => {
  it(
    'writes a plan, or a saved version with its comments, while the server runs',
    { timeout: 60_000 },
    async () => {
      const { test, plan, out } = await setUp()
      const docx = await admin(
        test.dataDir,
        'export',
        '--plan',
        plan.id,
        '--format',
        'docx',
        '--out',
        out('plan.docx'),
      )
      expect(docx.stderr).toBe('')
      expect(docx.code).toBe(0)
      expect(docx.stdout).toMatch(/^Wrote .*plan\.docx \(\d+ bytes\)$/m)
      const paragraphs = docxParagraphs(
        zipText(fs.readFileSync(out('plan.docx')), 'word/document.xml'),
      )
      expect(paragraphs).toContain(FIXTURE_SENTENCES.korean)

      const adminUser = test.server.users.findByEmail(DEMO.admin)
      if (!adminUser) throw new Error('no admin')
      const version = await test.server.versions.save(adminUser, plan.id, 'Before the review')
      await commentOn(test.server, {
        planId: plan.id,
        email: DEMO.mentorKim,
        words: 'Needs assessment',
        body: 'Who carries it out?',
      })
      const md = await admin(
        test.dataDir,
        'export',
        '--plan',
        plan.id,
        '--format',
        'md',
        '--version',
        version.id,
        '--comments',
        '--out',
        out('plan.md'),
      )
      expect(md.code).toBe(0)
      const markdown = fs.readFileSync(out('plan.md'), 'utf8')
      expect(markdown).toContain('version: "Before the review"')
      expect(markdown).toContain('# Appendix: Comments')
      expect(markdown).toContain('Who carries it out?')
    },
  )

  it(
    'writes the course bundle with the final plans and lists the plans it skipped',
    { timeout: 60_000 },
    async () => {
      const { test, plan, out } = await setUp()
      const adminUser = test.server.users.findByEmail(DEMO.admin)
      if (!adminUser) throw new Error('no admin')
      for (const status of ['in_review', 'reviewed', 'final'] as const) {
        await test.server.workflow.transition(adminUser, plan.id, status)
      }
      const result = await admin(test.dataDir, 'export', '--bundle', '--out', out('bundle.zip'))
      expect(result.stderr).toBe('')
      expect(result.code).toBe(0)
      const plans = test.server.course.listPlans()
      expect(result.stdout).toContain(`Wrote ${out('bundle.zip')}: 1 of ${plans.length} plans`)
      expect(result.stdout).toContain('skipped (Not final (status: Draft))')
      const zip = unzipSync(fs.readFileSync(out('bundle.zip')))
      const file = `Ghana/${exportFileName({ country: 'Ghana', title: plan.title }, 'pdf')}`
      expect(Object.keys(zip)).toContain(file)
      expect(Object.keys(zip)).toContain('index.csv')
    },
  )

  it('refuses mistakes with exit code 2', { timeout: 60_000 }, async () => {
    const { test, plan, out } = await setUp()
    // Three processes at once: each takes seconds to start.
    const [wrongFormat, noPlan, noVersion] = await Promise.all([
      admin(test.dataDir, 'export', '--plan', plan.id, '--format', 'odt', '--out', out('x')),
      admin(test.dataDir, 'export', '--plan', 'nope', '--format', 'md', '--out', out('x')),
      admin(
        test.dataDir,
        'export',
        '--plan',
        plan.id,
        '--format',
        'md',
        '--version',
        'nope',
        '--out',
        out('x'),
      ),
    ])
    expect(wrongFormat.code).toBe(2)
    expect(wrongFormat.stderr).toContain('--format must be one of docx, pdf, md, html')
    expect(noPlan.code).toBe(2)
    expect(noVersion.code).toBe(2)
    expect(noVersion.stderr).toContain('There is no such version of this plan')
    expect(fs.existsSync(out('x'))).toBe(false)
  })
})
