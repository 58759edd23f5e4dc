import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import type { ExportFormat, MissingGlyph } from '@coplan/protocol'
import { glyphSectionName } from '@coplan/export'
import type { UserStore } from '../accounts/UserStore'
import type { CourseStore } from '../course/CourseStore'
import type { Db } from '../database/openDatabase'
import { buildCourseBundle } from './buildCourseBundle'
import { bundleSkipText } from './bundleSkipText'
import { createOfflineExport } from './offlineExport'

/** What the export commands need of the command line's context. */
export interface ExportCommandContext {
  db: Db
  users: UserStore
  course: CourseStore
  out: (line: string) => void
}

const glyphWarning = (missing: MissingGlyph[]): string[] =>
  missing.length
    ? [
        `Warning: ${missing.length} character(s) have no glyph in the PDF fonts and would show as blank boxes:`,
        ...missing.map(
          (glyph) => `  ${glyph.char} ${glyph.codePoint} in “${glyphSectionName(glyph.section)}”`,
        ),
      ]
    : []

/** `export --plan …`: one plan's current text or a saved version to a file. */
export const exportPlanCommand = async (
  ctx: ExportCommandContext,
  input: {
    planId: string
    format: ExportFormat
    versionId: string | null
    comments: boolean
    out: string
  },
): Promise<void> => {
  const offline = createOfflineExport(ctx.db, ctx)
  try {
    const { exporter } = offline
    const exportInput = await exporter.input(input.planId, {
      versionId: input.versionId,
      comments: input.comments ? offline.threads(input.planId) : undefined,
    })
    const file = await exporter.render(exportInput, input.format)
    fs.writeFileSync(input.out, file.bytes)
    offline.activity.record({
      planId: input.planId,
      kind: 'export',
      actorId: null,
      detail: { format: input.format, versionId: input.versionId, via: 'cli' },
    })
    ctx.out(`Wrote ${input.out} (${file.bytes.length} bytes)`)
    for (const line of glyphWarning(file.missingGlyphs)) ctx.out(line)
  } finally {
    await offline.close()
  }
}

/** `export --bundle …`: every final plan of the course, as the admins' one-click bundle. */
export const exportBundleCommand = async (
  ctx: ExportCommandContext,
  input: { comments: boolean; out: string },
): Promise<void> => {
  const offline = createOfflineExport(ctx.db, ctx)
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-bundle-'))
  try {
    const { zipPath, plans } = await buildCourseBundle({
      course: ctx.course,
      exporter: offline.exporter,
      dir,
      comments: input.comments ? (planId) => offline.threads(planId) : undefined,
      onProgress: ({ done, total, plans: handled }) => {
        const last = handled[handled.length - 1]
        if (last) {
          ctx.out(
            `[${done}/${total}] ${last.country} — ${last.title}: ${last.included ? 'exported' : `skipped (${bundleSkipText(last)})`}`,
          )
        }
      },
      onExported: (planId) =>
        offline.activity.record({
          planId,
          kind: 'export',
          actorId: null,
          detail: { format: 'bundle', versionId: null, via: 'cli' },
        }),
    })
    fs.copyFileSync(zipPath, input.out)
    const included = plans.filter((plan) => plan.included).length
    const { size } = fs.statSync(input.out)
    ctx.out(`Wrote ${input.out}: ${included} of ${plans.length} plans (${size} bytes)`)
    for (const plan of plans) {
      for (const line of glyphWarning(plan.missingGlyphs ?? [])) ctx.out(`${plan.country}: ${line}`)
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
    await offline.close()
  }
}
