/** A font file that PDF export prints with, and the Debian package that installs it. */
export interface ExportFont {
  family: string
  file: string
  /** For a font collection (.ttc): which font in it. */
  postscriptName?: string
  debianPackage: string
  /** What it is in the list for. */
  covers: string
}

/**
 * The fonts of PDF export, in fallback order: the HTML names these families in this order and
 * the missing-glyph check opens these files, so what the check says is what the PDF shows.
 * NanumGothic comes before Noto Sans CJK because it is TrueType: Chromium embeds it as a real
 * font, while it embeds the CFF-based CJK collection as Type 3 glyph drawings (kept as the
 * fallback for Chinese characters and kana that Nanum lacks).
 */
export const EXPORT_FONTS: readonly ExportFont[] = [
  {
    family: 'Noto Sans',
    file: '/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf',
    debianPackage: 'fonts-noto-core',
    covers: 'Latin, Cyrillic, Greek',
  },
  {
    family: 'NanumGothic',
    file: '/usr/share/fonts/truetype/nanum/NanumGothic.ttf',
    debianPackage: 'fonts-nanum',
    covers: 'Hangul',
  },
  {
    family: 'Noto Naskh Arabic',
    file: '/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf',
    debianPackage: 'fonts-noto-core',
    covers: 'Arabic (right to left)',
  },
  {
    family: 'Noto Sans Thai',
    file: '/usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf',
    debianPackage: 'fonts-noto-core',
    covers: 'Thai',
  },
  {
    family: 'Noto Sans Devanagari',
    file: '/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf',
    debianPackage: 'fonts-noto-core',
    covers: 'Devanagari',
  },
  {
    family: 'Noto Sans CJK KR',
    file: '/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc',
    postscriptName: 'NotoSansCJKkr-Regular',
    debianPackage: 'fonts-noto-cjk',
    covers: 'Chinese characters, kana, Hangul',
  },
]

/** The monospaced font of code, tried before the others. */
export const EXPORT_MONO_FONT: ExportFont = {
  family: 'DejaVu Sans Mono',
  file: '/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf',
  debianPackage: 'fonts-dejavu-core',
  covers: 'code',
}

/** Every font file PDF export needs. */
export const ALL_EXPORT_FONTS: readonly ExportFont[] = [...EXPORT_FONTS, EXPORT_MONO_FONT]

/** A CSS `font-family` value naming `fonts` in order. */
export const cssFontFamily = (fonts: readonly ExportFont[]): string =>
  [...fonts.map((font) => `"${font.family}"`), 'sans-serif'].join(', ')
