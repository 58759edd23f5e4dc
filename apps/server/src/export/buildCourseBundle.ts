import path from 'node:path'
import type { BundlePlan, ThreadView, PlanSummary } from '@coplan/protocol'
import type { CourseStore } from '../course/CourseStore'
import { DomainError } from '../errors'
import { STATUS_LABELS } from '../workflow/planWorkflow'
import { bundleSkipText } from './bundleSkipText'
import type { BundlePlanFiles } from './planJobs'
import type { PlanExporter } from './PlanExporter'

export interface BundleProgress {
  done: number
  total: number
  plans: BundlePlan[]
}

export interface CourseBundleOptions {
  course: CourseStore
  exporter: PlanExporter
  /** An empty folder for the plans' files and the ZIP (the caller removes it). */
  dir: string
  /** Comment threads to append to each plan's files; none when absent. */
  comments?: (planId: string) => readonly ThreadView[]
  /** After each plan, included or not. */
  onProgress?: (progress: BundleProgress) => void
  /** After a plan's files were made, e.g. to record the export. */
  onExported?: (planId: string) => void
  /** A plan that could not be exported and is listed as failed, e.g. to log it. */
  onFailed?: (planId: string, error: unknown) => void
}

// Two plans at a time keep the workers busy: one plan's job waits while the other's ends.
const PLANS_AT_ONCE = 2

// Errors that every plan would meet: they fail the whole bundle rather than each plan.
const BUNDLE_ERRORS = new Set(['pdf_unavailable', 'shutting_down'])

interface PlanResult {
  plan: BundlePlan
  entry: BundlePlanFiles
}

const exportPlan = async (options: CourseBundleOptions, plan: PlanSummary): Promise<PlanResult> => {
  const { exporter } = options
  const entry: BundlePlanFiles = {
    row: {
      country: plan.team.country,
      countryCode: plan.team.countryCode,
      title: plan.title,
      status: STATUS_LABELS[plan.status],
      latestVersion: exporter.latestVersion(plan.id),
      lastEdited: plan.lastEditedAt,
      wordCount: 0,
      included: false,
    },
    files: [],
  }
  const { row } = entry
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
    return { plan: result, entry }
  }
  try {
    const input = await exporter.input(plan.id, { comments: options.comments?.(plan.id) })
    const { files, wordCount } = await exporter.bundlePlan(input, options.dir)
    row.wordCount = wordCount
    const missing = files.flatMap((file) => file.missingGlyphs)
    if (missing.length) result.missingGlyphs = missing
    row.included = result.included = true
    options.onExported?.(plan.id)
    return { plan: result, entry: { row, files } }
  } catch (error) {
    if (error instanceof DomainError && BUNDLE_ERRORS.has(error.code)) throw error
    options.onFailed?.(plan.id, error)
    result.reason = 'export_failed'
    result.detail = error instanceof Error ? error.message : String(error)
    row.reason = bundleSkipText(result)
    return { plan: result, entry }
  }
}

/**
 * The course bundle: for every final plan a folder named after its country with the DOCX and
 * PDF of its current text, and `index.csv` listing every plan of the course, the ones left out
 * with the reason (a plan that is not final is listed, never silently dropped). A plan that
 * fails to export (its own error, or a worker's time or memory limit) is listed as failed and
 * the others go on; missing Chromium or fonts fail the whole bundle, as every PDF would. Every
 * file, and the ZIP, is made by the exporter's workers, through files in `dir`.
 */
export const buildCourseBundle = async (
  options: CourseBundleOptions,
): Promise<{ zipPath: string; plans: BundlePlan[] }> => {
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
  // Packed in course order, so names and the index do not depend on which plan was faster.
  const zipPath = path.join(options.dir, 'bundle.zip')
  await options.exporter.packBundle(
    results.map((r) => r.entry),
    zipPath,
  )
  return { zipPath, plans: results.map((r) => r.plan) }
}
