import type { SectionChange } from '@coplan/schema'
import { useId } from 'react'
import { useI18n } from '../i18n/useI18n'

interface ChangeSummaryProps {
  sections: SectionChange[]
  /** Shows the first change of a section in the comparison below. */
  onShow: (section: string) => void
}

/** Which sections changed and by how many words, with the totals. */
export const ChangeSummary = ({ sections, onShow }: ChangeSummaryProps) => {
  const { t, lang } = useI18n()
  const headingId = useId()
  const number = new Intl.NumberFormat(lang)
  const added = sections.reduce((sum, section) => sum + section.wordsAdded, 0)
  const removed = sections.reduce((sum, section) => sum + section.wordsRemoved, 0)

  return (
    <section className="change-summary" aria-labelledby={headingId} data-testid="change-summary">
      <h3 id={headingId} className="change-summary-heading">
        {sections.length === 0
          ? t('history.summary.none')
          : t('history.summary.totals', {
              sections: number.format(sections.length),
              added: number.format(added),
              removed: number.format(removed),
            })}
      </h3>
      {sections.length > 0 && (
        <ul className="change-summary-list">
          {sections.map((section) => (
            <li key={section.section} data-section={section.section}>
              <button type="button" className="link-button" onClick={() => onShow(section.section)}>
                {section.section || t('history.summary.untitled')}
              </button>
              <span className="change-figures">
                {section.wordsAdded > 0 && (
                  <span className="change-added">
                    {t('history.summary.added', { count: number.format(section.wordsAdded) })}
                  </span>
                )}
                {section.wordsRemoved > 0 && (
                  <span className="change-removed">
                    {t('history.summary.removed', { count: number.format(section.wordsRemoved) })}
                  </span>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
