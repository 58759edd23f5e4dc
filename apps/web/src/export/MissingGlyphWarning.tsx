import type { MissingGlyph } from '@coplan/protocol'
import { useId } from 'react'
import { useT } from '../i18n/useT'
import { glyphSectionText } from './glyphSectionText'
import { groupMissingGlyphs } from './groupMissingGlyphs'

/**
 * Which characters the PDF could not draw, and where, so the person can fix the text instead of
 * finding blank boxes in the file. Sections are the plan's own headings, or the cover, the start
 * of the plan or the comments appendix, named in the UI language.
 */
export const MissingGlyphWarning = ({ missing }: { missing: readonly MissingGlyph[] }) => {
  const t = useT()
  const titleId = useId()
  return (
    <section
      className="export-warning"
      role="alert"
      aria-labelledby={titleId}
      data-testid="missing-glyphs"
    >
      <h3 id={titleId} className="export-warning-title">
        {t('export.glyphs.title')}
      </h3>
      <p>{t('export.glyphs.intro')}</p>
      <dl className="export-glyphs">
        {groupMissingGlyphs(missing).map(({ key, section, glyphs }) => (
          <div key={key} className="export-glyphs-row">
            <dt>{glyphSectionText(t, section)}</dt>
            <dd>
              {glyphs
                .map((glyph) =>
                  t('export.glyphs.glyph', { char: glyph.char, codePoint: glyph.codePoint }),
                )
                .join(', ')}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  )
}
