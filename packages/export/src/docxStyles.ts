import type { ILevelsOptions, INumberingOptions, IStylesOptions } from 'docx'
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, ShadingType } from 'docx'

/**
 * Fonts of the Word export, per Word's font slots. Word documents are read on the ministries'
 * machines, so these are fonts Windows and Office ship (Word substitutes a similar one where
 * one is missing), not the Noto fonts the PDF embeds. `eastAsia` is what makes Word draw
 * Hangul in a Korean font; Thai and Devanagari runs get their own complex-script font, since
 * one `cs` font cannot cover Arabic, Thai and Devanagari at once.
 */
export const DOCX_FONTS = {
  latin: 'Arial',
  eastAsia: 'Malgun Gothic',
  arabic: 'Arial',
  thai: 'Leelawadee UI',
  devanagari: 'Nirmala UI',
  mono: 'Consolas',
} as const

const NAVY = '16325C'
const GREY = '5C6670'

/** Twips per millimetre: Word measures pages and indents in twentieths of a point. */
const MM = 56.7

export const PAGE = {
  width: 11906,
  height: 16838,
  margin: {
    top: Math.round(22 * MM),
    bottom: Math.round(24 * MM),
    left: Math.round(20 * MM),
    right: Math.round(20 * MM),
  },
}

/** Width of the text column, for tables and tab stops. */
export const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right

const heading = (sizePt: number, beforePt: number) => ({
  run: { size: sizePt * 2, bold: true, boldComplexScript: true, color: NAVY },
  paragraph: { spacing: { before: beforePt * 20, after: 80 }, keepNext: true, keepLines: true },
})

export const docxStyles: IStylesOptions = {
  default: {
    document: {
      run: {
        font: {
          ascii: DOCX_FONTS.latin,
          hAnsi: DOCX_FONTS.latin,
          eastAsia: DOCX_FONTS.eastAsia,
          cs: DOCX_FONTS.arabic,
        },
        size: 21,
        sizeComplexScript: 21,
        language: { value: 'en-GB', eastAsia: 'ko-KR', bidirectional: 'ar-SA' },
      },
      // Line spacing in 240ths of a line; the rule is written out, as LibreOffice reads a
      // missing one as exact and overlaps large text.
      paragraph: { spacing: { after: 120, line: 288, lineRule: LineRuleType.AUTO } },
    },
    heading1: heading(20, 18),
    heading2: heading(15, 16),
    heading3: heading(12.5, 12),
    heading4: heading(11, 10),
    heading5: heading(11, 10),
    heading6: heading(11, 10),
  },
  paragraphStyles: [
    {
      id: 'Quote',
      name: 'Quote',
      basedOn: 'Normal',
      run: { color: '38424D' },
      paragraph: {
        indent: { left: 340 },
        border: { left: { style: BorderStyle.SINGLE, size: 18, color: 'C9D3DF', space: 8 } },
      },
    },
    {
      id: 'CodeBlock',
      name: 'Code Block',
      basedOn: 'Normal',
      run: { font: { ascii: DOCX_FONTS.mono, hAnsi: DOCX_FONTS.mono }, size: 18 },
      paragraph: {
        spacing: { after: 0, line: 240, lineRule: LineRuleType.AUTO },
        shading: { type: ShadingType.CLEAR, fill: 'F4F6F9', color: 'auto' },
      },
    },
    {
      id: 'CoverCourse',
      name: 'Cover Course',
      basedOn: 'Normal',
      run: { allCaps: true, color: GREY, size: 22, characterSpacing: 20 },
      paragraph: {
        spacing: { after: 480 },
        border: { bottom: { style: BorderStyle.SINGLE, size: 18, color: NAVY, space: 12 } },
      },
    },
    {
      id: 'CoverCountry',
      name: 'Cover Country',
      basedOn: 'Normal',
      run: { color: NAVY, size: 32 },
      paragraph: { spacing: { before: 240, after: 120 } },
    },
    {
      id: 'CoverTitle',
      name: 'Cover Title',
      basedOn: 'Normal',
      run: { bold: true, boldComplexScript: true, size: 52 },
      paragraph: { spacing: { after: 2400, line: 264, lineRule: LineRuleType.AUTO } },
    },
    {
      id: 'ContentsTitle',
      name: 'Contents Title',
      basedOn: 'Normal',
      run: { bold: true, color: NAVY, size: 30 },
      paragraph: { spacing: { after: 200 } },
    },
    {
      id: 'Small',
      name: 'Small',
      basedOn: 'Normal',
      run: { color: GREY, size: 17 },
      paragraph: { spacing: { after: 0 } },
    },
  ],
  characterStyles: [
    {
      id: 'InlineCode',
      name: 'Inline Code',
      run: {
        font: { ascii: DOCX_FONTS.mono, hAnsi: DOCX_FONTS.mono },
        size: 18,
        shading: { type: ShadingType.CLEAR, fill: 'EEF1F5', color: 'auto' },
      },
    },
  ],
}

const BULLETS = ['•', '◦', '▪']
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN]

/** Indent of list text at `level` (0-based), in twips. */
export const listIndent = (level: number): number => 360 * (level + 1)

const levels = (ordered: boolean, start: number): ILevelsOptions[] =>
  Array.from({ length: 9 }, (_, level) => ({
    level,
    format: ordered ? ORDERED_FORMATS[level % 3] : LevelFormat.BULLET,
    text: ordered ? `%${level + 1}.` : BULLETS[level % 3],
    start,
    alignment: AlignmentType.LEFT,
    style: { paragraph: { indent: { left: listIndent(level), hanging: 360 } } },
  }))

/** The numbering reference of a bulleted list, or of a numbered one starting at `start`. */
export const listReference = (ordered: boolean, start = 1): string =>
  ordered ? `numbered-from-${start}` : 'bullets'

/** Numbering definitions for bulleted lists and for numbered lists with each start used. */
export const docxNumbering = (starts: Iterable<number>): INumberingOptions => ({
  config: [
    { reference: listReference(false), levels: levels(false, 1) },
    ...[...new Set([1, ...starts])].map((start) => ({
      reference: listReference(true, start),
      levels: levels(true, start),
    })),
  ],
})
