import type { JSONContent } from '@tiptap/core'
import { Document, Packer } from 'docx'
import { BODY_PLACE, blocks } from './docxBlocks'
import { docxComments } from './docxComments'
import { docxFooter, docxFrontMatter } from './docxFrontMatter'
import { PAGE, docxNumbering, docxStyles } from './docxStyles'
import type { ExportMeta, ExportOptions } from './ExportMeta'
import { normalizeDocxZip } from './normalizeZip'
import { childrenOf } from './planNodes'

const orderedStarts = (node: JSONContent, starts: Set<number>): Set<number> => {
  if (node.type === 'orderedList') starts.add(Number(node.attrs?.start ?? 1) || 1)
  for (const child of childrenOf(node)) orderedStarts(child, starts)
  return starts
}

/**
 * The plan as a Word document: cover page, table of contents, the text with real heading
 * styles (Heading 1–6), numbered and bulleted lists as Word lists, tables with their header
 * row repeated on each page, and page numbers; the comment threads as an appendix if given.
 */
export const toDocx = async (
  doc: JSONContent,
  meta: ExportMeta,
  options: ExportOptions = {},
): Promise<Uint8Array> => {
  let listCount = 0
  const lists = { next: () => ++listCount }
  const document = new Document({
    title: `${meta.country} — ${meta.title}`,
    subject: meta.course,
    creator: 'Coplan',
    lastModifiedBy: 'Coplan',
    description: `${meta.status} · ${meta.versionName}`,
    styles: docxStyles,
    numbering: docxNumbering(orderedStarts(doc, new Set())),
    features: { updateFields: true },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { width: PAGE.width, height: PAGE.height }, margin: PAGE.margin },
        },
        footers: { default: docxFooter(meta) },
        children: [
          ...docxFrontMatter(meta),
          ...blocks(childrenOf(doc), BODY_PLACE, lists),
          ...docxComments(options.comments ?? []),
        ],
      },
    ],
  })
  const packed = await Packer.pack(document, 'uint8array')
  return normalizeDocxZip(packed, meta.date)
}
