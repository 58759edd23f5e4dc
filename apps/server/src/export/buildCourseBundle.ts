import type { BundlePlan, ThreadView, PlanSummary } from '@coplan/protocol'
import type { BundleIndexRow } from '@coplan/export'
import { buildBundleIndexCsv, formatExportDate, safeFileName } from '@coplan/export'
import type { Zippable } from 'fflate'
import { zipSync } from 'fflate'
import { countWords, plainTextOf } from '@coplan/schema'
import type { CourseStore } from '../course/CourseStore'
import { HttpError } from '../http/HttpError'
import { STATUS_LABELS } from '../workflow/planWorkflow'
import { bundleSkipText } from './bundleSkipText'
import type { ExportFile, PlanExporter } from './PlanExporter'

export interface BundleProgress {
  done: number
  total: number
  plans: BundlePlan[]
}

export interface CourseBundleOptions {
  course: CourseStore
  exporter: PlanExporter
  /** Comment threads to append to each plan's files; none when absent. */
  comments?: (planId: string) => readonly ThreadView[]
  /** After each plan, included or not. */
  onProgress?: (progress: BundleProgress) => void
  /** After a plan's files were made, e.g. to record the export. */
  onExported?: (planId: string) => void
}

export const BUNDLE_INDEX = 'index.csv'

// Two plans at a time keep Chromium and the DOCX writer busy together without piling up pages.
const PLANS_AT_ONCE = 2

interface PlanResult {
  plan: BundlePlan
  row: BundleIndexRow
  files: ExportFile[]
}

const exportPlan = async (options: CourseBundleOptions, plan: PlanSummary): Promise<PlanResult> => {
  const { exporter } = options
  const latest = exporter.latestVersion(plan.id)
  const row: BundleIndexRow = {
    country: plan.team.country,
    countryCode: plan.team.countryCode,
    title: plan.title,
    status: STATUS_LABELS[plan.status],
    version: latest
      ? `Current text (last saved version: ${latest.name}, ${formatExportDate(latest.createdAt, true)}${plan.lastEditedAt > latest.createdAt ? ', edited since' : ''})`
      : 'Current text',
    lastEdited: plan.lastEditedAt,
    wordCount: 0,
    included: false,
    files: [],
  }
  // The web gets codes and words them in the person's language; the index says it in English.
  const result: BundlePlan = {
    planId: plan.id,
    country: plan.team.country,
    countryCode: plan.team.countryCode,
    title: plan.title,
    status: plan.status,
    included: false,
  }
  if (plan.status !== 'final') {
    result.reason = 'not_final'
    row.reason = bundleSkipText(result)
    return { plan: result, row, files: [] }
  }
  try {
    const input = await exporter.input(plan.id, { comments: options.comments?.(plan.id) })
    // Counted here only: segmenting Thai or Korean into words takes a while on a long plan.
    row.wordCount = countWords(plainTextOf(input.doc))
    const files = [await exporter.render(input, 'docx'), await exporter.render(input, 'pdf')]
    const missing = files.flatMap((file) => file.missingGlyphs)
    if (missing.length) result.missingGlyphs = missing
    row.included = result.included = true
    options.onExported?.(plan.id)
    return { plan: result, row, files }
  } catch (error) {
    if (error instanceof HttpError && error.status === 503) throw error
    result.reason = 'export_failed'
    result.detail = error instanceof Error ? error.message : String(error)
    row.reason = bundleSkipText(result)
    return { plan: result, row, files: [] }
  }
}

/**
 * The course bundle: for every final plan a folder named after its country with the DOCX and
 * PDF of its current text, and `index.csv` listing every plan of the course, the ones left out
 * with the reason (a plan that is not final is listed, never silently dropped). A plan that
 * fails to export is listed as failed and the others go on; missing Chromium or fonts fail
 * the whole bundle, as every PDF would.
 */
export const buildCourseBundle = async (
  options: CourseBundleOptions,
): Promise<{ zip: Uint8Array; plans: BundlePlan[] }> => {
  const plans = options.course
    .listPlans()
    .sort((a, b) => a.team.country.localeCompare(b.team.country) || a.title.localeCompare(b.title))
  const results: PlanResult[] = []
  const handled: BundlePlan[] = []
  options.onProgress?.({ done: 0, total: plans.length, plans: [] })
  let next = 0
  const worker = async (): Promise<void> => {
    for (let index = next++; index < plans.length; index = next++) {
      const result = await exportPlan(options, plans[index] as PlanSummary)
      results[index] = result
      handled.push(result.plan)
      options.onProgress?.({ done: handled.length, total: plans.length, plans: [...handled] })
    }
  }
  await Promise.all(Array.from({ length: PLANS_AT_ONCE }, worker))

  // Assembled in course order, so names and the index do not depend on which plan was faster.
  const zip: Zippable = {}
  for (const { row, files } of results) {
    const folder = safeFileName(row.country)
    for (const file of files) {
      let name = `${folder}/${file.fileName}`
      for (let n = 2; name in zip; n++) name = `${folder}/${n} ${file.fileName}`
      zip[name] = [file.bytes, { level: 0 }]
      row.files.push(name)
    }
  }
  zip[BUNDLE_INDEX] = new TextEncoder().encode(buildBundleIndexCsv(results.map((r) => r.row)))
  return { zip: zipSync(zip, { level: 6 }), plans: results.map((r) => r.plan) }
}
