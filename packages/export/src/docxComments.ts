import type { ThreadView } from '@coplan/protocol'
import { HeadingLevel, Paragraph, TextRun } from 'docx'
import { docxText, paragraphDirection } from './docxInline'
import { COMMENTS_HEADING, summarizeThreads } from './threadSummary'

/** The comments appendix: every thread, open and resolved, each comment with author and date. */
export const docxComments = (threads: readonly ThreadView[]): Paragraph[] => {
  if (threads.length === 0) return []
  return [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      pageBreakBefore: true,
      children: [new TextRun(COMMENTS_HEADING)],
    }),
    ...summarizeThreads(threads).flatMap((thread) => [
      new Paragraph({
        keepNext: true,
        spacing: { before: 240 },
        children: [
          new TextRun({ text: `${thread.number}. `, bold: true }),
          ...docxText(`“${thread.quote}”`, { bold: true }),
          new TextRun({ text: ` (${thread.status})`, color: '5C6670' }),
        ],
      }),
      ...thread.comments.flatMap((comment) => [
        new Paragraph({
          style: 'Small',
          keepNext: true,
          indent: { left: 340 },
          children: docxText(`${comment.author} · ${comment.date}`),
        }),
        new Paragraph({
          indent: { left: 340 },
          ...paragraphDirection(comment.body),
          children: docxText(comment.body),
        }),
      ]),
    ]),
  ]
}
