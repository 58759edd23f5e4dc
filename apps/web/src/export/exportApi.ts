import type { BundleJob, ExportFormat, MissingGlyph } from '@coplan/protocol'
import { requestJson } from '../api/requestJson'

/** Which text of a plan to export, and whether its comment threads go in an appendix. */
export interface ExportChoice {
  /** A saved version's id, or `null` for the current text. */
  versionId: string | null
  comments: boolean
}

const exportPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/export`

const choiceQuery = ({ versionId, comments }: ExportChoice): [string, string][] => [
  ...(versionId ? [['version', versionId] as [string, string]] : []),
  ...(comments ? [['comments', '1'] as [string, string]] : []),
]

/**
 * The address of a plan's export file. It is meant for a plain link: the browser downloads it
 * with the session cookie and shows it in its own downloads list, however large the file.
 */
export const exportFileUrl = (planId: string, format: ExportFormat, choice: ExportChoice): string =>
  `${exportPath(planId)}?${new URLSearchParams([['format', format], ...choiceQuery(choice)])}`

/**
 * The characters of that export no PDF font can draw. Also answers 403/404 exactly as the
 * download would, so a refusal can be shown before the browser is sent to the file.
 */
export const checkExport = async (
  planId: string,
  choice: ExportChoice,
  signal?: AbortSignal,
): Promise<MissingGlyph[]> => {
  const query = new URLSearchParams(choiceQuery(choice)).toString()
  const path = `${exportPath(planId)}/check${query ? `?${query}` : ''}`
  return (await requestJson<{ missingGlyphs: MissingGlyph[] }>(path, { signal })).missingGlyphs
}

/** Admins only: starts building the ZIP of every final plan; returns the job to poll. */
export const startCourseBundle = async (): Promise<string> =>
  (
    await requestJson<{ jobId: string }>('/api/exports/bundle', {
      method: 'POST',
      body: JSON.stringify({ comments: false }),
    })
  ).jobId

export const fetchBundleJob = (jobId: string, signal?: AbortSignal): Promise<BundleJob> =>
  requestJson(`/api/exports/${encodeURIComponent(jobId)}`, { signal })

/** The finished ZIP, for a plain link (the server answers 409 until the job is done). */
export const bundleDownloadUrl = (jobId: string): string =>
  `/api/exports/${encodeURIComponent(jobId)}/download`
