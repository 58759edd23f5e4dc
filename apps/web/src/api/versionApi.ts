import type { VersionView } from '@coplan/protocol'
import type { JSONContent } from '@tiptap/core'
import { requestJson } from './requestJson'

const versionsPath = (planId: string) => `/api/plans/${encodeURIComponent(planId)}/versions`

/** A plan's versions, newest first. */
export const fetchVersions = async (planId: string, signal?: AbortSignal): Promise<VersionView[]> =>
  (await requestJson<{ versions: VersionView[] }>(versionsPath(planId), { signal })).versions

/** One version and its content (ProseMirror JSON), to read or compare. */
export const fetchVersion = (
  planId: string,
  versionId: string,
  signal?: AbortSignal,
): Promise<{ version: VersionView; content: JSONContent }> =>
  requestJson(`${versionsPath(planId)}/${encodeURIComponent(versionId)}`, { signal })

/** Saves the current text under a name (1–100 characters); 403 for people who may not edit. */
export const saveVersion = async (planId: string, name: string): Promise<VersionView> =>
  (
    await requestJson<{ version: VersionView }>(versionsPath(planId), {
      method: 'POST',
      body: JSON.stringify({ name }),
    })
  ).version

/**
 * Puts a version's text back as a new change on top of the current one; everyone with the plan
 * open sees it live. Returns the version recording the restore.
 */
export const restoreVersion = async (planId: string, versionId: string): Promise<VersionView> =>
  (
    await requestJson<{ version: VersionView }>(
      `${versionsPath(planId)}/${encodeURIComponent(versionId)}/restore`,
      { method: 'POST' },
    )
  ).version
