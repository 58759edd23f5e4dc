import fs from 'node:fs'
import * as fontkit from 'fontkit'
import type { ExportFont } from './exportFonts'

/** Which code points a list of fonts can draw. */
export interface GlyphCoverage {
  hasGlyph(codePoint: number): boolean
}

/**
 * The fonts PDF export prints with, opened to ask which characters they draw. Opening the CJK
 * collection takes a moment, so a server opens one FontSet and keeps it; answers are remembered
 * per code point, as plans repeat their characters a great deal.
 */
export class FontSet implements GlyphCoverage {
  readonly #fonts: fontkit.Font[]
  readonly #known = new Map<number, boolean>()

  /** Throws if a file is missing or is not a font; see `missingFontFiles` to ask first. */
  constructor(fonts: readonly ExportFont[]) {
    this.#fonts = fonts.map((font) => {
      const opened = fontkit.openSync(font.file, font.postscriptName)
      if ('fonts' in opened) {
        const first = opened.fonts[0]
        if (!first) throw new Error(`${font.file} holds no font`)
        return first
      }
      return opened
    })
  }

  hasGlyph(codePoint: number): boolean {
    let known = this.#known.get(codePoint)
    if (known === undefined) {
      known = this.#fonts.some((font) => font.hasGlyphForCodePoint(codePoint))
      this.#known.set(codePoint, known)
    }
    return known
  }
}

/** The fonts of `fonts` whose file is not on this machine. */
export const missingFontFiles = (fonts: readonly ExportFont[]): ExportFont[] =>
  fonts.filter((font) => !fs.existsSync(font.file))
