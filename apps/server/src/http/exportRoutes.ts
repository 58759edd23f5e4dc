import fs from 'node:fs'
import { Readable } from 'node:stream'
import { EXPORT_FORMATS } from '@coplan/protocol'
import type { MissingGlyph, ThreadView } from '@coplan/protocol'
import { Hono } from 'hono'
import { z } from 'zod'
import type { ActivityStore } from '../activity/ActivityStore'
import type { User } from '../accounts/UserStore'
import type { Authenticator } from '../auth/Authenticator'
import { authorizePlan } from '../auth/planPolicy'
import { canManageCourse } from '../auth/planRights'
import type { CommentService } from '../comments/CommentService'
import type { CourseStore } from '../course/CourseStore'
import type { ExportJobs } from '../export/ExportJobs'
import type { ExportEngine } from '../export/ExportEngine'
import type { AppEnv } from './AppEnv'
import { HttpError } from './HttpError'
import { requirePrincipal } from './requirePrincipal'

export interface ExportRoutesOptions {
  authenticator: Authenticator
  course: CourseStore
  comments: CommentService
  activity: ActivityStore
  exports: ExportEngine
  exportJobs: ExportJobs
}

const flag = z
  .enum(['1', 'true', '0', 'false'])
  .optional()
  .transform((value) => value === '1' || value === 'true')
const exportQuery = z.object({
  format: z.enum(EXPORT_FORMATS, { message: `format must be one of ${EXPORT_FORMATS.join(', ')}` }),
  version: z.string().min(1).max(100).optional(),
  comments: flag,
})
const checkQuery = exportQuery.omit({ format: true })
const bundleBody = z.object({ comments: z.boolean().default(false) })

const parse = <T extends z.ZodType>(schema: T, value: unknown): z.infer<T> => {
  const result = schema.safeParse(value)
  if (!result.success) {
    throw new HttpError(400, 'invalid_query', result.error.issues[0]?.message ?? 'Invalid query')
  }
  return result.data
}

/** Missing glyphs reported in a response header: the first few, as ASCII-only JSON. */
const MAX_HEADER_GLYPHS = 20
const glyphHeader = (missing: MissingGlyph[]): string =>
  JSON.stringify({ count: missing.length, glyphs: missing.slice(0, MAX_HEADER_GLYPHS) }).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  )

/** `attachment` with an ASCII fallback name and the real one (RFC 6266, RFC 5987). */
const contentDisposition = (fileName: string): string => {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  )
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`
}

/**
 * Exports: a plan's current text or a saved version as DOCX, PDF, Markdown or HTML, for anyone
 * who may read the plan; the course bundle of final plans, for admins, built as a job whose
 * progress can be polled.
 */
export const createExportRoutes = (options: ExportRoutesOptions): Hono<AppEnv> => {
  const { course, comments, activity, exports, exportJobs } = options
  const routes = new Hono<AppEnv>()
  const auth = requirePrincipal(options.authenticator)

  const readableInput = async (user: User, planId: string, query: z.infer<typeof checkQuery>) => {
    authorizePlan(course, user, planId, 'read')
    const threads: ThreadView[] | undefined = query.comments
      ? comments.listThreads(user, planId)
      : undefined
    const { exporter } = await exports.load()
    return exporter.input(planId, { versionId: query.version ?? null, comments: threads })
  }

  routes.get('/plans/:id/export/check', auth, async (c) => {
    const input = await readableInput(
      c.var.principal.user,
      c.req.param('id'),
      parse(checkQuery, c.req.query()),
    )
    const { exporter } = await exports.load()
    return c.json<{ missingGlyphs: MissingGlyph[] }>({
      missingGlyphs: await exporter.missingGlyphs(input),
    })
  })

  routes.get('/plans/:id/export', auth, async (c) => {
    const { user } = c.var.principal
    const query = parse(exportQuery, c.req.query())
    const input = await readableInput(user, c.req.param('id'), query)
    const { exporter } = await exports.load()
    const file = await exporter.render(input, query.format)
    activity.record({
      planId: input.planId,
      kind: 'export',
      actorId: user.id,
      detail: { format: query.format, versionId: input.versionId },
    })
    const headers: Record<string, string> = {
      'Content-Type': file.contentType,
      'Content-Disposition': contentDisposition(file.fileName),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      // Should the HTML be opened from the API's origin after all, it can run nothing.
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    }
    if (file.missingGlyphs.length)
      headers['X-Coplan-Missing-Glyphs'] = glyphHeader(file.missingGlyphs)
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, headers)
  })

  const requireAdmin = (user: User): void => {
    if (!canManageCourse(user)) {
      throw new HttpError(403, 'forbidden', 'Only admins may export the course bundle')
    }
  }

  routes.post('/exports/bundle', auth, async (c) => {
    const { user } = c.var.principal
    requireAdmin(user)
    const text = await c.req.text()
    let body: unknown = {}
    try {
      body = text.trim() ? JSON.parse(text) : {}
    } catch {
      throw new HttpError(400, 'invalid_json', 'The request body is not valid JSON')
    }
    const { comments: withComments } = parse(bundleBody, body)
    const { exporter, buildCourseBundle } = await exports.load()
    const job = exportJobs.start((report, dir) =>
      buildCourseBundle({
        course,
        exporter,
        dir,
        comments: withComments ? (planId) => comments.listThreads(user, planId) : undefined,
        onProgress: report,
        onExported: (planId) =>
          activity.record({
            planId,
            kind: 'export',
            actorId: user.id,
            detail: { format: 'bundle', versionId: null },
          }),
      }),
    )
    return c.json({ jobId: job.id }, 202)
  })

  routes.get('/exports/:jobId', auth, (c) => {
    requireAdmin(c.var.principal.user)
    const job = exportJobs.get(c.req.param('jobId'))
    if (!job) throw new HttpError(404, 'job_not_found', 'There is no such export (any more)')
    return c.json(job)
  })

  routes.get('/exports/:jobId/download', auth, async (c) => {
    requireAdmin(c.var.principal.user)
    const job = exportJobs.get(c.req.param('jobId'))
    if (!job) throw new HttpError(404, 'job_not_found', 'There is no such export (any more)')
    const zipPath = exportJobs.zipPath(job.id)
    if (!zipPath) {
      throw new HttpError(
        409,
        'job_not_done',
        job.error?.message ?? 'The export is still being built',
      )
    }
    const day = job.createdAt.slice(0, 10)
    // Streamed from the job's file: a course's ZIP may be large, and need not be held here.
    const { size } = await fs.promises.stat(zipPath)
    const stream = Readable.toWeb(fs.createReadStream(zipPath)) as ReadableStream<Uint8Array>
    return c.body(stream, 200, {
      'Content-Type': 'application/zip',
      'Content-Length': String(size),
      'Content-Disposition': contentDisposition(`Coplan final plans ${day}.zip`),
      'Cache-Control': 'private, no-store',
    })
  })

  return routes
}
