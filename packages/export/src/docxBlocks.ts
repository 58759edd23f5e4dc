import type { JSONContent } from '@tiptap/core'
import type { IParagraphOptions } from 'docx'
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import { docxInline, paragraphDirection } from './docxInline'
import type { RunBase } from './docxInline'
import { TEXT_WIDTH, listIndent, listReference } from './docxStyles'
import { childrenOf, headingLevel, textOf } from './planNodes'
import { isHeaderRow, tableGrid } from './tableGrid'

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
] as const

/** Where a block is: in how many lists, in a quote, in a header cell, how wide. */
interface Place {
  /** List depth: 0 outside lists. */
  depth: number
  quote: boolean
  run: RunBase
  width: number
}

/** Numbers each list of the document, so each numbered list counts from its own start. */
export interface ListCounter {
  next(): number
}

type Block = Paragraph | Table

const paragraph = (node: JSONContent, place: Place, extra: IParagraphOptions = {}): Paragraph =>
  new Paragraph({
    children: docxInline(node, place.run),
    ...paragraphDirection(textOf(node)),
    ...(place.quote ? { style: 'Quote' } : {}),
    ...(place.depth > 0 && !extra.numbering
      ? { indent: { left: listIndent(place.depth - 1) } }
      : {}),
    ...extra,
  })

const list = (node: JSONContent, place: Place, lists: ListCounter): Block[] => {
  const ordered = node.type === 'orderedList'
  const reference = listReference(ordered, Number(node.attrs?.start ?? 1) || 1)
  const instance = lists.next()
  const inner: Place = { ...place, depth: place.depth + 1 }
  return childrenOf(node).flatMap((item) => {
    // The item's first paragraph carries the bullet or number; the rest are indented under it.
    let numbered = false
    return childrenOf(item).flatMap((child) => {
      if (!numbered && child.type === 'paragraph') {
        numbered = true
        return [
          paragraph(child, inner, {
            numbering: { reference, level: Math.min(8, place.depth), instance },
          }),
        ]
      }
      return blocks([child], inner, lists)
    })
  })
}

const table = (node: JSONContent, place: Place, lists: ListCounter): Table => {
  const { cells, columns } = tableGrid(node)
  const columnWidth = Math.floor(place.width / Math.max(1, columns))
  return new Table({
    width: { size: columnWidth * columns, type: WidthType.DXA },
    columnWidths: Array.from({ length: columns }, () => columnWidth),
    rows: childrenOf(node).map(
      (row, r) =>
        new TableRow({
          tableHeader: r === 0 && isHeaderRow(row),
          cantSplit: true,
          children: (cells[r] ?? []).map((placed) => {
            const width = columnWidth * placed.colspan
            const cellPlace: Place = {
              depth: 0,
              quote: false,
              run: placed.header ? { bold: true } : {},
              width: width - 200,
            }
            const content = blocks(childrenOf(placed.cell), cellPlace, lists)
            return new TableCell({
              children: content.length ? content : [new Paragraph({})],
              width: { size: width, type: WidthType.DXA },
              columnSpan: placed.colspan,
              rowSpan: placed.rowspan,
              margins: { top: 60, bottom: 60, left: 100, right: 100 },
              ...(placed.header
                ? { shading: { type: ShadingType.CLEAR, fill: 'E6ECF3', color: 'auto' } }
                : {}),
            })
          }),
        }),
    ),
  })
}

const block = (node: JSONContent, place: Place, lists: ListCounter): Block[] => {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(node, place)]
    case 'heading':
      return [paragraph(node, place, { heading: HEADINGS[headingLevel(node) - 1] })]
    case 'bulletList':
    case 'orderedList':
      return list(node, place, lists)
    case 'blockquote':
      return blocks(childrenOf(node), { ...place, quote: true }, lists)
    case 'codeBlock':
      return textOf(node)
        .split('\n')
        .map((line) => new Paragraph({ style: 'CodeBlock', children: [new TextRun(line)] }))
    case 'horizontalRule':
      return [
        new Paragraph({
          border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '9AA7B5', space: 1 } },
        }),
      ]
    case 'table':
      return [table(node, place, lists)]
    default:
      // A node this exporter does not know still keeps its text.
      return node.content
        ? blocks(childrenOf(node), place, lists)
        : [new Paragraph({ children: [new TextRun(textOf(node))] })]
  }
}

/** Block nodes as Word paragraphs and tables. */
export const blocks = (nodes: readonly JSONContent[], place: Place, lists: ListCounter): Block[] =>
  nodes.flatMap((node) => block(node, place, lists))

/** Where the plan's own blocks start: the full text width, outside lists and quotes. */
export const BODY_PLACE: Place = { depth: 0, quote: false, run: {}, width: TEXT_WIDTH }
