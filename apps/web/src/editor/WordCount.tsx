import type { Editor } from '@tiptap/core'
import { useI18n } from '../i18n/useI18n'
import { planWordCount } from './planWordCount'
import { useDebouncedEditorValue } from './useDebouncedEditorValue'

const wordsOf = (editor: Editor): number => planWordCount(editor.state.doc)

export const WordCount = ({ editor }: { editor: Editor }) => {
  const { t, lang } = useI18n()
  const count = useDebouncedEditorValue(editor, wordsOf)
  const plural = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other'
  return (
    <p className="word-count" data-testid="word-count" data-count={count}>
      {t(`editor.wordCount.${plural}`, { count: new Intl.NumberFormat(lang).format(count) })}
    </p>
  )
}
