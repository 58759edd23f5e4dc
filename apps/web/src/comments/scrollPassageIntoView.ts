import type { EditorView } from '@tiptap/pm/view'
import type { TextRange } from './threadRanges'

/** The bottom of what stays on top of the page as it scrolls (header, toolbar). */
const stickyBottom = (): number => {
  const toolbar = document.querySelector('.toolbar')
  return toolbar ? Math.max(0, toolbar.getBoundingClientRect().bottom) : 0
}

const smooth = (): ScrollBehavior =>
  window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth'

/** Scrolls the window so the passage is in view, a third down the page, if it is not already. */
export const scrollPassageIntoView = (view: EditorView, range: TextRange): void => {
  const top = view.coordsAtPos(range.from).top
  const bottom = view.coordsAtPos(range.to).bottom
  const visibleTop = stickyBottom()
  if (top >= visibleTop + 16 && bottom <= window.innerHeight - 16) return
  const target = window.scrollY + top - visibleTop - (window.innerHeight - visibleTop) / 3
  window.scrollTo({ top: Math.max(0, target), behavior: smooth() })
}
