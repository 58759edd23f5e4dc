import type { GlyphSection } from '@coplan/protocol'
import type { Translate } from '../i18n/translate'

/**
 * Where a missing glyph is, in the UI language. A heading is the author's own words and stays
 * as written; the cover, the start of the plan and the comments appendix are named here, since
 * the server only says which of them it is.
 */
export const glyphSectionText = (t: Translate, section: GlyphSection): string => {
  switch (section.kind) {
    case 'heading':
      return section.text
    case 'cover':
      return t('export.glyphs.section.cover')
    case 'start':
      return t('export.glyphs.section.start')
    case 'comments':
      return t('export.glyphs.section.comments')
  }
}
