import type { ExportMeta, ExportOptions } from '@coplan/export'
import { toHtml } from '@coplan/export'
import type { JSONContent } from '@tiptap/core'
import { PDFDocument } from '@cantoo/pdf-lib'
import type { PdfPrinter } from './PdfPrinter'
import { destinationPages, stampPdf } from './pdfPages'

// Filling in page numbers cannot move a heading (the column is reserved), so the second print
// agrees with the first; the third is a guard should a font change that.
const MAX_PRINTS = 3

const samePages = (a: Record<string, number>, b: Record<string, number>): boolean =>
  Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((id) => a[id] === b[id])

/**
 * A plan as PDF: its HTML export printed by Chromium. Chromium cannot number a table of
 * contents itself, so the plan is printed once to learn on which page each heading landed (from
 * the PDF's link destinations), then again with those numbers in the contents.
 */
export const printPlanPdf = async (
  printer: PdfPrinter,
  doc: JSONContent,
  meta: ExportMeta,
  options: ExportOptions = {},
): Promise<Uint8Array> => {
  const print = async (tocPages: Record<string, number>) =>
    PDFDocument.load(await printer.print(toHtml(doc, meta, { ...options, tocPages })), {
      updateMetadata: false,
    })
  let tocPages: Record<string, number> = {}
  let pdf = await print(tocPages)
  for (let prints = 1; prints < MAX_PRINTS; prints++) {
    const pages = destinationPages(pdf)
    if (samePages(pages, tocPages)) break
    tocPages = pages
    pdf = await print(tocPages)
  }
  return stampPdf(pdf, {
    title: `${meta.country} — ${meta.title}`,
    subject: meta.course,
    date: meta.date,
  })
}
