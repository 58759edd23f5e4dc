import { outlineOf } from '@coplan/schema'
import type { OutlineEntry } from '@coplan/schema'
import type { Editor, JSONContent } from '@tiptap/core'
import { useId } from 'react'
import { useT } from '../i18n/useT'
import { useDebouncedEditorValue } from './useDebouncedEditorValue'

/** The outline lists top-level headings only: the rest of the plan need not become JSON. */
const headingsOf = (editor: Editor): OutlineEntry[] => {
  const headings: JSONContent[] = []
  editor.state.doc.forEach((node) => {
    if (node.type.name === 'heading') headings.push(node.toJSON() as JSONContent)
  })
  return outlineOf({ type: 'doc', content: headings })
}

const sameOutline = (a: OutlineEntry[], b: OutlineEntry[]): boolean =>
  a.length === b.length &&
  a.every((entry, index) => entry.level === b[index]?.level && entry.text === b[index]?.text)

/** Position of the `index`-th top-level heading, the same order `outlineOf` lists them in. */
const headingPosition = (editor: Editor, index: number): number | null => {
  let seen = 0
  let found: number | null = null
  editor.state.doc.forEach((node, offset) => {
    if (found !== null || node.type.name !== 'heading') return
    if (seen === index) found = offset
    seen++
  })
  return found
}

const goToHeading = (editor: Editor, index: number): void => {
  const pos = headingPosition(editor, index)
  if (pos === null) return
  const node = editor.state.doc.nodeAt(pos)
  // Caret at the end of the heading text, as if the writer had clicked after it.
  const caret = pos + (node?.nodeSize ?? 2) - 1
  editor.commands.focus(caret, { scrollIntoView: false })
  const dom = editor.view.nodeDOM(pos)
  if (dom instanceof HTMLElement) {
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    dom.scrollIntoView({ block: 'start', behavior: reduceMotion ? 'auto' : 'smooth' })
  }
}

export const OutlinePanel = ({ editor }: { editor: Editor }) => {
  const t = useT()
  const headingId = useId()
  const headings = useDebouncedEditorValue(editor, headingsOf, sameOutline)
  return (
    <nav className="outline" data-testid="outline" aria-labelledby={headingId}>
      <h2 id={headingId} className="sidebar-heading">
        {t('outline.heading')}
      </h2>
      {headings.length === 0 ? (
        <p className="sidebar-note">{t('outline.empty')}</p>
      ) : (
        <ol className="outline-list">
          {headings.map((entry, index) => (
            <li key={index} className={`outline-item outline-level-${entry.level}`}>
              <button
                type="button"
                className="outline-button"
                onClick={() => goToHeading(editor, index)}
              >
                {entry.text}
              </button>
            </li>
          ))}
        </ol>
      )}
    </nav>
  )
}
