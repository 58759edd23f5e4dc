import type { GlyphSection } from '@coplan/protocol'
import { COMMENTS_HEADING } from './threadSummary'

/**
 * A missing glyph's section in English, for the command line (the web names sections in the
 * person's language from the section itself). A heading is named by its own text.
 */
export const glyphSectionName = (section: GlyphSection): string => {
  switch (section.kind) {
    case 'cover':
      return 'Cover page'
    case 'start':
      return 'Start of the plan'
    case 'heading':
      return section.text
    case 'comments':
      return COMMENTS_HEADING
  }
}
