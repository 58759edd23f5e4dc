import type { JSONContent } from '@tiptap/core'
import type { IRunOptions, ParagraphChild } from 'docx'
import { ExternalHyperlink, TextRun } from 'docx'
import { DOCX_FONTS } from './docxStyles'
import { childrenOf } from './planNodes'
import { safeHref } from './safeHref'
import type { Script } from './scripts'
import { directionOf, splitByScript } from './scripts'

/** Formatting a whole block imposes on its text, e.g. bold in a table's header row. */
export interface RunBase {
  bold?: boolean
  style?: string
}

type RunOptions = { -readonly [K in keyof IRunOptions]: IRunOptions[K] }

/**
 * What a script needs beyond the document defaults. Arabic is marked right-to-left so Word
 * orders and shapes it as Arabic; Thai gets its language, which Word needs to break Thai lines
 * between words (Thai has no spaces); Hangul needs nothing, the defaults set the eastAsia font.
 */
const scriptOptions = (script: Script): RunOptions => {
  switch (script) {
    case 'arabic':
      return { rightToLeft: true }
    case 'thai':
      return { font: { cs: DOCX_FONTS.thai }, language: { value: 'th-TH' } }
    case 'devanagari':
      return { font: { cs: DOCX_FONTS.devanagari } }
    default:
      return {}
  }
}

const textRuns = (text: string, marks: JSONContent['marks'], base: RunBase): TextRun[] => {
  const has = (type: string) => (marks ?? []).some((mark) => mark.type === type)
  const bold = base.bold || has('bold')
  const italics = has('italic')
  return splitByScript(text).map(
    (run) =>
      new TextRun({
        text: run.text,
        ...scriptOptions(run.script),
        ...(bold ? { bold: true, boldComplexScript: true } : {}),
        ...(italics ? { italics: true, italicsComplexScript: true } : {}),
        ...(has('strike') ? { strike: true } : {}),
        ...(has('underline') ? { underline: {} } : {}),
        ...(has('code') ? { style: 'InlineCode' } : base.style ? { style: base.style } : {}),
      }),
  )
}

/** The inline content of a text block as Word runs and hyperlinks. */
export const docxInline = (block: JSONContent, base: RunBase = {}): ParagraphChild[] =>
  childrenOf(block).flatMap((node): ParagraphChild[] => {
    if (node.type === 'hardBreak') return [new TextRun({ break: 1 })]
    const text = node.text ?? ''
    if (!text) return []
    const link = (node.marks ?? []).find((mark) => mark.type === 'link')
    const href = link ? safeHref(link.attrs?.href) : null
    if (!href) return textRuns(text, node.marks, base)
    return [
      new ExternalHyperlink({
        link: href,
        children: textRuns(text, node.marks, { ...base, style: 'Hyperlink' }),
      }),
    ]
  })

/** Plain text as runs, split by script like the plan's text (for the cover and comments). */
export const docxText = (text: string, base: RunBase = {}): TextRun[] =>
  text
    .split('\n')
    .flatMap((line, index) => [
      ...(index > 0 ? [new TextRun({ break: 1 })] : []),
      ...textRuns(line, [], base),
    ])

/** Paragraph options for text that starts right to left (as `dir="auto"` decides in HTML). */
export const paragraphDirection = (text: string): { bidirectional?: true } =>
  directionOf(text) === 'rtl' ? { bidirectional: true } : {}
