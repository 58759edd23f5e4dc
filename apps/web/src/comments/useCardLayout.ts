import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { useLayoutEffect } from 'react'
import type { RefObject } from 'react'
import { commentHighlightsOf, DRAFT_ID } from './commentHighlights'
import { layoutCards } from './layoutCards'
import type { CardBox } from './layoutCards'

const GAP_PX = 10

const idealTop = (editor: Editor, id: string, containerTop: number): number | null => {
  const state = commentHighlightsOf(editor.state)
  const range = id === DRAFT_ID ? state?.draft?.range : state?.ranges.get(id)
  if (!range) return null
  try {
    return editor.view.coordsAtPos(range.from).top - containerTop
  } catch {
    // The position is briefly out of the document while a change is applied.
    return null
  }
}

/**
 * Places the cards in `container` (children with `data-card-id`) beside their passages. Runs
 * after every render of the caller, and again, once per frame at most, when the text or the
 * highlights change, a card or the editor resizes, or the window does. It writes `top`
 * directly: layout must follow typing without re-rendering React. With `enabled` false (the
 * drawer) cards flow.
 */
export const useCardLayout = (
  editor: Editor,
  containerRef: RefObject<HTMLElement | null>,
  enabled: boolean,
): void => {
  useLayoutEffect(() => {
    const container = containerRef.current
    if (!container) return
    const cards = () => [...container.querySelectorAll<HTMLElement>(':scope > [data-card-id]')]
    if (!enabled) {
      for (const card of cards()) card.style.removeProperty('top')
      container.style.removeProperty('height')
      return
    }
    let frame = 0
    const layout = () => {
      frame = 0
      if (editor.isDestroyed) return
      const elements = cards()
      const containerTop = container.getBoundingClientRect().top
      const boxes: CardBox[] = elements.map((card) => ({
        ideal: idealTop(editor, card.dataset.cardId ?? '', containerTop),
        height: card.offsetHeight,
      }))
      const activeIndex = elements.findIndex(
        (card) => card.dataset.cardId === DRAFT_ID || card.dataset.active === 'true',
      )
      const tops = layoutCards(boxes, { activeIndex, gap: GAP_PX })
      let bottom = 0
      elements.forEach((card, index) => {
        const top = tops[index] ?? 0
        card.style.top = `${top}px`
        bottom = Math.max(bottom, top + (boxes[index]?.height ?? 0))
      })
      container.style.height = `${bottom}px`
    }
    const schedule = () => {
      if (!frame) frame = window.requestAnimationFrame(layout)
    }
    // Passages move when the text changes or the highlights do, not when a remote caret moves
    // (most transactions, with many people in the plan).
    let highlights = commentHighlightsOf(editor.state)
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const now = commentHighlightsOf(editor.state)
      if (transaction.docChanged || now !== highlights) schedule()
      highlights = now
    }
    layout()
    editor.on('transaction', onTransaction)
    const resizes = new ResizeObserver(schedule)
    resizes.observe(editor.view.dom)
    for (const card of cards()) resizes.observe(card)
    window.addEventListener('resize', schedule)
    return () => {
      window.cancelAnimationFrame(frame)
      editor.off('transaction', onTransaction)
      resizes.disconnect()
      window.removeEventListener('resize', schedule)
    }
  })
}
