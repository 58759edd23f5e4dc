import { createExportFixture } from '@coplan/export'
import { planUpdateFromJSON } from '@coplan/schema'
import { describe, expect, it, onTestFinished } from 'vitest'
import { createQuietLogger } from '../logger'
import { startTestServer } from '../testing/startTestServer'
import { VersionStore } from '../versions/VersionStore'
import { PlanExporter } from './PlanExporter'
import { createPlanWorkers } from './PlanWorkers'

describe('plan exporter', () => {
  it('leaves the other formats working when PDF cannot be made', async () => {
    const { server } = await startTestServer()
    const fixture = createExportFixture()
    const plan = server.course.listPlans()[0]
    if (!plan) throw new Error('no plan')
    // Neither Chromium nor the fonts are there.
    const workers = createPlanWorkers({
      logger: createQuietLogger(),
      background: false,
      setup: {
        printer: {
          executablePath: '/nonexistent/chromium',
          fonts: [
            {
              family: 'Noto Sans Ethiopic',
              file: '/nonexistent/NotoSansEthiopic-Regular.ttf',
              debianPackage: 'fonts-noto-extra',
              covers: 'Ethiopic',
            },
          ],
        },
      },
    })
    onTestFinished(() => workers.close())
    const exporter = new PlanExporter({
      course: server.course,
      versions: new VersionStore(server.database),
      workers,
      currentSource: async () => ({ updates: [planUpdateFromJSON(fixture.doc)] }),
    })
    const input = await exporter.input(plan.id)
    for (const format of ['docx', 'md', 'html'] as const) {
      expect((await exporter.render(input, format)).bytes.length).toBeGreaterThan(1000)
    }
    await expect(exporter.render(input, 'pdf')).rejects.toMatchObject({ kind: 'unavailable' })
    await expect(exporter.missingGlyphs(input)).rejects.toThrow(/apt-get install fonts-noto-extra/)
  })
})
