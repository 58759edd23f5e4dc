import { execFile } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { unzipSync } from 'fflate'
import { onTestFinished } from 'vitest'

const run = promisify(execFile)

/** Runs a poppler tool (`pdftotext`, `pdffonts`) on PDF bytes and returns what it printed. */
export const poppler = async (
  tool: 'pdftotext' | 'pdffonts',
  pdf: Uint8Array,
  ...args: string[]
): Promise<string> => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'coplan-pdf-'))
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }))
  const file = path.join(dir, 'export.pdf')
  fs.writeFileSync(file, pdf)
  const output = tool === 'pdftotext' ? ['-enc', 'UTF-8', ...args, file, '-'] : [...args, file]
  const { stdout } = await run(tool, output, { maxBuffer: 32 * 1024 * 1024 })
  return stdout
}

/** The text of one part of a zip (an Office file, a bundle). */
export const zipText = (zip: Uint8Array, name: string): string => {
  const entry = unzipSync(zip)[name]
  if (!entry) throw new Error(`${name} is not in the zip`)
  return new TextDecoder().decode(entry)
}

/** The text of a Word document's paragraphs, one per line. */
export const docxParagraphs = (documentXml: string): string[] =>
  [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((match) =>
    [...match[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
  )

/** Words in the order pdftotext read them, whitespace normalised. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim()
