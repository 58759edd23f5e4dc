import type { Editor } from '@tiptap/core'
import { useT } from '../i18n/useT'
import { planWordCount } from './planWordCount'
import { useDebouncedEditorValue } from './useDebouncedEditorValue'

const wordsOf = (editor: Editor): number => planWordCount(editor.state.doc)

export const WordCount = ({ editor }: { editor: Editor }) => {
  const t = useT()
  const count = useDebouncedEditorValue(editor, wordsOf)
  return (
    <p className="word-count" data-testid="word-count" data-count={count}>
      {t('editor.wordCount', { count })}
    </p>
  )
}
