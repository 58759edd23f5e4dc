import type { Editor } from '@tiptap/core'
import type { Transaction } from '@tiptap/pm/state'
import { useLayoutEffect } from 'react'
import type { RefObject } from 'react'
import { blockIndexAt, topLevelOffsets } from '../prose/topLevelBlocks'
import { commentHighlightsOf, DRAFT_ID } from './commentHighlights'
import { layoutCards } from './layoutCards'
import type { CardBox } from './layoutCards'
import { passagesMayMove } from './passagesMayMove'

const GAP_PX = 10

/**
 * The top of the passage's first line, or, in a block the browser skips rendering (far off
 * screen, `content-visibility: auto`), the top of that block: measuring text there would make
 * the browser lay the block out, once per card and layout. The card is placed exactly when the
 * block comes near the screen (see `contentvisibilityautostatechange` below).
 */
const idealTop = (editor: Editor, id: string, containerTop: number): number | null => {
  const state = commentHighlightsOf(editor.state)
  const range = id === DRAFT_ID ? state?.draft?.range : state?.ranges.get(id)
  if (!range) return null
  const { view } = editor
  try {
    const offsets = topLevelOffsets(view.state.doc)
    const block = view.nodeDOM(offsets[blockIndexAt(offsets, range.from)] as number)
    const skipped =
      block instanceof Element &&
      typeof block.checkVisibility === 'function' &&
      !block.checkVisibility({ contentVisibilityAuto: true })
    if (skipped) {
      return block.getBoundingClientRect().top - containerTop
    }
    return view.coordsAtPos(range.from).top - containerTop
  } catch {
    // The position is briefly out of the document while a change is applied.
    return null
  }
}

/**
 * Places the cards in `container` (children with `data-card-id`) beside their passages. Runs
 * after every render of the caller, and again, once per frame at most, when an edit may have
 * moved a passage or the highlights change (`passagesMayMove`), a card or the editor resizes,
 * the window does, or a block with passages comes near the screen. It writes `top`
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
    let slide = false
    const layout = () => {
      frame = 0
      if (editor.isDestroyed) return
      // Cards slide to their places when the cards changed (one opened, added, resized), and
      // follow the text at once as it is typed: a sliding card asks for a frame at every tick of
      // the display for 150 ms, and each keystroke meanwhile waits for the next tick.
      const instant = !slide
      slide = false
      const wasInstant = 'instant' in container.dataset
      if (instant !== wasInstant) {
        if (instant) container.dataset.instant = ''
        else delete container.dataset.instant
      }
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
      // Only what changed is written: the panel is laid out again only if a card moved.
      elements.forEach((card, index) => {
        const top = tops[index] ?? 0
        if (card.style.top !== `${top}px`) card.style.top = `${top}px`
        bottom = Math.max(bottom, top + (boxes[index]?.height ?? 0))
      })
      if (container.style.height !== `${bottom}px`) container.style.height = `${bottom}px`
    }
    const schedule = (slideCards = false) => {
      slide ||= slideCards
      if (!frame) frame = window.requestAnimationFrame(layout)
    }
    const followText = () => schedule()
    // After typing, in the frame after the one that shows the character: measuring passages in
    // that frame would delay it, and a card a frame late is not seen.
    const scheduleAfterNextFrame = () => {
      if (!frame) {
        frame = window.requestAnimationFrame(() => {
          frame = window.requestAnimationFrame(layout)
        })
      }
    }
    let highlights = commentHighlightsOf(editor.state)
    const onTransaction = ({ transaction }: { transaction: Transaction }) => {
      const now = commentHighlightsOf(editor.state)
      const moved = passagesMayMove(transaction, editor.state.doc, highlights, now)
      highlights = now
      if (!moved) return
      if (transaction.docChanged) scheduleAfterNextFrame()
      else schedule(true)
    }
    slide = true
    layout()
    editor.on('transaction', onTransaction)
    const { dom } = editor.view
    // Text further down moves when a paragraph's height changes: the editor's height does.
    const resizes = new ResizeObserver((entries) =>
      schedule(entries.some((entry) => entry.target !== dom)),
    )
    resizes.observe(dom)
    for (const card of cards()) resizes.observe(card)
    window.addEventListener('resize', followText)
    // A block coming near the screen is rendered: its passages can be measured exactly.
    dom.addEventListener('contentvisibilityautostatechange', followText, true)
    return () => {
      window.cancelAnimationFrame(frame)
      editor.off('transaction', onTransaction)
      resizes.disconnect()
      window.removeEventListener('resize', followText)
      dom.removeEventListener('contentvisibilityautostatechange', followText, true)
    }
  })
}
