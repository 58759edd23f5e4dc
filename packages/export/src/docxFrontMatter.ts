import type { FileChild } from 'docx'
import {
  BorderStyle,
  Footer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableOfContents,
  TableRow,
  TabStopType,
  TextRun,
  WidthType,
} from 'docx'
import { docxText, paragraphDirection } from './docxInline'
import { TEXT_WIDTH } from './docxStyles'
import type { ExportMeta } from './ExportMeta'
import { formatExportDate } from './formatExportDate'
import { TOC_MAX_LEVEL } from './planNodes'

const NO_BORDER = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' }

const line = (text: string, style: string): Paragraph =>
  new Paragraph({ style, children: docxText(text), ...paragraphDirection(text) })

const metaTable = (meta: ExportMeta): Table => {
  const rows: [string, string][] = [
    ['Country', meta.country],
    ['Status', meta.status],
    ['Version', meta.versionName],
    [meta.dateLabel ?? 'Date', formatExportDate(meta.date)],
  ]
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [2000, TEXT_WIDTH - 2000],
    borders: {
      top: NO_BORDER,
      bottom: NO_BORDER,
      left: NO_BORDER,
      right: NO_BORDER,
      insideHorizontal: NO_BORDER,
      insideVertical: NO_BORDER,
    },
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ children: [line(label, 'Small')] }),
            new TableCell({ children: [new Paragraph({ children: docxText(value) })] }),
          ],
        }),
    ),
  })
}

/**
 * The cover page (course, country, title, status, version, date) and the table of contents.
 * The contents are a real Word TOC field over heading levels 1–3, written with an entry per
 * heading so it reads right before Word updates it; Word fills in the page numbers when it
 * updates the field, which it offers on opening.
 */
export const docxFrontMatter = (meta: ExportMeta): FileChild[] => [
  line(meta.course, 'CoverCourse'),
  line(meta.country, 'CoverCountry'),
  line(meta.title, 'CoverTitle'),
  metaTable(meta),
  new Paragraph({
    pageBreakBefore: true,
    style: 'ContentsTitle',
    children: [new TextRun('Contents')],
  }),
  new TableOfContents('Contents', { hyperlink: true, headingStyleRange: `1-${TOC_MAX_LEVEL}` }),
  new Paragraph({ pageBreakBefore: true }),
]

/** The footer of every page but the cover: country and title, then "Page n of m". */
export const docxFooter = (meta: ExportMeta): Footer =>
  new Footer({
    children: [
      new Paragraph({
        style: 'Small',
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        children: [
          ...docxText(`${meta.country} — ${meta.title}`),
          new TextRun({
            children: ['\tPage ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  })
