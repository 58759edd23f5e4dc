import { unzipSync, zipSync } from 'fflate'

// Names the docx library makes up: random relationship ids (hyperlinks), and bookmark names
// and ids from counters shared by every document packed in the process. The capture group is
// the part renumbered.
const GENERATED_NAMES: readonly [RegExp, string][] = [
  [/(rId[a-z0-9_-]{15,})/g, 'rIdX'],
  [/(_Toc\d+)/g, '_Toc'],
  [/(?<=<w:bookmark(?:Start|End)\b[^>]*\bw:id=")(\d+)/g, ''],
]

const renameGenerated = (entries: Record<string, Uint8Array>): void => {
  const names = Object.keys(entries)
    .filter((name) => /\.(xml|rels)$/.test(name))
    .sort()
  for (const [pattern, prefix] of GENERATED_NAMES) {
    const renamed = new Map<string, string>()
    for (const name of names) {
      const xml = new TextDecoder().decode(entries[name])
      const next = xml.replace(pattern, (found: string) => {
        let replacement = renamed.get(found)
        if (!replacement) {
          replacement = `${prefix}${renamed.size + 1}`
          renamed.set(found, replacement)
        }
        return replacement
      })
      if (next !== xml) entries[name] = new TextEncoder().encode(next)
    }
  }
}

/**
 * The same Office file with every zip entry dated `date`, the document's own created and
 * modified dates set to it, and generated names numbered in order. The docx library stamps
 * the time of packing and makes names up; fixing them makes a DOCX a pure function of the plan
 * state and metadata, byte for byte.
 */
export const normalizeDocxZip = (bytes: Uint8Array, date: string): Uint8Array => {
  const entries = unzipSync(bytes)
  const core = entries['docProps/core.xml']
  const stamp = new Date(date).toISOString().replace(/\.\d{3}Z$/, 'Z')
  if (core) {
    entries['docProps/core.xml'] = new TextEncoder().encode(
      new TextDecoder()
        .decode(core)
        .replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          (_, open: string, _name: string, close: string) => `${open}${stamp}${close}`,
        ),
    )
  }
  renameGenerated(entries)
  // Zip times are whole local-time seconds from 1980 on; anything earlier cannot be stored.
  const mtime = new Date(Math.max(new Date(date).getTime(), Date.UTC(1980, 1, 1)))
  return zipSync(
    Object.fromEntries(Object.entries(entries).map(([name, data]) => [name, [data, { mtime }]])),
    { level: 6 },
  )
}
