import type { ExportMeta } from './ExportMeta'

// Characters Windows, macOS or zip tools refuse or misread in a file name.
const UNSAFE = /[\\/:*?"<>|\p{Cc}\p{Cf}]+/gu
const MAX_NAME_CHARS = 120

/** A name safe as a file or folder name on every system, keeping the script it is in. */
export const safeFileName = (name: string): string =>
  name
    .normalize('NFC')
    .replace(UNSAFE, ' ')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '')
    .slice(0, MAX_NAME_CHARS)
    .trim() || 'plan'

/** The file name of an export: "Ghana - Digital Services Cooperation Plan.docx". */
export const exportFileName = (
  meta: Pick<ExportMeta, 'country' | 'title'>,
  extension: string,
): string => `${safeFileName(`${meta.country} - ${meta.title}`)}.${extension}`
