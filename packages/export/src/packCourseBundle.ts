import type { Zippable } from 'fflate'
import { zipSync } from 'fflate'
import type { BundleIndexRow } from './buildBundleIndexCsv'
import { buildBundleIndexCsv } from './buildBundleIndexCsv'
import { safeFileName } from './exportFileName'
import { formatExportDate } from './formatExportDate'

export const BUNDLE_INDEX = 'index.csv'

/** One plan of the course bundle: its index row and its files (none when left out). */
export interface BundleEntry {
  row: Omit<BundleIndexRow, 'files' | 'version'> & {
    /** The plan's newest saved version; the bundle holds its current text either way. */
    latestVersion: { name: string; createdAt: string } | null
  }
  files: readonly { fileName: string; bytes: Uint8Array }[]
}

const versionText = (latest: BundleEntry['row']['latestVersion'], lastEdited: string): string => {
  if (!latest) return 'Current text'
  const edited = lastEdited > latest.createdAt ? ', edited since' : ''
  return `Current text (last saved version: ${latest.name}, ${formatExportDate(latest.createdAt, true)}${edited})`
}

/**
 * The course bundle's ZIP: a folder per country with its plans' files, in the order given (so
 * names do not depend on which plan was exported first), and `index.csv` listing every entry.
 * Files already compressed (DOCX, PDF) are stored as they are.
 */
export const packCourseBundle = (entries: readonly BundleEntry[]): Uint8Array => {
  const zip: Zippable = {}
  const rows: BundleIndexRow[] = entries.map(({ row, files }) => {
    const folder = safeFileName(row.country)
    const names: string[] = []
    for (const file of files) {
      let name = `${folder}/${file.fileName}`
      for (let n = 2; name in zip; n++) name = `${folder}/${n} ${file.fileName}`
      zip[name] = [file.bytes, { level: 0 }]
      names.push(name)
    }
    const { latestVersion, ...rest } = row
    return { ...rest, version: versionText(latestVersion, row.lastEdited), files: names }
  })
  zip[BUNDLE_INDEX] = new TextEncoder().encode(buildBundleIndexCsv(rows))
  return zipSync(zip, { level: 6 })
}
