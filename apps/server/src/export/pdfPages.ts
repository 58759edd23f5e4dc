import { PDFArray, PDFDict, PDFName, PDFRef } from '@cantoo/pdf-lib'
import type { PDFDocument } from '@cantoo/pdf-lib'

/**
 * The page (1-based) of each named destination of a PDF printed by Chromium. Chromium names a
 * destination after the id of each element that a link inside the page points to, so the table
 * of contents' links give every heading's page.
 */
export const destinationPages = (doc: PDFDocument): Record<string, number> => {
  const pageOf = new Map(doc.getPages().map((page, index) => [page.ref.toString(), index + 1]))
  const dests = doc.catalog.lookupMaybe(PDFName.of('Dests'), PDFDict)
  const pages: Record<string, number> = {}
  for (const [name, value] of dests?.entries() ?? []) {
    const target = value instanceof PDFRef ? doc.context.lookup(value) : value
    const pageRef = target instanceof PDFArray ? target.get(0) : undefined
    const page = pageRef ? pageOf.get(pageRef.toString()) : undefined
    if (page !== undefined) pages[name.decodeText()] = page
  }
  return pages
}

/**
 * The PDF with its document information set from the plan, dated with the plan's date rather
 * than the time of printing, so the same plan state prints to the same file.
 */
export const stampPdf = (
  doc: PDFDocument,
  info: { title: string; subject: string; date: string },
): Promise<Uint8Array> => {
  const date = new Date(info.date)
  doc.setTitle(info.title)
  doc.setSubject(info.subject)
  doc.setCreator('Coplan')
  doc.setProducer('Coplan (Chromium)')
  doc.setLanguage('en')
  doc.setCreationDate(date)
  doc.setModificationDate(date)
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false })
}
